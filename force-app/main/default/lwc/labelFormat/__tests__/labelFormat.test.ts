import {
    EMPTY_VALUE,
    formatLabel,
    moreRecordsNotice,
    orEmpty,
    vocabularyEntry,
    vocabularyOrder
} from 'c/labelFormat';

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

    it('says how many of how many records a cut-short list shows', () => {
        const page = { records: ['a', 'b'], totalCount: 5, hasMore: true };
        expect(moreRecordsNotice('Showing {0} of {1} risks.', page)).toBe(
            'Showing 2 of 5 risks.'
        );
        expect(
            moreRecordsNotice('Showing {0} of {1} risks.', {
                ...page,
                hasMore: false
            })
        ).toBeUndefined();
        expect(
            moreRecordsNotice('Showing {0} of {1} risks.', undefined)
        ).toBeUndefined();
    });

    it('keeps zero and text values, replaces blanks', () => {
        expect(orEmpty(0)).toBe('0');
        expect(orEmpty('Vision')).toBe('Vision');
        expect(orEmpty('')).toBe('—');
        expect(orEmpty(null)).toBe('—');
        expect(orEmpty(undefined)).toBe('—');
    });

    describe('vocabularyEntry', () => {
        const STATUSES = [
            { value: 'On Track', label: 'Im Plan', theme: 'good', order: 1 },
            { value: 'Off Track', label: 'Verfehlt', theme: 'bad', order: 2 }
        ];

        it('finds the label and theme of a known value', () => {
            expect(vocabularyEntry(STATUSES, 'Off Track')).toBe(STATUSES[1]);
        });

        it('shows an unknown value as itself, unthemed, after the known ones', () => {
            expect(vocabularyEntry(STATUSES, 'Paused')).toEqual({
                value: 'Paused',
                label: 'Paused',
                theme: '',
                order: 3
            });
        });

        it('has no entry for a blank or hidden value', () => {
            expect(vocabularyEntry(STATUSES, undefined)).toBeUndefined();
        });

        it('sorts unknown, blank and hidden values after the known ones', () => {
            expect(vocabularyOrder(STATUSES, 'Off Track')).toBe(2);
            expect(vocabularyOrder(STATUSES, 'Paused')).toBe(3);
            expect(vocabularyOrder(STATUSES, undefined)).toBe(3);
        });
    });
});
