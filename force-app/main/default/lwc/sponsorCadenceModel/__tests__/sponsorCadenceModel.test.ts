import { toSponsorPairs, touchDateMessage } from 'c/sponsorCadenceModel';
import type { SponsorCadenceView } from 'c/accountPlanQuery';

function cadence(
    id: string,
    status?: string,
    daysOverdue?: number
): SponsorCadenceView {
    return { id, status, daysOverdue };
}

describe('c-sponsor-cadence-model', () => {
    it('puts overdue pairs first, longest overdue on top, paused last, and keeps the query order within a status', () => {
        // The query reads the pairs earliest next touch first.
        const ordered = toSponsorPairs([
            cadence('soon', 'Due Soon', 0),
            cadence('onTrackEarlier', 'On Track', 0),
            cadence('paused', 'Paused'),
            cadence('late', 'Overdue', 10),
            cadence('onTrack', 'On Track', 0),
            cadence('later', 'Overdue', 40),
            cadence('hidden', undefined)
        ]);
        expect(ordered.map((c) => c.id)).toEqual([
            'later',
            'late',
            'soon',
            'onTrackEarlier',
            'onTrack',
            'paused',
            'hidden'
        ]);
    });

    it('puts the overdue pairs whose days overdue the user cannot read after the others, in the query order', () => {
        const ordered = toSponsorPairs([
            cadence('hiddenEarlier', 'Overdue'),
            cadence('late', 'Overdue', 5),
            cadence('hiddenLater', 'Overdue')
        ]);
        expect(ordered.map((c) => c.id)).toEqual([
            'late',
            'hiddenEarlier',
            'hiddenLater'
        ]);
    });

    it('adds the status badge, the days overdue, the actions’ names and the touch state to the view', () => {
        const view: SponsorCadenceView = {
            ...cadence('a02', 'Overdue', 82),
            executiveSponsorName: 'Alex Chen',
            customerExecutiveName: 'Dana Whitfield'
        };
        const [pair] = toSponsorPairs([view], { busy: 'a02', undo: 'a02' });
        expect(pair).toEqual({
            ...view,
            statusBadge: {
                value: 'Overdue',
                label: 'Overdue',
                theme: 'slds-theme_error',
                order: 1
            },
            overdueText: '82 days overdue',
            logTouchName: 'Log touch between Alex Chen and Dana Whitfield',
            undoTouchName: 'Undo touch between Alex Chen and Dana Whitfield',
            paused: false,
            busy: true,
            formOpen: false,
            undoable: true
        });
    });

    it('says "1 day overdue" in the singular', () => {
        const [oneDay, twoDays] = toSponsorPairs([
            cadence('a', 'Overdue', 1),
            cadence('b', 'Overdue', 2)
        ]).sort((x, y) => x.id.localeCompare(y.id));
        expect(oneDay.overdueText).toBe('1 day overdue');
        expect(twoDays.overdueText).toBe('2 days overdue');
    });

    it('marks the pair whose form is open, and paused pairs', () => {
        const pairs = toSponsorPairs(
            [cadence('open', 'Overdue', 3), cadence('paused', 'Paused')],
            { form: 'open' }
        );
        expect(
            pairs.map(({ id, formOpen, paused }) => [id, formOpen, paused])
        ).toEqual([
            ['open', true, false],
            ['paused', false, true]
        ]);
    });

    it('says nothing of days overdue for a pair on time, and "—" for hidden names', () => {
        const [pair] = toSponsorPairs([cadence('a02', 'Paused', 0)]);
        expect(pair.overdueText).toBeUndefined();
        expect(pair.statusBadge?.theme).toBe('slds-badge_lightest');
        expect(pair.logTouchName).toBe('Log touch between — and —');
        expect(pair.busy).toBe(false);
    });

    describe('touchDateMessage', () => {
        const pair: SponsorCadenceView = {
            id: 'a02',
            lastTouchDate: '2026-11-10',
            lastTouchDateLabel: '11/10/2026'
        };
        const today = '2026-12-02';

        it('accepts today, the day of the last touch and any day between', () => {
            expect(touchDateMessage(today, pair, today)).toBe('');
            expect(touchDateMessage('2026-11-10', pair, today)).toBe('');
            expect(touchDateMessage('2026-11-30', pair, today)).toBe('');
        });

        it('refuses a missing date, a future date and one before the last touch, each with its message', () => {
            expect(touchDateMessage(undefined, pair, today)).toBe(
                'Enter the day the touch took place.'
            );
            expect(touchDateMessage('2026-12-03', pair, today)).toBe(
                "A touch can't be in the future: choose today or an earlier day."
            );
            expect(touchDateMessage('2026-11-09', pair, today)).toBe(
                'The last touch was on 11/10/2026: choose that day or a later one.'
            );
        });

        it('accepts any past day for a pair never touched', () => {
            expect(touchDateMessage('2020-01-01', { id: 'a03' }, today)).toBe(
                ''
            );
        });
    });
});
