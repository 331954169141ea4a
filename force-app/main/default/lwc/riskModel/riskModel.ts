/**
 * Plan risks as the plan shows them: each severity's badge, and the open
 * risks, most severe first. The form's choices are the org's picklist values
 * (`c/formUtils` picklistOptions).
 */
import type { PlanRiskView } from 'c/accountPlanQuery';
import {
    formatLabel,
    vocabularyEntry,
    vocabularyOrder,
    type ValueStyle
} from 'c/labelFormat';
import CLOSE_RISK_NAME from '@salesforce/label/c.SAP_Risk_Close_Name';

/** Plan_Risk__c.Severity__c, most severe first; the badge reads the org's label. */
export const RISK_SEVERITIES: readonly ValueStyle[] = [
    { value: 'High', theme: 'slds-theme_error', order: 1 },
    { value: 'Medium', theme: 'slds-theme_warning', order: 2 },
    { value: 'Low', theme: '', order: 3 }
];

export interface RiskItem extends PlanRiskView {
    /** Its severity badge's theme; none while the severity is blank or hidden (no badge then). */
    severityTheme?: string;
    /** The accessible name of its Close button: "Close risk: <name>". */
    closeName: string;
}

/** Open risks, most severe first, then as read (latest raised first). */
export function toRiskItems(risks: PlanRiskView[]): RiskItem[] {
    const order = (risk: PlanRiskView) =>
        vocabularyOrder(RISK_SEVERITIES, risk.severity);
    return [...risks]
        .sort((a, b) => order(a) - order(b))
        .map((risk) => ({
            ...risk,
            severityTheme: vocabularyEntry(RISK_SEVERITIES, risk.severity)
                ?.theme,
            closeName: formatLabel(CLOSE_RISK_NAME, risk.name)
        }));
}
