import { toIsoDate } from 'c/dateUtils';

describe('c-date-utils', () => {
    it('formats the local calendar date, late in the evening too', () => {
        expect(toIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
        expect(toIsoDate(new Date(2026, 10, 22))).toBe('2026-11-22');
    });

    it('counts a moment just after local midnight for the new day', () => {
        expect(toIsoDate(new Date(2027, 0, 1, 0, 5))).toBe('2027-01-01');
    });
});
