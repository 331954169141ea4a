import PlanHeader from 'c/planHeader';
import type { PlanView } from 'c/accountPlanQuery';
import {
    ACTIVE_PLAN,
    HIDDEN_FIELDS_PLAN,
    HOSTILE_TEXT_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import { find, flushPromises, mount, resetDom } from 'test-utils';

const { mockNavigate } = require('lightning/navigation');

/** Renders the header once the generated URL has arrived. */
async function renderHeader(plan: PlanView): Promise<HTMLElement> {
    const element = mount('c-plan-header', PlanHeader, { plan });
    await flushPromises();
    return element;
}

function text(element: HTMLElement, selector: string): string {
    return find(element, selector).textContent.trim();
}

describe('c-plan-header', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('names the plan with a link to its record', async () => {
        const element = await renderHeader(ACTIVE_PLAN);

        const link = find(element, '.plan-link');
        expect(link.textContent).toBe('Northwind Health 2026 Strategic Plan');
        expect(link.getAttribute('href')).toBe(
            `/lightning/r/record/${ACTIVE_PLAN.id}/view`
        );
        link.click();
        expect(mockNavigate).toHaveBeenCalledWith({
            pageReference: {
                type: 'standard__recordPage',
                attributes: { recordId: ACTIVE_PLAN.id, actionName: 'view' }
            },
            replace: undefined
        });
    });

    it('shows status, classification, an overdue review, period and people', async () => {
        const element = await renderHeader(ACTIVE_PLAN);

        expect(find(element, '.status').label).toBe('Active');
        const classification = find(element, '[data-id="classification"]');
        expect(classification.label).toBe('Strategic');
        expect(classification.className).toBe('slds-theme_success');
        const review = find(element, '[data-id="review"]');
        expect(review.label).toBe('Review overdue since 10/15/2026');
        expect(review.iconName).toBe('utility:warning');
        expect(text(element, '.period')).toBe('1/1/2026 – 12/31/2026');
        expect(text(element, '.account-manager')).toBe('Morgan Lee');
        expect(text(element, '.executive-sponsor')).toBe('Alex Chen');
        await expect(element).toBeAccessible();
    });

    it('shows the next review as text while it is not overdue', async () => {
        const element = await renderHeader({
            ...ACTIVE_PLAN,
            reviewOverdue: false,
            nextReviewDateLabel: '1/15/2027'
        });

        expect(find(element, 'lightning-badge[data-id="review"]')).toBeNull();
        expect(text(element, '[data-id="review"]')).toBe(
            'Next review 1/15/2027'
        );
    });

    it('shows "—" for every value field-level security hides', async () => {
        const element = await renderHeader(HIDDEN_FIELDS_PLAN);

        expect(text(element, '.period')).toBe('— – —');
        expect(text(element, '[data-id="review"]')).toBe('Next review —');
        expect(text(element, '.executive-sponsor')).toBe('—');
        expect(find(element, '[data-id="classification"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('renders markup in the plan name as text', async () => {
        const element = await renderHeader(HOSTILE_TEXT_PLAN);

        expect(find(element, '.plan-link').textContent).toBe(
            "<script>alert('name')</script>"
        );
        expect(find(element, 'script')).toBeNull();
    });

    it('names an untitled plan', async () => {
        const element = await renderHeader({ ...ACTIVE_PLAN, name: undefined });

        expect(find(element, '.plan-link').textContent).toBe('Untitled plan');
    });
});
