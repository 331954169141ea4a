import PlanOverview, { COLLAPSED_LENGTH } from 'c/planOverview';
import type { PlanView } from 'c/accountPlanQuery';
import {
    ACTIVE_PLAN,
    HIDDEN_FIELDS_PLAN,
    HOSTILE_TEXT_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import { find, findAll, mount, resetDom } from 'test-utils';

const renderOverview = (plan: PlanView) =>
    mount('c-plan-overview', PlanOverview, { plan });

const textOf = (element: HTMLElement, key: string): string =>
    find(element, `.overview-text[data-key="${key}"]`).textContent.trim();

describe('c-plan-overview', () => {
    afterEach(resetDom);

    it('lists vision, mission, charter, value proposition and business drivers', async () => {
        const element = renderOverview(ACTIVE_PLAN);

        const terms = findAll(element, 'dt').map((term) => term.textContent);
        expect(terms).toHaveLength(5);
        expect(textOf(element, 'vision')).toBe(ACTIVE_PLAN.vision);
        expect(find(element, 'button[data-key="vision"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('collapses long text behind Show more and expands it', async () => {
        const element = renderOverview(ACTIVE_PLAN);
        const charter = ACTIVE_PLAN.charterStatement!;
        expect(charter.length).toBeGreaterThan(COLLAPSED_LENGTH);

        const toggle = find(element, 'button[data-key="charterStatement"]');
        expect(textOf(element, 'charterStatement').endsWith('…')).toBe(true);
        expect(toggle.textContent.trim()).toBe('Show more');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');

        toggle.click();
        await Promise.resolve();

        expect(textOf(element, 'charterStatement')).toBe(charter.trim());
        expect(toggle.textContent.trim()).toBe('Show less');
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        await expect(element).toBeAccessible();
    });

    it('shows "—" for a text field-level security hides', () => {
        const element = renderOverview(HIDDEN_FIELDS_PLAN);

        expect(textOf(element, 'vision')).toBe('—');
    });

    it('renders markup in a text as text', () => {
        const element = renderOverview(HOSTILE_TEXT_PLAN);

        expect(textOf(element, 'vision')).toBe('<img src=x onerror=alert(1)>');
        expect(find(element, 'img')).toBeNull();
    });
});
