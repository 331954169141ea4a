import PlanReviews from 'c/planReviews';
import { toIsoDate } from 'c/dateUtils';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import {
    emitPicklists,
    find,
    findAll,
    flushPromises,
    lastFocused,
    mount,
    resetDom,
    typeInto
} from 'test-utils';

const reviewInfo = require('../../accountPlanQuery/__tests__/data/accountReviewObjectInfo.json');
const reviewPicklists = require('../../accountPlanQuery/__tests__/data/accountReviewPicklistValues.json');

const renderReviews = (reviews = ACTIVE_PLAN.accountReviews) =>
    mount('c-plan-reviews', PlanReviews, { reviews });

/** Opens the form; every field of the stub reports itself valid unless told otherwise. */
async function openForm(element: any, valid = true) {
    find(element, '.record-review').dispatchEvent(new CustomEvent('click'));
    await flushPromises();
    for (const input of findAll(element, '[data-field]')) {
        input.reportValidity = () => valid;
    }
}

function type(element: any, field: string, value: string) {
    typeInto(find(element, `[data-field="${field}"]`), value);
}

describe('c-plan-reviews', () => {
    afterEach(resetDom);

    it('shows the reviews newest first, with status, value delivered and decisions', async () => {
        const element = renderReviews();

        const reviews = findAll(element, '.review');
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

    it('badges no status the user cannot read', () => {
        const [held] = ACTIVE_PLAN.accountReviews.records;
        const element = renderReviews({
            ...ACTIVE_PLAN.accountReviews,
            records: [{ ...held, status: undefined, statusLabel: undefined }]
        });

        expect(find(element, '.review')).not.toBeNull();
        expect(find(element, '.review lightning-badge')).toBeNull();
    });

    it('says when there is no review yet, or before it has the reviews', () => {
        for (const element of [
            renderReviews(DRAFT_PLAN.accountReviews),
            mount('c-plan-reviews', PlanReviews)
        ]) {
            expect(find(element, 'ol')).toBeNull();
            expect(element.shadowRoot.textContent).toContain(
                'No reviews recorded yet.'
            );
        }
    });

    it("records a held review of today, of the org's default type, with what was typed", async () => {
        const element = renderReviews();
        emitPicklists(reviewInfo, reviewPicklists);
        const recorded = jest.fn();
        element.addEventListener('recordreview', recorded);
        await openForm(element);

        type(element, 'Value_Delivered__c', '40000');
        type(element, 'Decisions__c', 'Price review first.');
        find(element, '.save-review').dispatchEvent(new CustomEvent('click'));
        const iso = toIsoDate(new Date());
        expect(recorded.mock.calls[0][0].detail).toEqual({
            Review_Date__c: iso,
            Review_Type__c: 'QBR',
            Status__c: 'Held',
            Value_Delivered__c: 40000,
            Decisions__c: 'Price review first.'
        });
        // A held review cannot be dated after today.
        expect(find(element, '.review-date').max).toBe(iso);
        await expect(element).toBeAccessible();
    });

    it('records a planned review, dated ahead if need be, without a value', async () => {
        const element = renderReviews();
        emitPicklists(reviewInfo, reviewPicklists);
        const recorded = jest.fn();
        element.addEventListener('recordreview', recorded);
        await openForm(element);

        type(element, 'Status__c', 'Planned');
        type(element, 'Review_Date__c', '2099-03-15');
        await flushPromises();
        // Only a held review must not lie in the future.
        expect(find(element, '.review-date').max).toBeUndefined();
        find(element, '.save-review').dispatchEvent(new CustomEvent('click'));

        expect(recorded.mock.calls[0][0].detail).toEqual({
            Review_Date__c: '2099-03-15',
            Review_Type__c: 'QBR',
            Status__c: 'Planned',
            Value_Delivered__c: null
        });
    });

    it("offers the org's review types, and its statuses but Cancelled", async () => {
        const element = renderReviews();
        emitPicklists(reviewInfo, reviewPicklists);
        await openForm(element);

        const offered = (field: string) =>
            find(element, `[data-field="${field}"]`).options.map(
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
        const date = find(element, '.review-date');
        date.focus = jest.fn();

        find(element, '.save-review').dispatchEvent(new CustomEvent('click'));

        expect(recorded).not.toHaveBeenCalled();
        expect(date.focus).toHaveBeenCalled();
    });

    it('focuses the date when the form opens, and "Record review" again on Cancel', async () => {
        const element = renderReviews();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        await openForm(element);
        expect(lastFocused(focus)).toBe(find(element, '.review-date'));

        find(
            element,
            '.review-form lightning-button:not(.save-review)'
        ).click();
        await flushPromises();

        expect(find(element, '.review-form')).toBeNull();
        expect(lastFocused(focus)).toBe(find(element, '.record-review'));
        focus.mockRestore();
    });

    it('closes the form once saved and offers to edit the plan, with focus on that offer', async () => {
        const element = renderReviews();
        const editPlan = jest.fn();
        element.addEventListener('editplan', editPlan);
        await openForm(element);

        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        element.closeForm();
        await flushPromises();

        expect(find(element, '.review-form')).toBeNull();
        const offer = find(element, '.edit-plan');
        expect(lastFocused(focus)).toBe(offer);
        focus.mockRestore();
        offer.dispatchEvent(new CustomEvent('click'));
        expect(editPlan).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });
});
