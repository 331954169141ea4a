/**
 * The sponsor pairs' model: the cadence-status vocabulary, the order of the
 * pairs and what a pair's row derives (status badge, days overdue, the
 * accessible names of its actions, whether a touch may be logged). Status,
 * next due date and days overdue are formula fields; this module only orders
 * and describes what they say.
 */
import type { SponsorCadenceView } from 'c/accountPlanQuery';
import {
    formatLabel,
    vocabularyEntry,
    vocabularyOrder,
    type VocabularyEntry
} from 'c/labelFormat';
import STATUS_OVERDUE from '@salesforce/label/c.SAP_Plan_Cadence_Status_Overdue';
import STATUS_DUE_SOON from '@salesforce/label/c.SAP_Plan_Cadence_Status_Due_Soon';
import STATUS_ON_TRACK from '@salesforce/label/c.SAP_Plan_Cadence_Status_On_Track';
import STATUS_PAUSED from '@salesforce/label/c.SAP_Plan_Cadence_Status_Paused';
import DAY_OVERDUE from '@salesforce/label/c.SAP_Plan_Day_Overdue';
import DAYS_OVERDUE from '@salesforce/label/c.SAP_Plan_Days_Overdue';
import LOG_TOUCH_FOR from '@salesforce/label/c.SAP_Plan_Log_Touch_For';
import UNDO_TOUCH_FOR from '@salesforce/label/c.SAP_Plan_Undo_Touch_For';
import DATE_MISSING from '@salesforce/label/c.SAP_Plan_Touch_Date_Missing';
import DATE_FUTURE from '@salesforce/label/c.SAP_Plan_Touch_Date_Future';
import DATE_BEFORE_LAST from '@salesforce/label/c.SAP_Plan_Touch_Date_Before_Last';

/** Cadence_Status__c of a pair that is not active: no touch is logged on it. */
export const PAUSED_STATUS = 'Paused';

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
        value: PAUSED_STATUS,
        label: STATUS_PAUSED,
        theme: 'slds-badge_lightest',
        order: 4
    }
];

/** A sponsor pair as its row shows it: the view, plus what the row derives. */
export interface SponsorPair extends SponsorCadenceView {
    /** The status's label and theme; undefined when blank or hidden. */
    statusBadge?: VocabularyEntry;
    /** "82 days overdue" ("1 day overdue"), only when the touch is overdue. */
    overdueText?: string;
    /** The log button's accessible name, naming both executives: unique on the page. */
    logTouchName: string;
    /** The undo button's accessible name, naming both executives. */
    undoTouchName: string;
    /** A paused pair is not touched: its row says so instead of offering the button. */
    paused: boolean;
    /** Whether a touch of this pair is being saved or undone. */
    busy: boolean;
    /** Whether the row shows its log-touch form instead of the button. */
    formOpen: boolean;
    /** Whether the row offers to undo the touch just logged. */
    undoable: boolean;
}

/** Which pair is in which state of logging a touch: ids of sponsor cadences. */
export interface TouchState {
    /** The pair whose touch is being saved or undone. */
    busy?: string;
    /** The pair whose log-touch form is open. */
    form?: string;
    /** The pair whose touch was just logged and may be undone. */
    undo?: string;
}

/** Where a pair sorts: hidden and unknown statuses after the known ones. */
function urgency(cadence: SponsorCadenceView): number {
    return vocabularyOrder(CADENCE_STATUSES, cadence.status);
}

/**
 * Sponsor pairs with overdue ones first (longest overdue on top), then due
 * soon, on track and paused; within a status, the earliest next touch first
 * (the query's order, which a stable sort keeps).
 * @param cadences the plan's sponsor cadences as read, earliest next touch first
 * @param touch which pair is saving, has its form open, or may be undone
 */
export function toSponsorPairs(
    cadences: SponsorCadenceView[],
    touch: TouchState = {}
): SponsorPair[] {
    return [...cadences]
        .sort(
            (a, b) =>
                urgency(a) - urgency(b) ||
                (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0)
        )
        .map((cadence) => {
            const days = cadence.daysOverdue ?? 0;
            const names = [
                cadence.executiveSponsorName,
                cadence.customerExecutiveName
            ];
            return {
                ...cadence,
                statusBadge: vocabularyEntry(CADENCE_STATUSES, cadence.status),
                overdueText:
                    days > 0
                        ? formatLabel(
                              days === 1 ? DAY_OVERDUE : DAYS_OVERDUE,
                              days
                          )
                        : undefined,
                logTouchName: formatLabel(LOG_TOUCH_FOR, ...names),
                undoTouchName: formatLabel(UNDO_TOUCH_FOR, ...names),
                paused: cadence.status === PAUSED_STATUS,
                busy: cadence.id === touch.busy,
                formOpen: cadence.id === touch.form,
                undoable: cadence.id === touch.undo
            };
        });
}

/**
 * What is wrong with the date of a new touch, as the field's message; '' when
 * it may be logged. A touch has happened (the object's validation rule
 * Last_Touch_Not_In_Future refuses a later Last Touch Date too) and is not
 * older than the pair's last touch, which it replaces as Last Touch Date.
 * @param date the `YYYY-MM-DD` entered; blank when none or unreadable
 * @param lastTouchDate the pair's Last Touch Date, `YYYY-MM-DD`
 * @param lastTouchDateLabel the same, as the user reads it
 * @param today `YYYY-MM-DD` in the user's time zone
 */
export function touchDateMessage(
    date: string | undefined,
    { lastTouchDate, lastTouchDateLabel }: SponsorCadenceView,
    today: string
): string {
    if (!date) {
        return DATE_MISSING;
    }
    if (date > today) {
        return DATE_FUTURE;
    }
    return lastTouchDate && date < lastTouchDate
        ? formatLabel(DATE_BEFORE_LAST, lastTouchDateLabel)
        : '';
}
