import { toIsoDate, toSponsorPairs } from 'c/sponsorCadenceModel';
import type { SponsorCadenceView } from 'c/accountPlanQuery';

function cadence(
    id: string,
    status?: string,
    daysOverdue?: number,
    nextTouchDue?: string
): SponsorCadenceView {
    return { id, status, daysOverdue, nextTouchDue };
}

describe('c-sponsor-cadence-model', () => {
    it('puts overdue pairs first, longest overdue on top, paused last', () => {
        const ordered = toSponsorPairs([
            cadence('paused', 'Paused'),
            cadence('onTrack', 'On Track', 0, '2027-02-01'),
            cadence('late', 'Overdue', 10),
            cadence('soon', 'Due Soon', 0, '2026-12-01'),
            cadence('later', 'Overdue', 40),
            cadence('hidden', undefined),
            cadence('onTrackEarlier', 'On Track', 0, '2027-01-01')
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

    it('adds the status badge, the days overdue and the log title to the view', () => {
        const view: SponsorCadenceView = {
            ...cadence('a02', 'Overdue', 82),
            executiveSponsorName: 'Alex Chen',
            customerExecutiveName: 'Dana Whitfield'
        };
        const [pair] = toSponsorPairs([view], 'a02');
        expect(pair).toEqual({
            ...view,
            statusBadge: {
                value: 'Overdue',
                label: 'Overdue',
                theme: 'slds-theme_error',
                order: 1
            },
            overdueText: '82 days overdue',
            logTouchTitle: 'Log a touch between Alex Chen and Dana Whitfield',
            busy: true
        });
    });

    it('says nothing of days overdue for a pair on time, and "—" for hidden names', () => {
        const [pair] = toSponsorPairs([cadence('a02', 'Paused', 0)]);
        expect(pair.overdueText).toBeUndefined();
        expect(pair.statusBadge?.theme).toBe('slds-badge_lightest');
        expect(pair.logTouchTitle).toBe('Log a touch between — and —');
        expect(pair.busy).toBe(false);
    });

    it('formats the local calendar date', () => {
        expect(toIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
        expect(toIsoDate(new Date(2026, 10, 22))).toBe('2026-11-22');
    });
});
