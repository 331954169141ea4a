import { byUrgency, toIsoDate } from 'c/sponsorCadences';
import type { SponsorCadenceView } from 'c/accountPlanQuery';

function cadence(
    id: string,
    status?: string,
    daysOverdue?: number,
    nextTouchDue?: string
): SponsorCadenceView {
    return { id, status, daysOverdue, nextTouchDue };
}

describe('c-sponsor-cadences', () => {
    it('puts overdue pairs first, longest overdue on top, paused last', () => {
        const ordered = byUrgency([
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

    it('formats the local calendar date', () => {
        expect(toIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
        expect(toIsoDate(new Date(2026, 10, 22))).toBe('2026-11-22');
    });
});
