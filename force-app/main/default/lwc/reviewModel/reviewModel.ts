/**
 * Account reviews as the plan shows them: each status's badge, and the
 * timeline rows. The form's choices are the org's picklist values
 * (`c/formUtils` picklistOptions).
 */
import type { AccountReviewView } from 'c/accountPlanQuery';
import { vocabularyEntry, type ValueStyle } from 'c/labelFormat';

/**
 * Account_Review__c.Status__c: only Held reviews count on the plan. The
 * badge reads the org's label.
 */
export const REVIEW_STATUSES: readonly ValueStyle[] = [
    { value: 'Held', theme: 'slds-theme_success', order: 1 },
    { value: 'Planned', theme: '', order: 2 },
    { value: 'Cancelled', theme: 'slds-badge_lightest', order: 3 }
];

export interface ReviewItem extends AccountReviewView {
    /** Its status badge's theme; none while the status is blank or hidden (no badge then). */
    statusTheme?: string;
}

/** The timeline rows, as the query orders them (newest first). */
export function toReviewItems(reviews: AccountReviewView[]): ReviewItem[] {
    return reviews.map((review) => ({
        ...review,
        statusTheme: vocabularyEntry(REVIEW_STATUSES, review.status)?.theme
    }));
}
