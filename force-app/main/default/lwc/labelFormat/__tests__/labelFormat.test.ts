import { EMPTY_VALUE, formatLabel, orEmpty } from 'c/labelFormat';

describe('c-label-format', () => {
    it('reads the empty-value symbol from its custom label', () => {
        expect(EMPTY_VALUE).toBe('—');
    });

    it('fills numbered placeholders in any order', () => {
        expect(formatLabel('{1} of {0}', 10, 'Showing 3')).toBe(
            'Showing 3 of 10'
        );
    });

    it('shows the empty-value symbol for a missing placeholder value', () => {
        expect(formatLabel('Next review {0}', undefined)).toBe('Next review —');
    });

    it('keeps zero and text values, replaces blanks', () => {
        expect(orEmpty(0)).toBe('0');
        expect(orEmpty('Vision')).toBe('Vision');
        expect(orEmpty('')).toBe('—');
        expect(orEmpty(null)).toBe('—');
        expect(orEmpty(undefined)).toBe('—');
    });
});
