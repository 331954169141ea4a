import StrategicAccountPlan from 'c/strategicAccountPlan';
import { graphql, refreshGraphQL } from 'lightning/graphql';
import {
    createRecord,
    deleteRecord,
    getRecord,
    notifyRecordUpdateAvailable,
    updateRecord
} from 'lightning/uiRecordApi';
import {
    ACCOUNT_PLANS_QUERY,
    accountPlanVariables,
    toAccountPlans
} from 'c/accountPlanQuery';
import { toIsoDate } from 'c/dateUtils';
import { recordVersion } from '../../accountPlanQuery/__tests__/data/recordVersions';
import { find, findAll, flushPromises, mount, resetDom } from 'test-utils';

const { mockNavigate } = require('lightning/navigation');
const withPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');
const withoutPlans = require('../../accountPlanQuery/__tests__/data/accountWithoutPlans.json');
const severalActive = require('../../accountPlanQuery/__tests__/data/accountWithSeveralActivePlans.json');
const noPlanAccess = require('../../accountPlanQuery/__tests__/data/noPlanAccess.json');
const graphqlErrors = require('../../accountPlanQuery/__tests__/data/graphqlErrors.json');
const updateRecordConflict = require('../../accountPlanQuery/__tests__/data/updateRecordConflict.json');

const ACCOUNT_ID = '001Hs00000NwHlthAAA';
const OVERDUE_CADENCE_ID = 'a02Hs00000ESC01AAA';
/** The plans as the mapper makes them: what the container passes down. */
const [DRAFT_PLAN, ACTIVE_PLAN] = toAccountPlans(withPlans)!.records;

const adapter = graphql as any;
const mockRefresh = refreshGraphQL as jest.Mock;
const mockUpdateRecord = updateRecord as jest.Mock;
const mockCreateRecord = createRecord as jest.Mock;
const mockDeleteRecord = deleteRecord as jest.Mock;
const mockGetRecord = getRecord as any;
const mockNotify = notifyRecordUpdateAvailable as jest.Mock;

const createComponent = (props: Record<string, unknown> = {}) =>
    mount('c-strategic-account-plan', StrategicAccountPlan, {
        recordId: ACCOUNT_ID,
        ...props
    });

async function renderWith(data: unknown, props = {}) {
    const element = createComponent(props);
    adapter.emit(data);
    await flushPromises();
    return element;
}

/** The page-state card: the container hands it the query's state and the plan picked. */
function stateCard(element: any): any {
    return find(element, 'c-page-state-card');
}

describe('c-strategic-account-plan', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    describe('graphql @wire', () => {
        it('wires the shared query with the shared variables for the record', async () => {
            createComponent();
            await flushPromises();
            expect(adapter.getLastConfig()).toEqual({
                query: ACCOUNT_PLANS_QUERY,
                variables: accountPlanVariables(ACCOUNT_ID)
            });
        });

        it('shows a spinner until the query answers', async () => {
            const element = createComponent();
            await flushPromises();
            expect(stateCard(element)).toMatchObject({
                cardTitle: 'Strategic Account Plan',
                iconName: 'standard:strategy',
                state: { loading: true }
            });
            // It passes no labels: the card's own words are the account plan's.
            expect(
                find(stateCard(element), 'lightning-spinner').alternativeText
            ).toBe('Loading the account plan');
            expect(find(element, 'c-plan-header')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('hands a wire error to the error panel', async () => {
            const element = createComponent();
            adapter.emitErrors(graphqlErrors);
            await flushPromises();
            expect(stateCard(element).state).toMatchObject({
                error: true,
                errors: graphqlErrors
            });
            expect(find(element, 'c-plan-header')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says the user has no access when the platform refuses the plan object', async () => {
            const element = createComponent();
            adapter.emitErrors([
                {
                    message:
                        "Validation error (FieldUndefined@[uiapi/query/Strategic_Account_Plan__c]) : Field 'Strategic_Account_Plan__c' in type 'RecordQuery' is undefined"
                }
            ]);
            await flushPromises();
            expect(stateCard(element).state.noAccess).toBe(true);
            expect(find(element, 'c-plan-header')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says the user has no access when no plan connection comes back', async () => {
            const element = await renderWith(noPlanAccess);
            expect(stateCard(element).state.noAccess).toBe(true);
            expect(find(stateCard(element), '.no-access')).not.toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('with plans', () => {
        it('passes the Active plan, not the newer draft, to every section', async () => {
            const element = await renderWith(withPlans);

            for (const child of [
                'c-plan-header',
                'c-plan-overview',
                'c-strategic-fit-quadrant',
                'c-buy-sell-ladder'
            ]) {
                expect(find(element, child).plan).toEqual(ACTIVE_PLAN);
            }
            expect(find(element, 'c-sponsor-pair-list').cadences).toEqual(
                ACTIVE_PLAN.sponsorCadences
            );
            expect(stateCard(element).state.plans.records).toEqual([
                DRAFT_PLAN,
                ACTIVE_PLAN
            ]);
            expect(stateCard(element).selection).toMatchObject({
                plan: ACTIVE_PLAN,
                activeCount: 1,
                severalActive: false
            });
            await expect(element).toBeAccessible();
        });

        it('shows the plan picked in the plan picker', async () => {
            const element = await renderWith(severalActive);
            expect(stateCard(element).selection.severalActive).toBe(true);

            stateCard(element).dispatchEvent(
                new CustomEvent('planchange', {
                    detail: { planId: DRAFT_PLAN.id }
                })
            );
            await flushPromises();

            expect(find(element, 'c-plan-header').plan.name).toBe(
                'Northwind Health 2027 Draft'
            );
            expect(stateCard(element).selection.picked).toBe(true);
            expect(
                find(element, 'c-sponsor-pair-list').cadences.records
            ).toEqual([]);
        });

        it('stacks sections in a narrow region and hides the ones App Builder switched off', async () => {
            const element = await renderWith(withPlans, {
                flexipageRegionWidth: 'SMALL',
                hideStrategicFit: true,
                hideSponsors: true,
                hideRisks: true
            });
            const sections = findAll(element, 'section');
            expect(sections.map((section) => section.dataset.id)).toEqual([
                'overview',
                'buy-sell',
                'reviews'
            ]);
            expect(sections[0].className).not.toContain('slds-medium-size');
            expect(find(element, 'c-sponsor-pair-list')).toBeNull();
        });
    });

    describe('without a plan', () => {
        it('explains and opens the new-plan form with the Account prefilled', async () => {
            const element = await renderWith(withoutPlans);
            expect(stateCard(element).state.empty).toBe(true);
            // Its own no-plan content, with the create button, fills the card's no-plan slot.
            expect(find(element, '.no-plan').slot).toBe('no-plan');
            expect(find(element, '.no-plan h3').textContent.trim()).toBe(
                'This account has no strategic account plan yet'
            );
            expect(find(element, 'c-plan-header')).toBeNull();
            find(element, 'lightning-button.create-plan').click();
            const { pageReference } = mockNavigate.mock.lastCall[0];
            expect(pageReference).toMatchObject({
                type: 'standard__objectPage',
                attributes: {
                    objectApiName: 'Strategic_Account_Plan__c',
                    actionName: 'new'
                }
            });
            expect(pageReference.state.defaultFieldValues).toBe(
                `Account__c=${ACCOUNT_ID}`
            );
            await expect(element).toBeAccessible();
        });
    });

    describe('log touch', () => {
        const TOUCH_DATE = '2026-11-30';
        const TASK_ID = '00THs000001';
        /** The overdue pair's LastModifiedDate when its form opened. */
        const PAIR_VERSION = '2026-06-01T12:30:00.000Z';
        /** Its LastModifiedDate once the touch is saved: the update answers it. */
        const AFTER_TOUCH_MODIFIED = '2026-12-02T09:00:00.000Z';
        const DANA_ID = '003Hs00000DanaWAA1';

        /** The overdue pair as `getRecord` reads it when its form opens. */
        function pairVersion(lastTouch: string | null = '2026-06-01') {
            return recordVersion(
                'Executive_Sponsor_Cadence__c',
                OVERDUE_CADENCE_ID,
                PAIR_VERSION,
                {
                    Last_Touch_Date__c: lastTouch,
                    Customer_Executive__c: DANA_ID
                }
            );
        }

        /** The query's answer with the overdue pair's Last Touch Date replaced. */
        function answerWithLastTouch(
            value: string | null,
            displayValue: string | null
        ) {
            const answer = JSON.parse(JSON.stringify(withPlans));
            for (const { node: plan } of answer.uiapi.query
                .Strategic_Account_Plan__c.edges) {
                for (const { node } of plan.Executive_Sponsor_Cadences__r
                    ?.edges ?? []) {
                    if (node.Id === OVERDUE_CADENCE_ID) {
                        node.Last_Touch_Date__c = { value, displayValue };
                    }
                }
            }
            return answer;
        }

        const answerAfterTouch = () =>
            answerWithLastTouch(TOUCH_DATE, '11/30/2026');

        /** Opens the overdue pair's form, lets it read `read`, and logs a touch. */
        async function logTouchOnOverduePair(
            note?: string,
            read = pairVersion(),
            answer: unknown = withPlans
        ) {
            const element = await renderWith(answer);
            const toasts: any[] = [];
            element.addEventListener('lightning__showtoast', (event: any) =>
                toasts.push(event.detail)
            );
            const list = find(element, 'c-sponsor-pair-list');
            list.dispatchEvent(
                new CustomEvent('touchopen', {
                    detail: { cadenceId: OVERDUE_CADENCE_ID }
                })
            );
            await flushPromises();
            mockGetRecord.emit(read);
            list.dispatchEvent(
                new CustomEvent('logtouch', {
                    detail: {
                        cadenceId: OVERDUE_CADENCE_ID,
                        date: TOUCH_DATE,
                        note
                    }
                })
            );
            await flushPromises();
            return { element, toasts };
        }

        it('reads the version and contact of the pair whose form opened', async () => {
            await logTouchOnOverduePair();

            expect(mockGetRecord.getLastConfig()).toEqual({
                recordId: OVERDUE_CADENCE_ID,
                fields: [
                    {
                        objectApiName: 'Executive_Sponsor_Cadence__c',
                        fieldApiName: 'Last_Touch_Date__c'
                    },
                    {
                        objectApiName: 'Executive_Sponsor_Cadence__c',
                        fieldApiName: 'Customer_Executive__c'
                    }
                ]
            });
        });

        it('reads the pair it logs a touch on, whichever form opened last, and saves once that read arrives', async () => {
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockResolvedValue({ id: TASK_ID });
            const element = await renderWith(withPlans);
            find(element, 'c-sponsor-pair-list').dispatchEvent(
                new CustomEvent('logtouch', {
                    detail: { cadenceId: OVERDUE_CADENCE_ID, date: TOUCH_DATE }
                })
            );
            await flushPromises();
            expect(mockGetRecord.getLastConfig().recordId).toBe(
                OVERDUE_CADENCE_ID
            );
            expect(mockUpdateRecord).not.toHaveBeenCalled();

            mockGetRecord.emit(pairVersion());
            await flushPromises();
            expect(mockUpdateRecord.mock.calls[0][1]).toEqual({
                ifUnmodifiedSince: PAIR_VERSION
            });
        });

        it('sets Last Touch Date against the version read when the form opened, creates a Task with the date and note, refreshes and toasts', async () => {
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockResolvedValue({ id: TASK_ID });
            const { element, toasts } =
                await logTouchOnOverduePair('Steering committee');

            expect(mockUpdateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: OVERDUE_CADENCE_ID,
                        Last_Touch_Date__c: TOUCH_DATE
                    }
                },
                { ifUnmodifiedSince: PAIR_VERSION }
            );
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Task',
                fields: {
                    Subject: 'Executive sponsor touch',
                    WhatId: OVERDUE_CADENCE_ID,
                    WhoId: DANA_ID,
                    ActivityDate: TOUCH_DATE,
                    Status: 'Completed',
                    Description: 'Steering committee'
                }
            });
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(mockRefresh.mock.calls[0][0].data).toBe(withPlans);
            expect(mockNotify).toHaveBeenCalledWith([
                { recordId: OVERDUE_CADENCE_ID }
            ]);
            expect(toasts).toEqual([
                {
                    title: 'Touch logged',
                    message:
                        'Touch between Alex Chen and Dana Whitfield logged. Undo is offered beside the pair for 10 seconds.',
                    variant: 'success'
                }
            ]);
            expect(find(element, 'c-error-panel')).toBeNull();
            const list = find(element, 'c-sponsor-pair-list');
            expect(list.undoCadenceId).toBe(OVERDUE_CADENCE_ID);
            expect(list.busyCadenceId).toBeUndefined();
            await expect(element).toBeAccessible();
        });

        it('leaves the Task without description when there is no note', async () => {
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockResolvedValue({ id: TASK_ID });
            await logTouchOnOverduePair();

            expect(mockCreateRecord.mock.calls[0][0].fields).not.toHaveProperty(
                'Description'
            );
        });

        it('marks the pair busy while the touch is saved, and logs nothing more meanwhile', async () => {
            mockUpdateRecord.mockReturnValueOnce(new Promise(() => {}));
            const { element } = await logTouchOnOverduePair();

            expect(find(element, 'c-sponsor-pair-list').busyCadenceId).toBe(
                OVERDUE_CADENCE_ID
            );
            find(element, 'c-sponsor-pair-list').dispatchEvent(
                new CustomEvent('logtouch', {
                    detail: {
                        cadenceId: 'a02Hs00000ESC02AAA',
                        date: TOUCH_DATE
                    }
                })
            );
            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        });

        it('withdraws the undo offer after 10 seconds', async () => {
            jest.useFakeTimers();
            try {
                mockUpdateRecord.mockResolvedValue({});
                mockCreateRecord.mockResolvedValue({ id: TASK_ID });
                const element = createComponent();
                adapter.emit(withPlans);
                await jest.advanceTimersByTimeAsync(0);
                find(element, 'c-sponsor-pair-list').dispatchEvent(
                    new CustomEvent('touchopen', {
                        detail: { cadenceId: OVERDUE_CADENCE_ID }
                    })
                );
                await jest.advanceTimersByTimeAsync(0);
                mockGetRecord.emit(pairVersion());
                find(element, 'c-sponsor-pair-list').dispatchEvent(
                    new CustomEvent('logtouch', {
                        detail: {
                            cadenceId: OVERDUE_CADENCE_ID,
                            date: TOUCH_DATE
                        }
                    })
                );
                await jest.advanceTimersByTimeAsync(9000);
                const list = find(element, 'c-sponsor-pair-list');
                expect(list.undoCadenceId).toBe(OVERDUE_CADENCE_ID);

                await jest.advanceTimersByTimeAsync(1000);
                expect(list.undoCadenceId).toBeUndefined();
            } finally {
                jest.useRealTimers();
            }
        });

        describe('undo', () => {
            /**
             * Logs a touch, then undoes it; `beforeUndo` sets up the undo's
             * answers. The pair was last touched on 6/1/2026, or never.
             */
            async function logThenUndo(
                beforeUndo = () => {},
                neverTouched = false
            ) {
                // The touch's update answers the pair's new LastModifiedDate.
                mockUpdateRecord.mockResolvedValue({
                    lastModifiedDate: AFTER_TOUCH_MODIFIED
                });
                mockCreateRecord.mockResolvedValue({ id: TASK_ID });
                mockRefresh.mockImplementationOnce(() => {
                    adapter.emit(answerAfterTouch());
                    return Promise.resolve();
                });
                const { element, toasts } = neverTouched
                    ? await logTouchOnOverduePair(
                          undefined,
                          pairVersion(null),
                          answerWithLastTouch(null, null)
                      )
                    : await logTouchOnOverduePair();
                mockUpdateRecord.mockClear();
                beforeUndo();
                const list = find(element, 'c-sponsor-pair-list');
                list.dispatchEvent(
                    new CustomEvent('undotouch', {
                        detail: { cadenceId: OVERDUE_CADENCE_ID }
                    })
                );
                await flushPromises();
                return { element, toasts, list };
            }

            it('restores the previous Last Touch Date, guarded by the date the touch left, and deletes the Task', async () => {
                const { element, toasts, list } = await logThenUndo();

                expect(mockUpdateRecord).toHaveBeenCalledWith(
                    {
                        fields: {
                            Id: OVERDUE_CADENCE_ID,
                            Last_Touch_Date__c: '2026-06-01'
                        }
                    },
                    { ifUnmodifiedSince: AFTER_TOUCH_MODIFIED }
                );
                expect(mockDeleteRecord).toHaveBeenCalledWith(TASK_ID);
                expect(mockRefresh).toHaveBeenCalledTimes(2);
                expect(toasts.at(-1)).toEqual({
                    title: 'Touch undone',
                    message:
                        'The touch between Alex Chen and Dana Whitfield was removed and the previous last touch date restored.',
                    variant: 'success'
                });
                expect(list.undoCadenceId).toBeUndefined();
                expect(find(element, 'c-error-panel')).toBeNull();
            });

            it('clears Last Touch Date again when the touch undone was the pair’s first', async () => {
                await logThenUndo(undefined, true);

                expect(mockUpdateRecord).toHaveBeenCalledWith(
                    {
                        fields: {
                            Id: OVERDUE_CADENCE_ID,
                            Last_Touch_Date__c: null
                        }
                    },
                    { ifUnmodifiedSince: AFTER_TOUCH_MODIFIED }
                );
                expect(mockDeleteRecord).toHaveBeenCalledWith(TASK_ID);
            });

            it('refuses to undo over someone else’s change, keeping the Task', async () => {
                const { element, list } = await logThenUndo(() =>
                    mockUpdateRecord.mockRejectedValueOnce(updateRecordConflict)
                );

                expect(mockDeleteRecord).not.toHaveBeenCalled();
                const panel = find(element, 'c-error-panel.touch-error');
                expect(panel.friendlyMessage).toBe(
                    'Someone changed this record after you opened the page. The page now shows their change: check it, then try again.'
                );
                expect(list.undoCadenceId).toBeUndefined();
                await expect(element).toBeAccessible();
            });

            it('says the touch was not undone when the Task cannot be deleted', async () => {
                const refused = {
                    status: 403,
                    body: { message: 'Insufficient access' }
                };
                const { element } = await logThenUndo(() =>
                    mockDeleteRecord.mockRejectedValueOnce(refused)
                );

                const panel = find(element, 'c-error-panel.touch-error');
                expect(panel.errors).toEqual(refused);
                expect(panel.friendlyMessage).toBe('The touch was not undone');
            });
        });

        it('does nothing on an undo with no touch on offer (the offer expired)', async () => {
            const element = await renderWith(withPlans);
            find(element, 'c-sponsor-pair-list').dispatchEvent(
                new CustomEvent('undotouch', {
                    detail: { cadenceId: OVERDUE_CADENCE_ID }
                })
            );
            await flushPromises();
            expect(mockUpdateRecord).not.toHaveBeenCalled();
            expect(mockDeleteRecord).not.toHaveBeenCalled();
        });

        it('refuses without sending when the pair changed after the page read it, and reads the plan and the version again', async () => {
            // Someone logged a touch between the page load and the form opening.
            const { element } = await logTouchOnOverduePair(
                undefined,
                pairVersion('2026-11-20')
            );

            expect(mockUpdateRecord).not.toHaveBeenCalled();
            expect(mockCreateRecord).not.toHaveBeenCalled();
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(mockNotify).toHaveBeenCalledWith([
                { recordId: OVERDUE_CADENCE_ID }
            ]);
            const panel = find(element, 'c-error-panel.touch-error');
            expect(panel.friendlyMessage).toMatch(
                /^Someone changed this record after you opened the page/
            );
            expect(panel.errors.message).toBe(
                'This record changed after the page read it, so nothing was saved.'
            );
        });

        it('refuses a concurrent edit without creating the Task, and reads the plan again so a retry can succeed', async () => {
            mockUpdateRecord.mockRejectedValue(updateRecordConflict);
            const { element, toasts } = await logTouchOnOverduePair();

            expect(mockCreateRecord).not.toHaveBeenCalled();
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(toasts).toEqual([]);
            const panel = find(element, 'c-error-panel.touch-error');
            expect(panel.errors).toEqual(updateRecordConflict);
            expect(panel.friendlyMessage).toBe(
                'Someone changed this record after you opened the page. The page now shows their change: check it, then try again.'
            );
            await expect(element).toBeAccessible();
        });

        it('hides a dismissed touch error and returns focus to the pair’s Log touch', async () => {
            mockUpdateRecord.mockRejectedValue(updateRecordConflict);
            const { element } = await logTouchOnOverduePair();
            const list = find(element, 'c-sponsor-pair-list');
            const focusPair = jest.spyOn(list, 'focusPair');
            const panel = find(element, 'c-error-panel.touch-error');
            expect(panel.dismissible).toBe(true);

            panel.dispatchEvent(new CustomEvent('dismiss'));
            await flushPromises();

            expect(find(element, 'c-error-panel.touch-error')).toBeNull();
            expect(focusPair).toHaveBeenCalledWith(OVERDUE_CADENCE_ID);
        });

        it('still refreshes when the Task fails after the date was set, so a retry is not refused', async () => {
            const taskError = {
                status: 400,
                body: {
                    output: {
                        errors: [],
                        fieldErrors: {
                            WhoId: [{ message: 'Contact is not accessible' }]
                        }
                    }
                }
            };
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockRejectedValue(taskError);
            const { element, toasts } = await logTouchOnOverduePair();

            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(toasts).toEqual([]);
            const panel = find(element, 'c-error-panel.touch-error');
            expect(panel.errors).toEqual(taskError);
            expect(panel.friendlyMessage).toBe('The touch was not logged');
            expect(
                find(element, 'c-sponsor-pair-list').busyCadenceId
            ).toBeUndefined();
        });

        it('does not call the touch failed when only the refresh after it failed', async () => {
            const down = new Error('Network down');
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockResolvedValue({ id: '00THs000001' });
            mockRefresh.mockRejectedValueOnce(down);
            const { element, toasts } = await logTouchOnOverduePair();

            expect(toasts.map((toast) => toast.variant)).toEqual(['success']);
            expect(find(element, 'c-error-panel.touch-error')).toBeNull();
            const panel = find(element, 'c-error-panel.refresh-error');
            expect(panel.errors).toEqual(down);
            expect(panel.friendlyMessage).toBe(
                'Your change was saved, but the page could not show the latest values. Reload the page.'
            );
            expect(find(element, 'c-plan-header').plan).toEqual(ACTIVE_PLAN);
            await expect(element).toBeAccessible();
        });
    });

    describe('reviews and risks', () => {
        it('passes the active plan’s reviews and open risks down', async () => {
            const element = await renderWith(withPlans);
            expect(find(element, 'c-plan-reviews').reviews).toEqual(
                ACTIVE_PLAN.accountReviews
            );
            expect(find(element, 'c-plan-risks').risks).toEqual(
                ACTIVE_PLAN.openRisks
            );
            expect(find(element, 'c-plan-red-flags').plan).toEqual(ACTIVE_PLAN);
        });

        it('records a review on the plan, reads the plan again and closes the form', async () => {
            mockCreateRecord.mockResolvedValue({ id: 'a05new' });
            const element = await renderWith(withPlans);
            const reviews = find(element, 'c-plan-reviews');
            const closeForm = jest.spyOn(reviews, 'closeForm');

            reviews.dispatchEvent(
                new CustomEvent('recordreview', {
                    detail: { Review_Date__c: '2026-12-01', Status__c: 'Held' }
                })
            );
            await flushPromises();

            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Account_Review__c',
                fields: {
                    Review_Date__c: '2026-12-01',
                    Status__c: 'Held',
                    Strategic_Account_Plan__c: ACTIVE_PLAN.id
                }
            });
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(closeForm).toHaveBeenCalled();
            expect(reviews.busy).toBe(false);
        });

        it('keeps the review form open and shows why when the review is refused', async () => {
            const refused = {
                status: 400,
                body: {
                    output: {
                        errors: [],
                        fieldErrors: {
                            Review_Date__c: [
                                {
                                    message:
                                        'A held review cannot be dated in the future.'
                                }
                            ]
                        }
                    }
                }
            };
            mockCreateRecord.mockRejectedValue(refused);
            const element = await renderWith(withPlans);
            const reviews = find(element, 'c-plan-reviews');
            const closeForm = jest.spyOn(reviews, 'closeForm');

            reviews.dispatchEvent(
                new CustomEvent('recordreview', { detail: {} })
            );
            await flushPromises();

            expect(closeForm).not.toHaveBeenCalled();
            expect(mockRefresh).not.toHaveBeenCalled();
            const panel = find(element, 'c-error-panel.record-error');
            expect(panel.errors).toEqual(refused);
            expect(panel.friendlyMessage).toBe('The review was not recorded');
            panel.dispatchEvent(new CustomEvent('dismiss'));
            await flushPromises();
            expect(find(element, 'c-error-panel.record-error')).toBeNull();
        });

        it('opens the plan for editing after a review', async () => {
            const element = await renderWith(withPlans);
            find(element, 'c-plan-reviews').dispatchEvent(
                new CustomEvent('editplan')
            );
            expect(mockNavigate).toHaveBeenCalledWith({
                pageReference: {
                    type: 'standard__recordPage',
                    attributes: {
                        recordId: ACTIVE_PLAN.id,
                        objectApiName: 'Strategic_Account_Plan__c',
                        actionName: 'edit'
                    }
                },
                replace: undefined
            });
        });

        it('raises a risk on the plan', async () => {
            mockCreateRecord.mockResolvedValue({ id: 'a06new' });
            const element = await renderWith(withPlans);
            const risks = find(element, 'c-plan-risks');
            const closeForm = jest.spyOn(risks, 'closeForm');

            risks.dispatchEvent(
                new CustomEvent('raiserisk', {
                    detail: { Name: 'Competitor pilot', Severity__c: 'High' }
                })
            );
            await flushPromises();

            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Plan_Risk__c',
                fields: {
                    Name: 'Competitor pilot',
                    Severity__c: 'High',
                    Strategic_Account_Plan__c: ACTIVE_PLAN.id
                }
            });
            expect(closeForm).toHaveBeenCalled();
            expect(risks.busyRiskId).toBeUndefined();
        });

        it('closes a risk today, guarded by its LastModifiedDate, and reads the plan again', async () => {
            mockUpdateRecord.mockResolvedValue({});
            const element = await renderWith(withPlans);
            const risk = ACTIVE_PLAN.openRisks.records[0];

            find(element, 'c-plan-risks').dispatchEvent(
                new CustomEvent('closerisk', { detail: { riskId: risk.id } })
            );
            await flushPromises();
            const iso = toIsoDate(new Date());
            expect(mockUpdateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: risk.id,
                        Status__c: 'Closed',
                        Closed_On__c: iso
                    }
                },
                { ifUnmodifiedSince: risk.lastModifiedDate }
            );
            expect(mockRefresh).toHaveBeenCalledTimes(1);
        });

        it('closes a risk once: a second click while it saves, or an unknown risk, sends nothing', async () => {
            mockUpdateRecord.mockResolvedValue({});
            const element = await renderWith(withPlans);
            const close = (riskId: string) =>
                find(element, 'c-plan-risks').dispatchEvent(
                    new CustomEvent('closerisk', { detail: { riskId } })
                );

            close(ACTIVE_PLAN.openRisks.records[0].id);
            close(ACTIVE_PLAN.openRisks.records[0].id);
            await flushPromises();
            close('a0Xunknown');
            await flushPromises();

            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        });

        it('shows someone else’s change to a risk instead of overwriting it', async () => {
            mockUpdateRecord.mockRejectedValue(updateRecordConflict);
            const element = await renderWith(withPlans);

            find(element, 'c-plan-risks').dispatchEvent(
                new CustomEvent('closerisk', {
                    detail: { riskId: ACTIVE_PLAN.openRisks.records[0].id }
                })
            );
            await flushPromises();

            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(
                find(element, 'c-error-panel.record-error').friendlyMessage
            ).toBe(
                'Someone changed this record after you opened the page. The page now shows their change: check it, then try again.'
            );
            await expect(element).toBeAccessible();
        });
    });
});
