/**
 * Ordering and dates for executive sponsor pairs. Status, next due date and
 * days overdue are formula fields; this module only orders what they say.
 */
import type { SponsorCadenceView } from 'c/accountPlanQuery';

/** Cadence_Status__c values, most urgent first. */
const STATUS_URGENCY = ['Overdue', 'Due Soon', 'On Track', 'Paused'];

function urgency(cadence: SponsorCadenceView): number {
    const index = STATUS_URGENCY.indexOf(cadence.status ?? '');
    return index === -1 ? STATUS_URGENCY.length : index;
}

/**
 * Sponsor pairs with overdue ones first (longest overdue on top), then due
 * soon, on track and paused; within a status, the earliest next touch first.
 * @param cadences the plan's sponsor cadences as read
 */
export function byUrgency(
    cadences: SponsorCadenceView[]
): SponsorCadenceView[] {
    return [...cadences].sort(
        (a, b) =>
            urgency(a) - urgency(b) ||
            (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
            (a.nextTouchDue ?? '9999').localeCompare(b.nextTouchDue ?? '9999')
    );
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
