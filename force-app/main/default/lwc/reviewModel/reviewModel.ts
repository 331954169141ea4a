/**
 * Account reviews as the plan shows them: the review types and statuses (the
 * form's choices, each status's badge), and the timeline rows.
 */
import type { AccountReviewView } from 'c/accountPlanQuery';
import { vocabularyEntry, type VocabularyEntry } from 'c/labelFormat';
import QBR from '@salesforce/label/c.SAP_Review_Type_QBR';
import EXECUTIVE_REVIEW from '@salesforce/label/c.SAP_Review_Type_Executive';
import ANNUAL_REVIEW from '@salesforce/label/c.SAP_Review_Type_Annual';
import HELD from '@salesforce/label/c.SAP_Review_Status_Held';
import PLANNED from '@salesforce/label/c.SAP_Review_Status_Planned';
import CANCELLED from '@salesforce/label/c.SAP_Review_Status_Cancelled';

/** Account_Review__c.Review_Type__c, in picklist order. */
export const REVIEW_TYPES: readonly VocabularyEntry[] = [
    { value: 'QBR', label: QBR, theme: '', order: 1 },
    { value: 'Executive Review', label: EXECUTIVE_REVIEW, theme: '', order: 2 },
    { value: 'Annual Plan Review', label: ANNUAL_REVIEW, theme: '', order: 3 }
];

/** Account_Review__c.Status__c: only Held reviews count on the plan. */
export const REVIEW_STATUSES: readonly VocabularyEntry[] = [
    { value: 'Held', label: HELD, theme: 'slds-theme_success', order: 1 },
    { value: 'Planned', label: PLANNED, theme: '', order: 2 },
    {
        value: 'Cancelled',
        label: CANCELLED,
        theme: 'slds-badge_lightest',
        order: 3
    }
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
