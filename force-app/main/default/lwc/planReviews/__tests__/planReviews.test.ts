import { createElement } from 'lwc';
import {
    getObjectInfo,
    getPicklistValuesByRecordType
} from 'lightning/uiObjectInfoApi';
import PlanReviews from 'c/planReviews';
import { toIsoDate } from 'c/dateUtils';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';

const reviewInfo = require('../../accountPlanQuery/__tests__/data/accountReviewObjectInfo.json');
const reviewPicklists = require('../../accountPlanQuery/__tests__/data/accountReviewPicklistValues.json');

/** The org's Account_Review__c picklists reach the form, as LDS delivers them. */
function emitPicklists(): void {
    (getObjectInfo as any).emit(reviewInfo);
    (getPicklistValuesByRecordType as any).emit(reviewPicklists);
}

function renderReviews(plan = ACTIVE_PLAN): any {
    const element: any = createElement('c-plan-reviews', { is: PlanReviews });
    element.reviews = plan.accountReviews;
    document.body.appendChild(element);
    return element;
}

const $ = (element: any, selector: string): any =>
    element.shadowRoot.querySelector(selector);
const flush = () => Promise.resolve();
/** What got focus last: the base components are stubs that take none. */
const lastFocused = (spy: jest.SpyInstance) => spy.mock.contexts.at(-1);

/** Opens the form; every field of the stub reports itself valid unless told otherwise. */
async function openForm(element: any, valid = true) {
    $(element, '.record-review').dispatchEvent(new CustomEvent('click'));
    await flush();
    for (const input of element.shadowRoot.querySelectorAll('[data-field]')) {
        input.reportValidity = () => valid;
    }
}

function type(element: any, field: string, value: string) {
    const input = $(element, `[data-field="${field}"]`);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-plan-reviews', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the reviews newest first, with status, value delivered and decisions', async () => {
        const element = renderReviews();

        const reviews = [...element.shadowRoot.querySelectorAll('.review')];
        expect(reviews.map((review: HTMLElement) => review.dataset.id)).toEqual(
            ACTIVE_PLAN.accountReviews.records.map((review) => review.id)
        );
        expect(reviews[0].textContent).toContain('7/13/2026 · QBR');
        expect(reviews[0].querySelector('lightning-badge').className).toBe(
            'slds-theme_success'
        );
        // The value is a labelled pair, not text run into the number.
        expect(reviews[0].querySelector('.value dt').textContent.trim()).toBe(
            'Value delivered'
        );
        expect(
            reviews[0].querySelector('.value dd lightning-formatted-number')
                .value
        ).toBe(125000);
        expect(reviews[0].querySelector('.decisions').textContent).toContain(
            'southern network'
        );
        // A cancelled review without value or decisions shows neither.
        expect(reviews[1].querySelector('.value')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when there is no review yet', () => {
        const element = renderReviews(DRAFT_PLAN);
        expect(element.shadowRoot.querySelector('ol')).toBeNull();
        expect(element.shadowRoot.textContent).toContain(
            'No reviews recorded yet.'
        );
    });

    it("records a held review of today, of the org's default type, with what was typed", async () => {
        const element = renderReviews();
        emitPicklists();
        const recorded = jest.fn();
        element.addEventListener('recordreview', recorded);
        await openForm(element);

        type(element, 'Value_Delivered__c', '40000');
        type(element, 'Decisions__c', 'Price review first.');
        $(element, '.save-review').dispatchEvent(new CustomEvent('click'));
        const iso = toIsoDate(new Date());
        expect(recorded.mock.calls[0][0].detail).toEqual({
            Review_Date__c: iso,
            Review_Type__c: 'QBR',
            Status__c: 'Held',
            Value_Delivered__c: 40000,
            Decisions__c: 'Price review first.'
        });
        // A held review cannot be dated after today.
        expect($(element, '.review-date').max).toBe(iso);
        await expect(element).toBeAccessible();
    });

    it("offers the org's review types, and its statuses but Cancelled", async () => {
        const element = renderReviews();
        emitPicklists();
        await openForm(element);

        const offered = (field: string) =>
            $(element, `[data-field="${field}"]`).options.map(
                (option: { value: string }) => option.value
            );
        expect(offered('Review_Type__c')).toEqual([
            'QBR',
            'Executive Review',
            'Annual Plan Review'
        ]);
        expect(offered('Status__c')).toEqual(['Planned', 'Held']);
    });

    it('does not send a form with an invalid field, and focuses it', async () => {
        const element = renderReviews();
        const recorded = jest.fn();
        element.addEventListener('recordreview', recorded);
        await openForm(element, false);
        const date = $(element, '.review-date');
        date.focus = jest.fn();

        $(element, '.save-review').dispatchEvent(new CustomEvent('click'));

        expect(recorded).not.toHaveBeenCalled();
        expect(date.focus).toHaveBeenCalled();
    });

    it('focuses the date when the form opens, and "Record review" again on Cancel', async () => {
        const element = renderReviews();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        await openForm(element);
        expect(lastFocused(focus)).toBe($(element, '.review-date'));

        $(element, '.review-form lightning-button:not(.save-review)').click();
        await flush();

        expect($(element, '.review-form')).toBeNull();
        expect(lastFocused(focus)).toBe($(element, '.record-review'));
        focus.mockRestore();
    });

    it('closes the form once saved and offers to edit the plan, with focus on that offer', async () => {
        const element = renderReviews();
        const editPlan = jest.fn();
        element.addEventListener('editplan', editPlan);
        await openForm(element);

        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        element.closeForm();
        await flush();

        expect($(element, '.review-form')).toBeNull();
        const offer = $(element, '.edit-plan');
        expect(lastFocused(focus)).toBe(offer);
        focus.mockRestore();
        offer.dispatchEvent(new CustomEvent('click'));
        expect(editPlan).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });
});
