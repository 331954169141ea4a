import SponsorPairList from 'c/sponsorPairList';
import type { PlanView } from 'c/accountPlanQuery';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN,
    HIDDEN_FIELDS_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import {
    find,
    findAll,
    flushPromises,
    lastFocused,
    mount,
    resetDom,
    typeInto
} from 'test-utils';

const OVERDUE_CADENCE_ID = 'a02Hs00000ESC01AAA';
const DUE_SOON_CADENCE_ID = 'a02Hs00000ESC02AAA';
/** The overdue pair's Last Touch Date in the fixture. */
const OVERDUE_LAST_TOUCH = '2026-06-01';
/** "Today" of these tests: months after the overdue pair's last touch. */
const TODAY = new Date(2026, 11, 2, 10, 0);

const renderList = (plan: PlanView, props: Record<string, unknown> = {}) =>
    mount('c-sponsor-pair-list', SponsorPairList, {
        cadences: plan.sponsorCadences,
        ...props
    });

const pairs = (element: HTMLElement) => findAll(element, '.pair');

function row(element: HTMLElement, cadenceId: string): any {
    return find(element, `.pair[data-id="${cadenceId}"]`);
}

/** Records what gets focus: the base components are stubs that take none. */
let focused: jest.SpyInstance;

/** Opens the overdue pair's log-touch form; returns its row. */
async function openForm(element: HTMLElement): Promise<any> {
    row(element, OVERDUE_CADENCE_ID).querySelector('.log-touch').click();
    await flushPromises();
    return row(element, OVERDUE_CADENCE_ID);
}

/** Enters a date in the open form and presses its main button. */
async function submitDate(pair: any, date: string): Promise<void> {
    typeInto(pair.querySelector('.touch-date'), date);
    await flushPromises();
    pair.querySelector('.touch-submit').click();
    await flushPromises();
}

describe('c-sponsor-pair-list', () => {
    beforeEach(() => {
        // Only the clock is fake: promises and re-renders run as usual.
        jest.useFakeTimers({
            now: TODAY,
            doNotFake: ['setTimeout', 'clearTimeout', 'queueMicrotask']
        });
        focused = jest.spyOn(HTMLElement.prototype, 'focus');
    });

    afterEach(() => {
        resetDom();
        jest.useRealTimers();
        jest.restoreAllMocks();
    });

    it('lists the pairs overdue first, each with its status badge under the names', async () => {
        const element = renderList(ACTIVE_PLAN);

        const listed = pairs(element);
        expect(listed.map((pair) => pair.dataset.id)).toEqual([
            OVERDUE_CADENCE_ID,
            DUE_SOON_CADENCE_ID,
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
    });

    it('says "1 day overdue" for a single day', () => {
        const overdue = ACTIVE_PLAN.sponsorCadences.records.find(
            (cadence) => cadence.id === OVERDUE_CADENCE_ID
        )!;
        const element = renderList({
            ...ACTIVE_PLAN,
            sponsorCadences: {
                ...ACTIVE_PLAN.sponsorCadences,
                records: [{ ...overdue, daysOverdue: 1 }]
            }
        });

        expect(find(element, '.overdue').textContent.trim()).toBe(
            '1 day overdue'
        );
    });

    it('names each Log touch button after its pair, and says why a paused pair has none', async () => {
        const element = renderList(ACTIVE_PLAN);

        const [overdue, dueSoon, paused] = pairs(element);
        expect(
            [overdue, dueSoon].map(
                (pair) => pair.querySelector('.log-touch').ariaLabel
            )
        ).toEqual([
            'Log touch between Alex Chen and Dana Whitfield',
            'Log touch between Jordan Blake and Ravi Patel'
        ]);
        expect(paused.querySelector('.log-touch')).toBeNull();
        expect(paused.querySelector('.paused').textContent.trim()).toBe(
            'Paused pairs are not touched: activate the pair to log a touch.'
        );
        await expect(element).toBeAccessible();
    });

    it('disables the button of the pair being saved', () => {
        const element = renderList(ACTIVE_PLAN, {
            busyCadenceId: OVERDUE_CADENCE_ID
        });

        expect(
            [OVERDUE_CADENCE_ID, DUE_SOON_CADENCE_ID].map(
                (id) => row(element, id).querySelector('.log-touch').disabled
            )
        ).toEqual([true, false]);
    });

    describe('log touch', () => {
        it('opens a form in the row with today’s date and focuses the date', async () => {
            const element = renderList(ACTIVE_PLAN);
            const pair = await openForm(element);

            const date = pair.querySelector('lightning-input.touch-date');
            expect(date.type).toBe('date');
            expect(date.value).toBe('2026-12-02');
            expect(date.required).toBe(true);
            expect(
                pair.querySelector('lightning-textarea.touch-note')
            ).not.toBeNull();
            expect(pair.querySelector('legend').textContent.trim()).toBe(
                'Log touch between Alex Chen and Dana Whitfield'
            );
            expect(pair.querySelector('.log-touch')).toBeNull();
            expect(lastFocused(focused)).toBe(date);
            await expect(element).toBeAccessible();
        });

        it('tells the container which pair’s form opened, so it reads that pair’s version', async () => {
            const element = renderList(ACTIVE_PLAN);
            const opened = jest.fn();
            element.addEventListener('touchopen', opened);
            await openForm(element);

            expect(opened).toHaveBeenCalledTimes(1);
            expect(opened.mock.calls[0][0].detail).toEqual({
                cadenceId: OVERDUE_CADENCE_ID
            });
        });

        it('asks to log the touch with its date and trimmed note', async () => {
            const element = renderList(ACTIVE_PLAN);
            const handler = jest.fn();
            element.addEventListener('logtouch', handler);
            const pair = await openForm(element);

            typeInto(
                pair.querySelector('.touch-note'),
                '  Steering committee '
            );
            await submitDate(pair, '2026-11-30');

            expect(handler.mock.calls.map((call) => call[0].detail)).toEqual([
                {
                    cadenceId: OVERDUE_CADENCE_ID,
                    date: '2026-11-30',
                    note: 'Steering committee'
                }
            ]);
        });

        it('shows what is wrong with the date at the field and logs nothing', async () => {
            const element = renderList(ACTIVE_PLAN);
            const handler = jest.fn();
            element.addEventListener('logtouch', handler);
            const pair = await openForm(element);
            const date = pair.querySelector('.touch-date');
            const validity = jest.spyOn(date, 'setCustomValidity');

            await submitDate(pair, '2026-05-31');

            expect(validity).toHaveBeenLastCalledWith(
                'The last touch was on 6/1/2026: choose that day or a later one.'
            );
            expect(handler).not.toHaveBeenCalled();
            expect(lastFocused(focused)).toBe(date);

            typeInto(date, '2026-12-03');
            expect(validity).toHaveBeenLastCalledWith(
                "A touch can't be in the future: choose today or an earlier day."
            );
            typeInto(date, '2026-12-01');
            expect(validity).toHaveBeenLastCalledWith('');
        });

        it('asks before a second touch on the day of the last one', async () => {
            const element = renderList(ACTIVE_PLAN);
            const handler = jest.fn();
            element.addEventListener('logtouch', handler);
            const pair = await openForm(element);

            await submitDate(pair, OVERDUE_LAST_TOUCH);

            expect(handler).not.toHaveBeenCalled();
            expect(pair.querySelector('.touch-again').textContent.trim()).toBe(
                'A touch is already logged for 6/1/2026. Log another touch on that day?'
            );
            const confirm = pair.querySelector('.touch-submit');
            expect(confirm.label).toBe('Log another touch');
            expect(lastFocused(focused)).toBe(confirm);
            await expect(element).toBeAccessible();

            confirm.click();
            expect(handler.mock.calls[0][0].detail).toMatchObject({
                cadenceId: OVERDUE_CADENCE_ID,
                date: OVERDUE_LAST_TOUCH
            });
        });

        it('goes back from the confirm step to the date', async () => {
            const element = renderList(ACTIVE_PLAN);
            const pair = await openForm(element);
            await submitDate(pair, OVERDUE_LAST_TOUCH);

            pair.querySelector('.touch-back').click();
            await flushPromises();

            expect(pair.querySelector('.touch-again')).toBeNull();
            expect(lastFocused(focused)).toBe(
                pair.querySelector('.touch-date')
            );
        });

        it('cancels with the button or Escape and returns focus to the pair’s Log touch', async () => {
            const element = renderList(ACTIVE_PLAN);
            let pair = await openForm(element);
            pair.querySelector('.touch-back').click();
            await flushPromises();
            expect(pair.querySelector('.touch-form')).toBeNull();
            expect(lastFocused(focused)).toBe(pair.querySelector('.log-touch'));

            pair = await openForm(element);
            pair.querySelector('.touch-form').dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape' })
            );
            await flushPromises();
            expect(pair.querySelector('.touch-form')).toBeNull();
            expect(lastFocused(focused)).toBe(pair.querySelector('.log-touch'));
        });

        it('disables the form while saving and returns focus to it when the save is refused', async () => {
            const element = renderList(ACTIVE_PLAN);
            const pair = await openForm(element);
            element.busyCadenceId = OVERDUE_CADENCE_ID;
            await flushPromises();
            expect(pair.querySelector('.touch-submit').disabled).toBe(true);
            expect(pair.querySelector('.touch-date').disabled).toBe(true);

            element.busyCadenceId = undefined;
            await flushPromises();

            const submit = pair.querySelector('.touch-submit');
            expect(submit.disabled).toBe(false);
            expect(lastFocused(focused)).toBe(submit);
        });

        it('focuses the pair’s open form, or its Log touch, when asked after an error', async () => {
            const element = renderList(ACTIVE_PLAN);
            const pair = await openForm(element);

            element.focusPair(OVERDUE_CADENCE_ID);
            expect(lastFocused(focused)).toBe(
                pair.querySelector('.touch-submit')
            );
            element.focusPair(DUE_SOON_CADENCE_ID);
            expect(lastFocused(focused)).toBe(
                row(element, DUE_SOON_CADENCE_ID).querySelector('.log-touch')
            );
        });

        it('closes the form once the touch is logged, focusing the pair’s Log touch', async () => {
            const element = renderList(ACTIVE_PLAN);
            const pair = await openForm(element);

            element.closeTouchForm(OVERDUE_CADENCE_ID);
            await flushPromises();

            expect(pair.querySelector('.touch-form')).toBeNull();
            expect(lastFocused(focused)).toBe(pair.querySelector('.log-touch'));
        });
    });

    describe('undo', () => {
        it('offers Undo, named after its pair, only on the pair just touched', async () => {
            const element = renderList(ACTIVE_PLAN, {
                undoCadenceId: OVERDUE_CADENCE_ID
            });
            const handler = jest.fn();
            element.addEventListener('undotouch', handler);

            const undo = findAll(element, '.undo-touch');
            expect(undo.map((button) => button.ariaLabel)).toEqual([
                'Undo touch between Alex Chen and Dana Whitfield'
            ]);
            undo[0].click();
            expect(handler.mock.calls[0][0].detail).toEqual({
                cadenceId: OVERDUE_CADENCE_ID
            });
            await expect(element).toBeAccessible();
        });

        it('moves focus from an expiring Undo to the pair’s Log touch', async () => {
            const element = renderList(ACTIVE_PLAN, {
                undoCadenceId: OVERDUE_CADENCE_ID
            });
            const pair = row(element, OVERDUE_CADENCE_ID);
            const undo = pair.querySelector('.undo-touch');
            undo.tabIndex = 0; // the stub takes focus only so
            focused.mockRestore();
            undo.focus();
            focused = jest.spyOn(HTMLElement.prototype, 'focus');

            element.undoCadenceId = undefined;
            await flushPromises();

            expect(pair.querySelector('.undo-touch')).toBeNull();
            expect(lastFocused(focused)).toBe(pair.querySelector('.log-touch'));
        });

        it('returns focus to the pair’s Log touch when an undo is done', async () => {
            const element = renderList(ACTIVE_PLAN, {
                busyCadenceId: DUE_SOON_CADENCE_ID
            });

            element.busyCadenceId = undefined;
            await flushPromises();

            expect(lastFocused(focused)).toBe(
                row(element, DUE_SOON_CADENCE_ID).querySelector('.log-touch')
            );
        });
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

    it('says so when the plan has no sponsor pair, or before it has the pairs', async () => {
        const draft = renderList(DRAFT_PLAN);
        for (const element of [
            draft,
            mount('c-sponsor-pair-list', SponsorPairList)
        ]) {
            expect(pairs(element)).toHaveLength(0);
            expect(find(element, '.no-sponsors')).not.toBeNull();
        }
        await expect(draft).toBeAccessible();
    });
});
