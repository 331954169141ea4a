import { LightningElement, api } from 'lwc';
import type { PlanView } from 'c/accountPlanQuery';
import { orEmpty } from 'c/labelFormat';
import VISION from '@salesforce/label/c.SAP_Plan_Vision';
import MISSION from '@salesforce/label/c.SAP_Plan_Mission';
import CHARTER_STATEMENT from '@salesforce/label/c.SAP_Plan_Charter_Statement';
import VALUE_PROPOSITION from '@salesforce/label/c.SAP_Plan_Value_Proposition';
import BUSINESS_DRIVERS from '@salesforce/label/c.SAP_Plan_Customer_Business_Drivers';
import SHOW_MORE from '@salesforce/label/c.SAP_Plan_Show_More';
import SHOW_LESS from '@salesforce/label/c.SAP_Plan_Show_Less';

/** Texts longer than this are collapsed behind "Show more". */
export const COLLAPSED_LENGTH = 240;

type OverviewKey = keyof Pick<
    PlanView,
    | 'vision'
    | 'mission'
    | 'charterStatement'
    | 'valueProposition'
    | 'customerBusinessDrivers'
>;

const SECTIONS: { key: OverviewKey; label: string }[] = [
    { key: 'vision', label: VISION },
    { key: 'mission', label: MISSION },
    { key: 'charterStatement', label: CHARTER_STATEMENT },
    { key: 'valueProposition', label: VALUE_PROPOSITION },
    { key: 'customerBusinessDrivers', label: BUSINESS_DRIVERS }
];

/**
 * The plan's vision, mission, charter statement, value proposition and the
 * customer's business drivers; long texts collapse behind "Show more".
 */
export default class PlanOverview extends LightningElement {
    /** The plan whose texts are shown. */
    @api plan?: PlanView;

    private expanded: Partial<Record<OverviewKey, boolean>> = {};

    get sections() {
        return SECTIONS.map(({ key, label }) => {
            const text = this.plan?.[key];
            const long = (text?.length ?? 0) > COLLAPSED_LENGTH;
            const expanded = this.expanded[key] === true;
            return {
                key,
                label,
                text:
                    long && !expanded
                        ? `${text!.slice(0, COLLAPSED_LENGTH).trimEnd()}…`
                        : orEmpty(text),
                long,
                ariaExpanded: String(expanded),
                toggleLabel: expanded ? SHOW_LESS : SHOW_MORE,
                textId: `overview-${key}`
            };
        });
    }

    handleToggle(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset
            .key as OverviewKey;
        this.expanded = { ...this.expanded, [key]: !this.expanded[key] };
    }
}
