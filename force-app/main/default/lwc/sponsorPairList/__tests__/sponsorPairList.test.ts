import { createElement } from 'lwc';
import SponsorPairList from 'c/sponsorPairList';
import type { PlanView } from 'c/accountPlanQuery';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN,
    HIDDEN_FIELDS_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';

const OVERDUE_CADENCE_ID = 'a02Hs00000ESC01AAA';

function renderList(
    plan: PlanView,
    props: Record<string, unknown> = {}
): HTMLElement {
    const element = createElement('c-sponsor-pair-list', {
        is: SponsorPairList
    });
    Object.assign(element, { cadences: plan.sponsorCadences, ...props });
    document.body.appendChild(element);
    return element;
}

function find(element: HTMLElement, selector: string): any {
    return element.shadowRoot!.querySelector(selector);
}

function pairs(element: HTMLElement): any[] {
    return Array.from(element.shadowRoot!.querySelectorAll('.pair'));
}

describe('c-sponsor-pair-list', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists the pairs overdue first, each with its status badge under the names', async () => {
        const element = renderList(ACTIVE_PLAN);

        const listed = pairs(element);
        expect(listed.map((pair) => pair.dataset.id)).toEqual([
            OVERDUE_CADENCE_ID,
            'a02Hs00000ESC02AAA',
            'a02Hs00000ESC03AAA'
        ]);
        expect(
            listed.map((pair) => {
                const badge = pair.querySelector('[data-id="status"]');
                return [badge.label, badge.className];
            })
        ).toEqual([
            ['Overdue', 'slds-theme_error'],
            ['Due Soon', 'slds-theme_warning'],
            ['Paused', 'slds-badge_lightest']
        ]);
        // Every pair has the same shape, whatever its names' length.
        for (const pair of listed) {
            expect(
                pair.querySelector(
                    '.pair-names + .pair-status > [data-id="status"]'
                )
            ).not.toBeNull();
        }
        await expect(element).toBeAccessible();
    });

    it('shows names, cadence, touches and how late the touch is', () => {
        const [overdue] = pairs(renderList(ACTIVE_PLAN));
        const text = (selector: string) =>
            overdue.querySelector(selector).textContent.trim();

        expect(text('.sponsor')).toBe('Alex Chen');
        expect(text('.executive')).toBe('Dana Whitfield');
        expect(text('.overdue')).toBe('82 days overdue');
        expect(overdue.querySelector('.log-touch').title).toBe(
            'Log a touch between Alex Chen and Dana Whitfield'
        );
    });

    it('asks to log a touch for the pair whose button is clicked', () => {
        const element = renderList(ACTIVE_PLAN);
        const handler = jest.fn();
        element.addEventListener('logtouch', handler);

        pairs(element)[0].querySelector('.log-touch').click();

        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({
            cadenceId: OVERDUE_CADENCE_ID
        });
    });

    it('disables the button of the pair being saved', () => {
        const element = renderList(ACTIVE_PLAN, {
            busyCadenceId: OVERDUE_CADENCE_ID
        });

        expect(
            pairs(element).map(
                (pair) => pair.querySelector('.log-touch').disabled
            )
        ).toEqual([true, false, false]);
    });

    it('says how many pairs there are when the list was cut', () => {
        const element = renderList({
            ...ACTIVE_PLAN,
            sponsorCadences: {
                ...ACTIVE_PLAN.sponsorCadences,
                totalCount: 60,
                hasMore: true
            }
        });

        expect(find(element, '.more-sponsors').textContent.trim()).toBe(
            'Showing 3 of 60 sponsor pairs.'
        );
    });

    it('shows "—" for names and dates field-level security hides', async () => {
        const element = renderList(HIDDEN_FIELDS_PLAN);

        const [first] = pairs(element);
        expect(first.querySelector('.executive').textContent.trim()).toBe('—');
        expect(first.querySelector('.last-touch').textContent.trim()).toBe('—');
        await expect(element).toBeAccessible();
    });

    it('says so when the plan has no sponsor pair', async () => {
        const element = renderList(DRAFT_PLAN);

        expect(pairs(element)).toHaveLength(0);
        expect(find(element, '.no-sponsors')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
