import { LightningElement, api } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import type { PlanView } from 'c/accountPlanQuery';
import { formatLabel, orEmpty } from 'c/labelFormat';
import STATUS from '@salesforce/label/c.SAP_Plan_Status';
import PERIOD from '@salesforce/label/c.SAP_Plan_Period';
import PERIOD_VALUE from '@salesforce/label/c.SAP_Plan_Period_Value';
import CLASSIFICATION from '@salesforce/label/c.SAP_Plan_Classification';
import REVIEW_DUE from '@salesforce/label/c.SAP_Plan_Review_Due';
import REVIEW_OVERDUE from '@salesforce/label/c.SAP_Plan_Review_Overdue';
import ACCOUNT_MANAGER from '@salesforce/label/c.SAP_Plan_Account_Manager';
import EXECUTIVE_SPONSOR from '@salesforce/label/c.SAP_Plan_Executive_Sponsor';
import UNTITLED_PLAN from '@salesforce/label/c.SAP_Shared_Untitled_Plan';

/** Badge styles per Account_Classification__c value. */
const CLASSIFICATION_THEMES: Record<string, string> = {
    Strategic: 'slds-theme_success',
    Major: 'slds-badge_inverse',
    Emerging: 'slds-badge_inverse',
    Transactional: 'slds-badge_lightest'
};

/**
 * The plan's name (a link to the record), status, period, classification and
 * review date, with a warning when the review is overdue.
 */
export default class PlanHeader extends NavigationMixin(LightningElement) {
    readonly labels = {
        status: STATUS,
        period: PERIOD,
        classification: CLASSIFICATION,
        accountManager: ACCOUNT_MANAGER,
        executiveSponsor: EXECUTIVE_SPONSOR
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

    get planName(): string {
        return this.currentPlan?.name ?? UNTITLED_PLAN;
    }

    get statusText(): string {
        return orEmpty(this.currentPlan?.statusLabel);
    }

    get periodText(): string {
        const plan = this.currentPlan;
        return formatLabel(
            PERIOD_VALUE,
            orEmpty(plan?.startDateLabel),
            orEmpty(plan?.endDateLabel)
        );
    }

    get classificationText(): string {
        return orEmpty(this.currentPlan?.classification);
    }

    get classificationClass(): string {
        return (
            CLASSIFICATION_THEMES[this.currentPlan?.classification ?? ''] ??
            'slds-badge_lightest'
        );
    }

    get reviewOverdue(): boolean {
        return this.currentPlan?.reviewOverdue === true;
    }

    get reviewText(): string {
        return formatLabel(
            this.reviewOverdue ? REVIEW_OVERDUE : REVIEW_DUE,
            orEmpty(this.currentPlan?.nextReviewDateLabel)
        );
    }

    get accountManagerText(): string {
        return orEmpty(this.currentPlan?.accountManagerName);
    }

    get executiveSponsorText(): string {
        return orEmpty(this.currentPlan?.executiveSponsorName);
    }

    handleOpenPlan(event: Event): void {
        if (!this.currentPlan) {
            return;
        }
        // Let the browser open new tabs (ctrl/cmd-click) from the href.
        event.preventDefault();
        event.stopPropagation();
        this[NavigationMixin.Navigate](this.planPage(this.currentPlan.id));
    }

    private planPage(recordId: string): PageReference {
        return {
            type: 'standard__recordPage',
            attributes: { recordId, actionName: 'view' }
        };
    }
}
