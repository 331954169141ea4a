/**
 * The sponsor pairs' model: the cadence-status vocabulary, the order of the
 * pairs and what a pair's row derives (status badge, days overdue, the log
 * button's title). Status, next due date and days overdue are formula fields;
 * this module only orders and describes what they say.
 */
import type { SponsorCadenceView } from 'c/accountPlanQuery';
import {
    formatLabel,
    vocabularyEntry,
    type VocabularyEntry
} from 'c/labelFormat';
import STATUS_OVERDUE from '@salesforce/label/c.SAP_Plan_Cadence_Status_Overdue';
import STATUS_DUE_SOON from '@salesforce/label/c.SAP_Plan_Cadence_Status_Due_Soon';
import STATUS_ON_TRACK from '@salesforce/label/c.SAP_Plan_Cadence_Status_On_Track';
import STATUS_PAUSED from '@salesforce/label/c.SAP_Plan_Cadence_Status_Paused';
import DAYS_OVERDUE from '@salesforce/label/c.SAP_Plan_Days_Overdue';
import LOG_TOUCH_FOR from '@salesforce/label/c.SAP_Plan_Log_Touch_For';

/** Executive_Sponsor_Cadence__c.Cadence_Status__c, a text formula: most urgent first. */
export const CADENCE_STATUSES: readonly VocabularyEntry[] = [
    {
        value: 'Overdue',
        label: STATUS_OVERDUE,
        theme: 'slds-theme_error',
        order: 1
    },
    {
        value: 'Due Soon',
        label: STATUS_DUE_SOON,
        theme: 'slds-theme_warning',
        order: 2
    },
    {
        value: 'On Track',
        label: STATUS_ON_TRACK,
        theme: 'slds-theme_success',
        order: 3
    },
    {
        value: 'Paused',
        label: STATUS_PAUSED,
        theme: 'slds-badge_lightest',
        order: 4
    }
];

/** A sponsor pair as its row shows it: the view, plus what the row derives. */
export interface SponsorPair extends SponsorCadenceView {
    /** The status's label and theme; undefined when blank or hidden. */
    statusBadge?: VocabularyEntry;
    /** "82 days overdue", only when the touch is overdue. */
    overdueText?: string;
    /** The log button's title, naming both executives. */
    logTouchTitle: string;
    /** Whether a touch of this pair is being saved. */
    busy: boolean;
}

/** Where a pair sorts: hidden and unknown statuses after the known ones. */
function urgency(cadence: SponsorCadenceView): number {
    return (
        vocabularyEntry(CADENCE_STATUSES, cadence.status)?.order ??
        CADENCE_STATUSES.length + 1
    );
}

/**
 * Sponsor pairs with overdue ones first (longest overdue on top), then due
 * soon, on track and paused; within a status, the earliest next touch first.
 * @param cadences the plan's sponsor cadences as read
 * @param busyCadenceId the pair whose touch is being saved, if any
 */
export function toSponsorPairs(
    cadences: SponsorCadenceView[],
    busyCadenceId?: string
): SponsorPair[] {
    return [...cadences]
        .sort(
            (a, b) =>
                urgency(a) - urgency(b) ||
                (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
                (a.nextTouchDue ?? '9999').localeCompare(
                    b.nextTouchDue ?? '9999'
                )
        )
        .map((cadence) => ({
            ...cadence,
            statusBadge: vocabularyEntry(CADENCE_STATUSES, cadence.status),
            overdueText:
                (cadence.daysOverdue ?? 0) > 0
                    ? formatLabel(DAYS_OVERDUE, cadence.daysOverdue)
                    : undefined,
            logTouchTitle: formatLabel(
                LOG_TOUCH_FOR,
                cadence.executiveSponsorName,
                cadence.customerExecutiveName
            ),
            busy: cadence.id === busyCadenceId
        }));
}

/**
 * A date as the `YYYY-MM-DD` a Date field takes, in the user's time zone
 * (a touch logged at 11 pm counts for that day).
 * @param date the moment to convert
 */
export function toIsoDate(date: Date): string {
    const pad = (part: number) => String(part).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
