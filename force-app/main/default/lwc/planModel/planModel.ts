/**
 * The plan's model: which plan the Account page shows, and the
 * classification vocabulary. Pure functions over the plans as read
 * (non-archived, latest start date first); no component state.
 *
 * The current plan is the Active plan with the latest start date. Without an
 * Active plan, the most recent plan is shown. When several plans are Active
 * the page says so. Whenever the account has more than one plan that is not
 * archived (an Active plan and next year's Draft, say), a picker reaches the
 * others.
 */
import type { PlanView } from 'c/accountPlanQuery';
import type { VocabularyEntry } from 'c/labelFormat';
import STRATEGIC from '@salesforce/label/c.SAP_Plan_Quadrant_Strategic';
import MAJOR from '@salesforce/label/c.SAP_Plan_Quadrant_Major';
import EMERGING from '@salesforce/label/c.SAP_Plan_Quadrant_Emerging';
import TRANSACTIONAL from '@salesforce/label/c.SAP_Plan_Quadrant_Transactional';

export const ACTIVE_STATUS = 'Active';

/**
 * Strategic_Account_Plan__c.Account_Classification__c, a text formula:
 * important to both sides, to us only, to them only, to neither.
 */
export const CLASSIFICATIONS: readonly VocabularyEntry[] = [
    {
        value: 'Strategic',
        label: STRATEGIC,
        theme: 'slds-theme_success',
        order: 1
    },
    { value: 'Major', label: MAJOR, theme: 'slds-badge_inverse', order: 2 },
    {
        value: 'Emerging',
        label: EMERGING,
        theme: 'slds-badge_inverse',
        order: 3
    },
    {
        value: 'Transactional',
        label: TRANSACTIONAL,
        theme: 'slds-badge_lightest',
        order: 4
    }
];

/** What a component needs to show the plan and its picker. */
export interface PlanSelection {
    /** The plan to show; undefined when the account has no plan. */
    plan?: PlanView;
    /** Number of Active plans among those read. */
    activeCount: number;
    /** True when more than one plan is Active. */
    severalActive: boolean;
    /** True when no plan is Active and another plan is shown instead. */
    noneActive: boolean;
    /** True when the plan shown is not the current plan but the user's pick. */
    picked: boolean;
    /** True when there is another plan to pick: more than one plan is not archived. */
    hasChoice: boolean;
}

function startTime(plan: PlanView): number {
    const time = plan.startDate ? Date.parse(plan.startDate) : NaN;
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function latestStart(plans: PlanView[]): PlanView | undefined {
    let latest: PlanView | undefined;
    for (const plan of plans) {
        if (!latest || startTime(plan) > startTime(latest)) {
            latest = plan;
        }
    }
    return latest;
}

/**
 * The current plan: the Active plan with the latest start date, else the
 * plan with the latest start date of any status.
 * @param plans the account's plans as read
 */
export function currentPlan(plans: PlanView[]): PlanView | undefined {
    const active = plans.filter((plan) => plan.status === ACTIVE_STATUS);
    return latestStart(active) ?? latestStart(plans);
}

/**
 * Resolves the plan to show, and whether the user may pick another.
 * @param plans the account's plans as read (archived ones are not)
 * @param pickedPlanId the id the user chose in the picker, if any
 */
export function selectPlan(
    plans: PlanView[],
    pickedPlanId?: string
): PlanSelection {
    const activeCount = plans.filter(
        (plan) => plan.status === ACTIVE_STATUS
    ).length;
    const picked = pickedPlanId
        ? plans.find((plan) => plan.id === pickedPlanId)
        : undefined;
    return {
        plan: picked ?? currentPlan(plans),
        activeCount,
        severalActive: activeCount > 1,
        noneActive: plans.length > 0 && activeCount === 0,
        picked: Boolean(picked),
        // The query reads no archived plan: every plan read may be picked.
        hasChoice: plans.length > 1
    };
}

/** One option of the plan picker (`lightning-combobox`). */
export interface PlanOption {
    label: string;
    value: string;
}

/**
 * The plan picker's options, in the order read (latest start first).
 * @param plans the account's plans as read
 * @param describe builds an option's label from a plan (labels are the caller's)
 */
export function planOptions(
    plans: PlanView[],
    describe: (plan: PlanView) => string
): PlanOption[] {
    return plans.map((plan) => ({ label: describe(plan), value: plan.id }));
}
