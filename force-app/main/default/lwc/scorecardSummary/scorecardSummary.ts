import { LightningElement, api } from 'lwc';
import { EMPTY_VALUE, orEmpty } from 'c/labelFormat';
import type { ScorecardSummary as SummaryCounts } from 'c/scorecardModel';
import PLAN_HEALTH from '@salesforce/label/c.SAP_Scorecard_Plan_Health';
import PLAN_HEALTH_HELP from '@salesforce/label/c.SAP_Scorecard_Plan_Health_Help';
import TOTAL from '@salesforce/label/c.SAP_Scorecard_Total';
import STATUS_NOT_STARTED from '@salesforce/label/c.SAP_Scorecard_Status_Not_Started';
import STATUS_ON_TRACK from '@salesforce/label/c.SAP_Scorecard_Status_On_Track';
import STATUS_AT_RISK from '@salesforce/label/c.SAP_Scorecard_Status_At_Risk';
import STATUS_OFF_TRACK from '@salesforce/label/c.SAP_Scorecard_Status_Off_Track';

/** One count of the summary. */
interface CountTile {
    key: string;
    label: string;
    text: string;
    badgeClass: string;
}

/**
 * Plan health and how many metrics are on track, at risk, off track and not
 * started, as the plan's formula and roll-up fields report them.
 */
export default class ScorecardSummary extends LightningElement {
    /** Health and counts, from `c/scorecardModel`'s summarize(). */
    @api summary?: SummaryCounts;

    labels = {
        planHealth: PLAN_HEALTH,
        planHealthHelp: PLAN_HEALTH_HELP,
        emptyValue: EMPTY_VALUE
    };

    get health(): number | undefined {
        return this.summary?.health;
    }

    get hasHealth(): boolean {
        return typeof this.health === 'number';
    }

    get counts(): CountTile[] {
        const summary = this.summary;
        const tiles: [string, string, number | undefined, string][] = [
            ['total', TOTAL, summary?.total, ''],
            [
                'onTrack',
                STATUS_ON_TRACK,
                summary?.onTrack,
                'slds-theme_success'
            ],
            ['atRisk', STATUS_AT_RISK, summary?.atRisk, 'slds-theme_warning'],
            [
                'offTrack',
                STATUS_OFF_TRACK,
                summary?.offTrack,
                'slds-theme_error'
            ],
            ['notStarted', STATUS_NOT_STARTED, summary?.notStarted, '']
        ];
        return tiles.map(([key, label, count, badgeClass]) => ({
            key,
            label,
            text: orEmpty(count),
            badgeClass
        }));
    }
}
