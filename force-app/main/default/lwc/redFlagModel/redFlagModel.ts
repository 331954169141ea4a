/**
 * The red flags of a plan as the page shows them: which flags the plan's own
 * Flag formulas raise (the same fields the Plans with Red Flags report reads),
 * each with why it fired, in the words of the values behind it, and the
 * related list of the plan where it is fixed.
 */
import type { PlanView, RedFlagsView } from 'c/accountPlanQuery';
import { EMPTY_VALUE, formatLabel } from 'c/labelFormat';
import REVIEW_OVERDUE from '@salesforce/label/c.SAP_Flag_Review_Overdue';
import REVIEW_REASON from '@salesforce/label/c.SAP_Flag_Review_Reason';
import REVIEW_NEVER from '@salesforce/label/c.SAP_Flag_Review_Never';
import SPONSOR_OVERDUE from '@salesforce/label/c.SAP_Flag_Sponsor_Overdue';
import SPONSOR_REASON from '@salesforce/label/c.SAP_Flag_Sponsor_Reason';
import METRICS_OFF_TRACK from '@salesforce/label/c.SAP_Flag_Metrics_Off_Track';
import METRICS_REASON from '@salesforce/label/c.SAP_Flag_Metrics_Reason';
import PERCEPTION_GAP from '@salesforce/label/c.SAP_Flag_Perception_Gap';
import GAP_REASON from '@salesforce/label/c.SAP_Flag_Gap_Reason';
import SINGLE_THREADED from '@salesforce/label/c.SAP_Flag_Single_Threaded';
import SINGLE_REASON from '@salesforce/label/c.SAP_Flag_Single_Reason';
import SLIPPING from '@salesforce/label/c.SAP_Flag_Buy_Sell_Slipping';
import SLIPPING_REASON from '@salesforce/label/c.SAP_Flag_Slipping_Reason';
import COMMITMENTS_OVERDUE from '@salesforce/label/c.SAP_Flag_Commitments_Overdue';
import COMMITMENTS_REASON from '@salesforce/label/c.SAP_Flag_Commitments_Reason';
import OPEN_HIGH_RISKS from '@salesforce/label/c.SAP_Flag_Open_High_Risks';
import RISKS_REASON from '@salesforce/label/c.SAP_Flag_Risks_Reason';

export interface RedFlag {
    key: keyof RedFlagsView;
    label: string;
    /** Why it fired: "Last review 142 days ago". */
    reason: string;
    /** The plan's child relationship where the flag is dealt with. */
    relationship: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from an ISO date to `today` (both local calendar days). */
function daysSince(isoDate: string, today: string): number {
    return Math.round((Date.parse(today) - Date.parse(isoDate)) / DAY_MS);
}

/** One decimal, as the ladder shows levels. */
function level(value: number | undefined): string {
    return value === undefined ? EMPTY_VALUE : value.toFixed(1);
}

/** The flags `plan` raises, in the order of the report's Red Flags list. */
export function toRedFlags(plan: PlanView, today: string): RedFlag[] {
    const { flags } = plan;
    const all: (RedFlag | false)[] = [
        flags.reviewOverdue && {
            key: 'reviewOverdue',
            label: REVIEW_OVERDUE,
            reason: plan.lastReviewDate
                ? formatLabel(
                      REVIEW_REASON,
                      daysSince(plan.lastReviewDate, today)
                  )
                : REVIEW_NEVER,
            relationship: 'Account_Reviews__r'
        },
        flags.sponsorTouchOverdue && {
            key: 'sponsorTouchOverdue',
            label: SPONSOR_OVERDUE,
            reason: formatLabel(SPONSOR_REASON, plan.earliestTouchDueLabel),
            relationship: 'Executive_Sponsor_Cadences__r'
        },
        flags.metricsOffTrack && {
            key: 'metricsOffTrack',
            label: METRICS_OFF_TRACK,
            reason: formatLabel(METRICS_REASON, plan.metricsOffTrack),
            relationship: 'Joint_Metrics__r'
        },
        flags.perceptionGap && {
            key: 'perceptionGap',
            label: PERCEPTION_GAP,
            reason: formatLabel(
                GAP_REASON,
                level(plan.supplierViewLevel),
                level(plan.customerViewLevel)
            ),
            relationship: 'Buy_Sell_Levels__r'
        },
        flags.singleThreaded && {
            key: 'singleThreaded',
            label: SINGLE_THREADED,
            reason: formatLabel(
                SINGLE_REASON,
                plan.activeSponsorPairs,
                plan.customerRespondents
            ),
            relationship: 'Executive_Sponsor_Cadences__r'
        },
        flags.buySellSlipping && {
            key: 'buySellSlipping',
            label: SLIPPING,
            reason: formatLabel(SLIPPING_REASON, plan.buySellSlips),
            relationship: 'Buy_Sell_Levels__r'
        },
        flags.openHighRisks && {
            key: 'openHighRisks',
            label: OPEN_HIGH_RISKS,
            reason: formatLabel(RISKS_REASON, plan.openHighRisks),
            relationship: 'Plan_Risks__r'
        },
        flags.commitmentsOverdue && {
            key: 'commitmentsOverdue',
            label: COMMITMENTS_OVERDUE,
            reason: formatLabel(
                COMMITMENTS_REASON,
                plan.earliestOpenActionDueLabel
            ),
            relationship: 'Plan_Actions__r'
        }
    ];
    return all.filter((flag): flag is RedFlag => flag !== false);
}
