import { LightningElement, api } from 'lwc';
import { EMPTY_VALUE } from 'c/labelFormat';
import type { ScorecardSummary as Summary } from 'c/scorecardModel';
import PLAN_HEALTH from '@salesforce/label/c.SAP_Scorecard_Plan_Health';
import PLAN_HEALTH_HELP from '@salesforce/label/c.SAP_Scorecard_Plan_Health_Help';

/**
 * Plan health and how many metrics are on track, at risk, off track and not
 * started, as the plan's formula and roll-up fields report them, and how many
 * are shown while the filters hide some (a status region, so a screen reader
 * hears the count change with the filters).
 */
export default class ScorecardSummary extends LightningElement {
    /** Health and counts, from `c/scorecardModel`'s summarize(). */
    @api summary?: Summary;

    labels = {
        planHealth: PLAN_HEALTH,
        planHealthHelp: PLAN_HEALTH_HELP,
        emptyValue: EMPTY_VALUE
    };

    /** 0 % is a health to show; only a blank one is "—". */
    get hasHealth(): boolean {
        return typeof this.summary?.health === 'number';
    }
}
