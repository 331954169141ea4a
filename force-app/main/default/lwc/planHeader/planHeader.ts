import { LightningElement, api } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import type { PlanView } from 'c/accountPlanQuery';
import { CLASSIFICATIONS } from 'c/planModel';
import {
    EMPTY_VALUE,
    formatLabel,
    orEmpty,
    vocabularyEntry,
    type VocabularyEntry
} from 'c/labelFormat';
import PERIOD from '@salesforce/label/c.SAP_Plan_Period';
import PERIOD_VALUE from '@salesforce/label/c.SAP_Plan_Period_Value';
import REVIEW_DUE from '@salesforce/label/c.SAP_Plan_Review_Due';
import REVIEW_OVERDUE from '@salesforce/label/c.SAP_Plan_Review_Overdue';
import ACCOUNT_MANAGER from '@salesforce/label/c.SAP_Plan_Account_Manager';
import EXECUTIVE_SPONSOR from '@salesforce/label/c.SAP_Plan_Executive_Sponsor';
import UNTITLED_PLAN from '@salesforce/label/c.SAP_Shared_Untitled_Plan';

/**
 * The plan's name (a link to the record), status, classification, review
 * date (a warning when the review is overdue), period and people.
 */
export default class PlanHeader extends NavigationMixin(LightningElement) {
    readonly labels = {
        period: PERIOD,
        accountManager: ACCOUNT_MANAGER,
        executiveSponsor: EXECUTIVE_SPONSOR,
        untitledPlan: UNTITLED_PLAN,
        emptyValue: EMPTY_VALUE
    };

    planUrl?: string;
    private currentPlan?: PlanView;

    /** The plan to describe. */
    @api
    get plan(): PlanView | undefined {
        return this.currentPlan;
    }
    set plan(plan: PlanView | undefined) {
        this.currentPlan = plan;
        this.planUrl = undefined;
        if (plan) {
            this[NavigationMixin.GenerateUrl](this.planPage(plan.id)).then(
                (url) => {
                    // Ignore a late answer for a plan no longer shown.
                    if (this.currentPlan?.id === plan.id) {
                        this.planUrl = url;
                    }
                }
            );
        }
    }

    /** The status badge's label: "—" when the status is hidden. */
    get statusText(): string {
        return orEmpty(this.currentPlan?.statusLabel);
    }

    get periodText(): string {
        const plan = this.currentPlan;
        return formatLabel(
            PERIOD_VALUE,
            plan?.startDateLabel,
            plan?.endDateLabel
        );
    }

    get classificationBadge(): VocabularyEntry | undefined {
        return vocabularyEntry(
            CLASSIFICATIONS,
            this.currentPlan?.classification
        );
    }

    get reviewText(): string {
        return formatLabel(
            this.currentPlan?.reviewOverdue ? REVIEW_OVERDUE : REVIEW_DUE,
            this.currentPlan?.nextReviewDateLabel
        );
    }

    /** The link is rendered only with a plan. */
    handleOpenPlan(event: Event): void {
        // Let the browser open new tabs (ctrl/cmd-click) from the href.
        event.preventDefault();
        event.stopPropagation();
        this[NavigationMixin.Navigate](this.planPage(this.currentPlan!.id));
    }

    private planPage(recordId: string): PageReference {
        return {
            type: 'standard__recordPage',
            attributes: { recordId, actionName: 'view' }
        };
    }
}
