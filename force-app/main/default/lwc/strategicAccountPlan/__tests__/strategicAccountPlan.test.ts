import { createElement } from '@lwc/engine-dom';
import StrategicAccountPlan from 'c/strategicAccountPlan';
import { graphql, refreshGraphQL } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import {
    ACCOUNT_PLANS_QUERY,
    accountPlanVariables,
    toAccountPlans
} from 'c/accountPlanQuery';
import { toIsoDate } from 'c/sponsorCadenceModel';

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

/** Lets wire emissions, promise chains and re-renders settle. */
function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createComponent(props: Record<string, unknown> = {}): any {
    const element: any = createElement('c-strategic-account-plan', {
        is: StrategicAccountPlan
    });
    Object.assign(element, { recordId: ACCOUNT_ID, ...props });
    document.body.appendChild(element);
    return element;
}

async function renderWith(data: unknown, props = {}) {
    const element = createComponent(props);
    adapter.emit(data);
    await flushPromises();
    return element;
}

function $(element: any, selector: string): any {
    return element.shadowRoot.querySelector(selector);
}

describe('c-strategic-account-plan', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
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
            expect($(element, 'lightning-spinner').alternativeText).toBe(
                'Loading the account plan'
            );
            expect($(element, 'c-plan-header')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('hands a wire error to the error panel', async () => {
            const element = createComponent();
            adapter.emitErrors(graphqlErrors);
            await flushPromises();
            expect($(element, 'lightning-spinner')).toBeNull();
            expect($(element, 'c-error-panel').errors).toEqual(graphqlErrors);
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
            expect($(element, 'c-error-panel')).toBeNull();
            expect($(element, '.no-access').textContent).toContain(
                "You can't see this account's plans"
            );
            await expect(element).toBeAccessible();
        });

        it('says the user has no access when no plan connection comes back', async () => {
            const element = await renderWith(noPlanAccess);
            expect($(element, '.no-access').textContent).toContain(
                "You can't see this account's plans"
            );
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
                expect($(element, child).plan).toEqual(ACTIVE_PLAN);
            }
            expect($(element, 'c-sponsor-pair-list').cadences).toEqual(
                ACTIVE_PLAN.sponsorCadences
            );
            const picker = $(element, 'c-plan-picker');
            expect(picker.plans.records).toEqual([DRAFT_PLAN, ACTIVE_PLAN]);
            expect(picker.selection).toMatchObject({
                plan: ACTIVE_PLAN,
                activeCount: 1,
                severalActive: false
            });
            await expect(element).toBeAccessible();
        });

        it('shows the plan picked in the plan picker', async () => {
            const element = await renderWith(severalActive);
            expect($(element, 'c-plan-picker').selection.severalActive).toBe(
                true
            );

            $(element, 'c-plan-picker').dispatchEvent(
                new CustomEvent('planchange', {
                    detail: { planId: DRAFT_PLAN.id }
                })
            );
            await flushPromises();

            expect($(element, 'c-plan-header').plan.name).toBe(
                'Northwind Health 2027 Draft'
            );
            expect($(element, 'c-plan-picker').selection.picked).toBe(true);
            expect($(element, 'c-sponsor-pair-list').cadences.records).toEqual(
                []
            );
        });

        it('stacks sections in a narrow region and hides the ones App Builder switched off', async () => {
            const element = await renderWith(withPlans, {
                flexipageRegionWidth: 'SMALL',
                hideStrategicFit: true,
                hideSponsors: true
            });
            const sections = [
                ...element.shadowRoot.querySelectorAll('section')
            ];
            expect(sections.map((section) => section.dataset.id)).toEqual([
                'overview',
                'buy-sell'
            ]);
            expect(sections[0].className).not.toContain('slds-medium-size');
            expect($(element, 'c-sponsor-pair-list')).toBeNull();
        });
    });

    describe('without a plan', () => {
        it('explains and opens the new-plan form with the Account prefilled', async () => {
            const element = await renderWith(withoutPlans);
            expect($(element, '.no-plan h3').textContent.trim()).toBe(
                'This account has no strategic account plan yet'
            );
            expect($(element, 'c-plan-header')).toBeNull();
            $(element, 'lightning-button.create-plan').click();
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
        async function logTouchOnOverduePair() {
            const element = await renderWith(withPlans);
            const toasts: any[] = [];
            element.addEventListener('lightning__showtoast', (event: any) =>
                toasts.push(event.detail)
            );
            $(element, 'c-sponsor-pair-list').dispatchEvent(
                new CustomEvent('logtouch', {
                    detail: { cadenceId: OVERDUE_CADENCE_ID }
                })
            );
            await flushPromises();
            return { element, toasts };
        }

        it('sets Last Touch Date guarded by the last-modified date, creates a Task, refreshes and toasts', async () => {
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockResolvedValue({ id: '00THs000001' });
            const today = toIsoDate(new Date());
            const { element, toasts } = await logTouchOnOverduePair();

            expect(mockUpdateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: OVERDUE_CADENCE_ID,
                        Last_Touch_Date__c: today
                    }
                },
                { ifUnmodifiedSince: '2026-06-01T12:30:00.000Z' }
            );
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Task',
                fields: {
                    Subject: 'Executive sponsor touch',
                    WhatId: OVERDUE_CADENCE_ID,
                    WhoId: '003Hs00000DanaWAA1',
                    ActivityDate: today,
                    Status: 'Completed'
                }
            });
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(mockRefresh.mock.calls[0][0].data).toBe(withPlans);
            expect(toasts).toEqual([
                {
                    title: 'Touch logged',
                    message:
                        'Touch between Alex Chen and Dana Whitfield logged for today.',
                    variant: 'success'
                }
            ]);
            expect($(element, 'c-error-panel')).toBeNull();
        });

        it('marks the pair busy while the touch is saved', async () => {
            mockUpdateRecord.mockReturnValueOnce(new Promise(() => {}));
            const { element } = await logTouchOnOverduePair();

            expect($(element, 'c-sponsor-pair-list').busyCadenceId).toBe(
                OVERDUE_CADENCE_ID
            );
        });

        it('refuses a concurrent edit without creating the Task or refreshing, and tells the user to reload', async () => {
            mockUpdateRecord.mockRejectedValue(updateRecordConflict);
            const { element, toasts } = await logTouchOnOverduePair();

            expect(mockCreateRecord).not.toHaveBeenCalled();
            expect(mockRefresh).not.toHaveBeenCalled();
            expect(toasts).toEqual([]);
            const panel = $(element, 'c-error-panel.touch-error');
            expect(panel.errors).toEqual(updateRecordConflict);
            expect(panel.friendlyMessage).toBe(
                'Someone changed this sponsor pair after you opened the page. Reload the page and try again.'
            );
            await expect(element).toBeAccessible();
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
            const panel = $(element, 'c-error-panel.touch-error');
            expect(panel.errors).toEqual(taskError);
            expect(panel.friendlyMessage).toBe('The touch was not logged');
            expect(
                $(element, 'c-sponsor-pair-list').busyCadenceId
            ).toBeUndefined();
        });

        it('does not call the touch failed when only the refresh after it failed', async () => {
            const down = new Error('Network down');
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockResolvedValue({ id: '00THs000001' });
            mockRefresh.mockRejectedValueOnce(down);
            const { element, toasts } = await logTouchOnOverduePair();

            expect(toasts.map((toast) => toast.variant)).toEqual(['success']);
            expect($(element, 'c-error-panel.touch-error')).toBeNull();
            const panel = $(element, 'c-error-panel.refresh-error');
            expect(panel.errors).toEqual(down);
            expect(panel.friendlyMessage).toBe(
                'Your change was saved, but the page could not show the latest values. Reload the page.'
            );
            expect($(element, 'c-plan-header').plan).toEqual(ACTIVE_PLAN);
            await expect(element).toBeAccessible();
        });
    });
});
