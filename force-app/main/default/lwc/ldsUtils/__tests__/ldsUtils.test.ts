import {
    isConcurrentEditError,
    reduceErrors,
    StaleRecordError
} from 'c/ldsUtils';

describe('c-lds-utils', () => {
    describe('reduceErrors', () => {
        it('reads UI API read errors (array body)', () => {
            expect(
                reduceErrors({ status: 404, body: [{ message: 'Not found' }] })
            ).toEqual(['Not found']);
        });

        it('reads page and field errors of a record write', () => {
            expect(
                reduceErrors({
                    body: {
                        output: {
                            errors: [],
                            fieldErrors: {
                                Last_Touch_Date__c: [
                                    { message: 'Cannot be in the future' }
                                ]
                            }
                        }
                    }
                })
            ).toEqual(['Cannot be in the future']);
            expect(
                reduceErrors({ body: { pageErrors: [{ message: 'Locked' }] } })
            ).toEqual(['Locked']);
            expect(
                reduceErrors({
                    body: { fieldErrors: { Name: [{ message: 'Required' }] } }
                })
            ).toEqual(['Required']);
            expect(
                reduceErrors({
                    body: { output: { errors: [{ message: 'Denied' }] } }
                })
            ).toEqual(['Denied']);
        });

        it('reads GraphQL errors, JavaScript errors, strings and status text', () => {
            expect(
                reduceErrors([
                    { message: 'No such column Vision__c', locations: [] },
                    new Error('boom'),
                    'plain',
                    { body: { message: 'Server said no' } },
                    { statusText: 'Service Unavailable' },
                    null
                ])
            ).toEqual([
                'No such column Vision__c',
                'boom',
                'plain',
                'Server said no',
                'Service Unavailable'
            ]);
        });

        it('drops empty and unreadable errors', () => {
            expect(reduceErrors([undefined, 42, {}, ''])).toEqual([]);
        });
    });

    describe('isConcurrentEditError', () => {
        it('recognises the 412 of ifUnmodifiedSince only', () => {
            expect(isConcurrentEditError({ status: 412, body: {} })).toBe(true);
            expect(isConcurrentEditError({ status: 400, body: {} })).toBe(
                false
            );
            expect(isConcurrentEditError(undefined)).toBe(false);
            expect(isConcurrentEditError('412')).toBe(false);
        });

        it('recognises a write refused before sending because the record changed, and says why', () => {
            const stale = new StaleRecordError();
            expect(isConcurrentEditError(stale)).toBe(true);
            expect(reduceErrors(stale)).toEqual([
                'This record changed after the page read it, so nothing was saved.'
            ]);
            expect(isConcurrentEditError(new Error('Network down'))).toBe(
                false
            );
        });
    });
});
