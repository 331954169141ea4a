import { LightningElement, api, wire } from 'lwc';
import {
    getObjectInfo,
    getPicklistValuesByRecordType,
    type ObjectInfoResult,
    type PicklistValuesResult
} from 'lightning/uiObjectInfoApi';
import type { AccountReviewView, RecordPage } from 'c/accountPlanQuery';
import { toReviewItems, type ReviewItem } from 'c/reviewModel';
import { toIsoDate } from 'c/dateUtils';
import {
    PendingFocus,
    picklistDefault,
    picklistOptions,
    withInputValue,
    type InputChangeEvent,
    type Option
} from 'c/formUtils';
import REVIEW_OBJECT from '@salesforce/schema/Account_Review__c';
import REVIEW_TYPE_FIELD from '@salesforce/schema/Account_Review__c.Review_Type__c';
import REVIEW_STATUS_FIELD from '@salesforce/schema/Account_Review__c.Status__c';
import RECORD_REVIEW from '@salesforce/label/c.SAP_Review_Record';
import REVIEW_DATE from '@salesforce/label/c.SAP_Review_Date';
import REVIEW_TYPE from '@salesforce/label/c.SAP_Review_Type';
import REVIEW_STATUS from '@salesforce/label/c.SAP_Review_Status';
import VALUE_DELIVERED from '@salesforce/label/c.SAP_Review_Value_Delivered';
import DECISIONS from '@salesforce/label/c.SAP_Review_Decisions';
import SAVE from '@salesforce/label/c.SAP_Plan_Save';
import CANCEL from '@salesforce/label/c.SAP_Plan_Cancel';
import NO_REVIEWS from '@salesforce/label/c.SAP_Review_None';
import RECORDED from '@salesforce/label/c.SAP_Review_Recorded';
import EDIT_PLAN from '@salesforce/label/c.SAP_Review_Edit_Plan';

/** Account_Review__c.Status__c of a review that took place: it counts on the plan. */
const HELD = 'Held';
/** Account_Review__c.Status__c of a review called off: not recorded from the form. */
const CANCELLED = 'Cancelled';

/** What the form holds; the field names are Account_Review__c's. */
interface ReviewForm {
    Review_Date__c?: string;
    Review_Type__c?: string;
    Status__c?: string;
    Value_Delivered__c?: string;
    Decisions__c?: string;
}

/**
 * The plan's account reviews, newest first, with "Record review": a form for
 * a review that was held (or is planned). Once saved, it offers to edit the
 * plan, since a review usually changes it.
 * @fires PlanReviews#recordreview detail: the review's fields
 * @fires PlanReviews#editplan
 */
export default class PlanReviews extends LightningElement {
    @api reviews?: RecordPage<AccountReviewView>;
    /** True while the review is being saved: the form is disabled. */
    @api busy = false;

    readonly labels = {
        recordReview: RECORD_REVIEW,
        reviewDate: REVIEW_DATE,
        reviewType: REVIEW_TYPE,
        reviewStatus: REVIEW_STATUS,
        valueDelivered: VALUE_DELIVERED,
        decisions: DECISIONS,
        save: SAVE,
        cancel: CANCEL,
        noReviews: NO_REVIEWS,
        recorded: RECORDED,
        editPlan: EDIT_PLAN
    };

    @wire(getObjectInfo, { objectApiName: REVIEW_OBJECT })
    reviewInfo?: ObjectInfoResult;

    /** The form's choices: the org's values of Review Type and Status. */
    @wire(getPicklistValuesByRecordType, {
        objectApiName: REVIEW_OBJECT,
        recordTypeId: '$reviewInfo.data.defaultRecordTypeId'
    })
    picklists?: PicklistValuesResult;

    get typeOptions(): Option[] {
        return picklistOptions(this.picklists?.data, REVIEW_TYPE_FIELD);
    }

    /** A review is recorded once held, or planned ahead; not as cancelled. */
    get statusOptions(): Option[] {
        return picklistOptions(
            this.picklists?.data,
            REVIEW_STATUS_FIELD
        ).filter((option) => option.value !== CANCELLED);
    }

    form?: ReviewForm;
    /** After a save: the offer to edit the plan. */
    recorded = false;
    private readonly pendingFocus = new PendingFocus();

    get items(): ReviewItem[] {
        return toReviewItems(this.reviews?.records ?? []);
    }

    get hasReviews(): boolean {
        return this.items.length > 0;
    }

    /** A held review is not in the future (the object's validation rule). */
    get maxDate(): string | undefined {
        return this.form?.Status__c === HELD
            ? toIsoDate(new Date())
            : undefined;
    }

    /**
     * Closes the form after the review was saved and offers to edit the plan.
     */
    @api
    closeForm(): void {
        this.form = undefined;
        this.recorded = true;
        this.pendingFocus.request('.edit-plan');
    }

    renderedCallback(): void {
        this.pendingFocus.apply(this.template);
    }

    handleOpen(): void {
        this.form = {
            Review_Date__c: toIsoDate(new Date()),
            Review_Type__c: picklistDefault(
                this.picklists?.data,
                REVIEW_TYPE_FIELD
            ),
            Status__c: HELD
        };
        this.recorded = false;
        this.pendingFocus.request('.review-date');
    }

    handleCancel(): void {
        this.form = undefined;
        this.pendingFocus.request('.record-review');
    }

    handleChange(event: InputChangeEvent): void {
        this.form = withInputValue(this.form, event);
    }

    handleSave(): void {
        const inputs = [
            ...this.template!.querySelectorAll<
                HTMLElement & { reportValidity(): boolean }
            >('.review-form [data-field]')
        ];
        const invalid = inputs.filter((input) => !input.reportValidity());
        if (invalid.length > 0) {
            invalid[0].focus();
            return;
        }
        const { Value_Delivered__c: value, ...fields } = this.form!;
        this.dispatchEvent(
            new CustomEvent('recordreview', {
                detail: {
                    ...fields,
                    Value_Delivered__c: value ? Number(value) : null
                }
            })
        );
    }

    handleEditPlan(): void {
        this.dispatchEvent(new CustomEvent('editplan'));
    }
}
