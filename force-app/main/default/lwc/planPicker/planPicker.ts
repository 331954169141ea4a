import { LightningElement, api } from 'lwc';
import type { PlanView, RecordPage } from 'c/accountPlanQuery';
import { planOptions, type PlanSelection } from 'c/planModel';
import { formatLabel, moreRecordsNotice, orEmpty } from 'c/labelFormat';
import PLAN_PICKER from '@salesforce/label/c.SAP_Shared_Plan_Picker';
import PLAN_OPTION from '@salesforce/label/c.SAP_Shared_Plan_Option';
import SEVERAL_ACTIVE from '@salesforce/label/c.SAP_Shared_Several_Active';
import NO_ACTIVE_PLAN from '@salesforce/label/c.SAP_Shared_No_Active_Plan';
import MORE_PLANS from '@salesforce/label/c.SAP_Shared_More_Plans';
import UNTITLED_PLAN from '@salesforce/label/c.SAP_Shared_Untitled_Plan';

/**
 * The notices about which plan is shown (several active, none active, more
 * plans than read) and, whenever there is more than one plan that is not
 * archived, a picker that reaches every plan read, drafts included.
 * Raises `planchange` with `detail.planId`.
 */
export default class PlanPicker extends LightningElement {
    /** The account's plans as read. */
    @api plans?: RecordPage<PlanView>;

    /** The outcome of `selectPlan` for these plans. */
    @api selection?: PlanSelection;

    readonly pickerLabel = PLAN_PICKER;

    /** The template reads them only while there is a choice: the plans are set. */
    get options() {
        return planOptions(this.plans!.records, (plan) =>
            formatLabel(
                PLAN_OPTION,
                plan.name ?? UNTITLED_PLAN,
                orEmpty(plan.statusLabel)
            )
        );
    }

    get selectedPlanId(): string | undefined {
        return this.selection?.plan?.id;
    }

    get severalActiveNotice(): string | undefined {
        return this.selection?.severalActive
            ? formatLabel(SEVERAL_ACTIVE, this.selection.activeCount)
            : undefined;
    }

    get noActiveNotice(): string | undefined {
        return this.selection?.noneActive ? NO_ACTIVE_PLAN : undefined;
    }

    get morePlansNotice(): string | undefined {
        return moreRecordsNotice(MORE_PLANS, this.plans);
    }

    handlePlanChange(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(
            new CustomEvent('planchange', {
                detail: { planId: event.detail.value }
            })
        );
    }
}
