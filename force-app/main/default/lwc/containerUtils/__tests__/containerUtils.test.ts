import {
    EditedRecord,
    pageState,
    refreshQueryAndRecord,
    saveThenRefresh
} from 'c/containerUtils';
import { refreshGraphQL } from 'lightning/graphql';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { StaleRecordError } from 'c/ldsUtils';
import { recordVersion } from '../../accountPlanQuery/__tests__/data/recordVersions';

const withPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');
const withoutPlans = require('../../accountPlanQuery/__tests__/data/accountWithoutPlans.json');
const noPlanAccess = require('../../accountPlanQuery/__tests__/data/noPlanAccess.json');
const graphqlErrors = require('../../accountPlanQuery/__tests__/data/graphqlErrors.json');
const updateRecordConflict = require('../../accountPlanQuery/__tests__/data/updateRecordConflict.json');
const updateRecordFieldError = require('../../accountPlanQuery/__tests__/data/updateRecordFieldError.json');

const MESSAGES = { concurrentEdit: 'Reload', failed: 'Not saved' };

/** Which flag of a page state is set. */
function flagOf(state: ReturnType<typeof pageState>): string[] {
    return ['loading', 'error', 'noAccess', 'empty', 'data'].filter(
        (flag) => state[flag as keyof typeof state] === true
    );
}

describe('c-container-utils', () => {
    describe('pageState', () => {
        it('is loading until the wire delivers data or errors', () => {
            expect(flagOf(pageState(undefined))).toEqual(['loading']);
            expect(
                flagOf(pageState({ data: undefined, errors: undefined }))
            ).toEqual(['loading']);
        });

        it('is an error with the errors to show', () => {
            const state = pageState({ data: undefined, errors: graphqlErrors });
            expect(flagOf(state)).toEqual(['error']);
            expect(state.errors).toBe(graphqlErrors);
        });

        it("is no access when the user's schema has no plan object", () => {
            const denied = [
                {
                    message:
                        "Validation error (FieldUndefined@[uiapi/query/Strategic_Account_Plan__c]) : Field 'Strategic_Account_Plan__c' in type 'RecordQuery' is undefined"
                }
            ];
            expect(flagOf(pageState({ errors: denied }))).toEqual(['noAccess']);
            // Another field missing from the schema is an error to show.
            const otherField = [
                {
                    message:
                        "Validation error (FieldUndefined@[uiapi/query/Strategic_Account_Plan__c/edges/node/Status__c]) : Field 'Status__c' in type 'Strategic_Account_Plan__c' is undefined"
                }
            ];
            expect(flagOf(pageState({ errors: otherField }))).toEqual([
                'error'
            ]);
            // So is any error beside the denial, even one without a message.
            expect(
                flagOf(pageState({ errors: [...denied, { path: null }] }))
            ).toEqual(['error']);
        });

        it('is no access when no plan connection came back', () => {
            expect(flagOf(pageState({ data: noPlanAccess }))).toEqual([
                'noAccess'
            ]);
        });

        it('is empty when the account has no plan', () => {
            expect(flagOf(pageState({ data: withoutPlans }))).toEqual([
                'empty'
            ]);
        });

        it('holds the plans as the mapper made them', () => {
            const state = pageState({ data: withPlans });
            expect(flagOf(state)).toEqual(['data']);
            expect(state.plans!.records.map((plan) => plan.name)).toEqual([
                'Northwind Health 2027 Draft',
                'Northwind Health 2026 Strategic Plan'
            ]);
        });
    });

    describe('saveThenRefresh', () => {
        /** Records the order of the calls. */
        function steps(...outcomes: ('ok' | unknown)[]) {
            const calls: string[] = [];
            const writes = outcomes.map((outcome, index) => () => {
                calls.push(`write ${index + 1}`);
                return outcome === 'ok'
                    ? Promise.resolve({})
                    : Promise.reject(outcome);
            });
            return { calls, writes };
        }

        it('writes in order, then refreshes', async () => {
            const { calls, writes } = steps('ok', 'ok');
            const outcome = await saveThenRefresh(
                writes,
                () => {
                    calls.push('refresh');
                    return Promise.resolve();
                },
                MESSAGES
            );
            expect(outcome).toEqual({ saved: true, refreshError: undefined });
            expect(calls).toEqual(['write 1', 'write 2', 'refresh']);
        });

        it('does not call a write failed when only the refresh after it failed', async () => {
            const down = new Error('Network down');
            const outcome = await saveThenRefresh(
                steps('ok').writes,
                () => Promise.reject(down),
                MESSAGES
            );
            expect(outcome).toEqual({ saved: true, refreshError: down });
        });

        it('refreshes after a partial failure, so a retry carries the current LastModifiedDate', async () => {
            const { calls, writes } = steps('ok', updateRecordFieldError);
            const outcome = await saveThenRefresh(
                writes,
                () => {
                    calls.push('refresh');
                    return Promise.resolve();
                },
                MESSAGES
            );
            expect(calls).toEqual(['write 1', 'write 2', 'refresh']);
            expect(outcome).toEqual({
                saved: false,
                conflict: false,
                error: updateRecordFieldError,
                errorTitle: 'Not saved',
                refreshError: undefined
            });
        });

        it('stops at a refused write and, with nothing written, keeps what the user saw', async () => {
            const { calls, writes } = steps(updateRecordConflict, 'ok');
            const refresh = jest.fn();
            const outcome = await saveThenRefresh(writes, refresh, MESSAGES);
            expect(calls).toEqual(['write 1']);
            expect(refresh).not.toHaveBeenCalled();
            expect(outcome).toMatchObject({
                saved: false,
                conflict: true,
                error: updateRecordConflict,
                errorTitle: 'Reload'
            });
        });

        it('refreshes after a concurrent-edit refusal when asked, so the other value and LastModifiedDate arrive', async () => {
            const { calls, writes } = steps(updateRecordConflict, 'ok');
            const outcome = await saveThenRefresh(
                writes,
                () => {
                    calls.push('refresh');
                    return Promise.resolve();
                },
                MESSAGES,
                { refreshOnConflict: true }
            );
            expect(calls).toEqual(['write 1', 'refresh']);
            expect(outcome).toMatchObject({ saved: false, conflict: true });
        });

        it('does not refresh after any other refusal of the first write, even when asked', async () => {
            const { writes } = steps(updateRecordFieldError);
            const refresh = jest.fn();
            await saveThenRefresh(writes, refresh, MESSAGES, {
                refreshOnConflict: true
            });
            expect(refresh).not.toHaveBeenCalled();
        });
    });

    describe('refreshQueryAndRecord', () => {
        it('reads the page query and the saved record again, and settles when both did', async () => {
            const result = { data: withPlans };
            let recordRead: () => void = () => {};
            (notifyRecordUpdateAvailable as jest.Mock).mockReturnValueOnce(
                new Promise<void>((resolve) => {
                    recordRead = resolve;
                })
            );
            const settled = jest.fn();
            const refresh = refreshQueryAndRecord(
                result,
                'a03Hs00000JM001AAA'
            ).then(settled);

            expect(refreshGraphQL).toHaveBeenCalledWith(result);
            expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([
                { recordId: 'a03Hs00000JM001AAA' }
            ]);
            await new Promise((tick) => setTimeout(tick, 0));
            expect(settled).not.toHaveBeenCalled();
            recordRead();
            await refresh;
            expect(settled).toHaveBeenCalled();
        });
    });

    describe('EditedRecord', () => {
        const ACTUAL = {
            objectApiName: 'Joint_Metric__c',
            fieldApiName: 'Actual__c'
        };
        const OWNER = {
            objectApiName: 'Joint_Metric__c',
            fieldApiName: 'Supplier_Owner__c'
        };
        const ID = 'a03Hs00000JM001AAA';
        const VERSION = '2026-11-30T09:15:00.000Z';
        const read = (values: Record<string, unknown>, id = ID) => ({
            data: recordVersion('Joint_Metric__c', id, VERSION, values)
        });
        const editedWith = (result: object) => {
            const edited = new EditedRecord();
            edited.receive(result);
            return edited;
        };

        it('gives the record read while it holds what the page shows', async () => {
            const record = await editedWith(read({ Actual__c: 5 })).readForSave(
                ID,
                [[ACTUAL, 5]]
            );
            expect(record.lastModifiedDate).toBe(VERSION);
            // A blank field: null in the record, undefined in the page's view.
            await expect(
                editedWith(read({ Supplier_Owner__c: null })).readForSave(ID, [
                    [OWNER, undefined]
                ])
            ).resolves.toMatchObject({ id: ID });
        });

        it('refuses when a field read differs from the page: someone saved meanwhile', async () => {
            await expect(
                editedWith(read({ Actual__c: 7 })).readForSave(ID, [
                    [ACTUAL, 5]
                ])
            ).rejects.toBeInstanceOf(StaleRecordError);
            await expect(
                editedWith(read({ Actual__c: 0 })).readForSave(ID, [
                    [ACTUAL, undefined]
                ])
            ).rejects.toBeInstanceOf(StaleRecordError);
        });

        it('waits for the read of this record, past a read of another one', async () => {
            const edited = new EditedRecord();
            edited.receive({ data: undefined, error: undefined });
            const saved = jest.fn();
            const pending = edited.readForSave(ID, [[ACTUAL, 5]]).then(saved);
            edited.receive(read({ Actual__c: 5 }, 'a03Hs00000JM002AAA'));
            await new Promise((settle) => setTimeout(settle, 0));
            expect(saved).not.toHaveBeenCalled();

            edited.receive(read({ Actual__c: 5 }));
            await pending;
            expect(saved.mock.calls[0][0].id).toBe(ID);
        });

        it('refuses with the read error when the record cannot be read', async () => {
            const denied = { status: 403, body: [{ message: 'No access' }] };
            await expect(
                editedWith({ error: denied }).readForSave(ID, [])
            ).rejects.toBe(denied);
        });
    });
});
