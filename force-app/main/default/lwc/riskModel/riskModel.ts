/**
 * Plan risks as the plan shows them: the risk types and severities (the
 * form's choices, each severity's badge), and the open risks, most severe
 * first.
 */
import type { PlanRiskView } from 'c/accountPlanQuery';
import {
    formatLabel,
    vocabularyEntry,
    vocabularyOrder,
    type VocabularyEntry
} from 'c/labelFormat';
import ELSEWHERE from '@salesforce/label/c.SAP_Risk_Type_Elsewhere';
import REORGANIZATION from '@salesforce/label/c.SAP_Risk_Type_Reorganization';
import SPONSOR_CHANGE from '@salesforce/label/c.SAP_Risk_Type_Sponsor_Change';
import NOT_RECOGNIZED from '@salesforce/label/c.SAP_Risk_Type_Value_Not_Recognized';
import GOALS_MISSED from '@salesforce/label/c.SAP_Risk_Type_Goals_Missed';
import COMPETITOR from '@salesforce/label/c.SAP_Risk_Type_Competitor';
import SLIPPING from '@salesforce/label/c.SAP_Risk_Type_Slipping';
import OTHER from '@salesforce/label/c.SAP_Risk_Type_Other';
import HIGH from '@salesforce/label/c.SAP_Risk_Severity_High';
import MEDIUM from '@salesforce/label/c.SAP_Risk_Severity_Medium';
import LOW from '@salesforce/label/c.SAP_Risk_Severity_Low';
import CLOSE_RISK_NAME from '@salesforce/label/c.SAP_Risk_Close_Name';

const type = (value: string, label: string, order: number) => ({
    value,
    label,
    theme: '',
    order
});

/** Plan_Risk__c.Risk_Type__c, in picklist order. */
export const RISK_TYPES: readonly VocabularyEntry[] = [
    type('Business Going Elsewhere', ELSEWHERE, 1),
    type('Customer Reorganization', REORGANIZATION, 2),
    type('Executive Sponsor Change', SPONSOR_CHANGE, 3),
    type('Value Not Recognized', NOT_RECOGNIZED, 4),
    type('Goals Missed', GOALS_MISSED, 5),
    type('Competitor Entry', COMPETITOR, 6),
    type('Relationship Slipping', SLIPPING, 7),
    type('Other', OTHER, 8)
];

/** Plan_Risk__c.Severity__c, most severe first. */
export const RISK_SEVERITIES: readonly VocabularyEntry[] = [
    { value: 'High', label: HIGH, theme: 'slds-theme_error', order: 1 },
    { value: 'Medium', label: MEDIUM, theme: 'slds-theme_warning', order: 2 },
    { value: 'Low', label: LOW, theme: '', order: 3 }
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
