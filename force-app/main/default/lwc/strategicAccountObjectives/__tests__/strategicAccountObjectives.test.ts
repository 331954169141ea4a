import StrategicAccountObjectives from 'c/strategicAccountObjectives';
import { graphql, refreshGraphQL } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { mockNavigate } from 'lightning/navigation';
import { ACCOUNT_PLANS_QUERY, accountPlanVariables } from 'c/accountPlanQuery';
import { groupObjectives } from 'c/objectiveModel';
import { ACTIVE_PLAN } from '../../accountPlanQuery/__tests__/data/planViews';
import { find, findAll, flushPromises, mount, resetDom } from 'test-utils';

const withPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');
const withoutPlans = require('../../accountPlanQuery/__tests__/data/accountWithoutPlans.json');
const noPlanAccess = require('../../accountPlanQuery/__tests__/data/noPlanAccess.json');
const graphqlErrors = require('../../accountPlanQuery/__tests__/data/graphqlErrors.json');
const updateRecordConflict = require('../../accountPlanQuery/__tests__/data/updateRecordConflict.json');
const updateRecordFieldError = require('../../accountPlanQuery/__tests__/data/updateRecordFieldError.json');

const mockUpdateRecord = updateRecord as jest.Mock;
const mockCreateRecord = createRecord as jest.Mock;
const mockRefresh = refreshGraphQL as jest.Mock;
const mockGraphql = graphql as unknown as {
    emit: (data: unknown) => void;
    emitErrors: (errors: unknown) => void;
    getLastConfig: () => { query: unknown; variables: unknown };
};

const [PLANNING, QUALITY] = ACTIVE_PLAN.objectives.records;
const OVERDUE_ACTION = ACTIVE_PLAN.actions.records[0];
const RECORD_ID = '001Hs00000NwHlthAAA';

async function renderWith(
    data: unknown,
    props: Record<string, unknown> = {}
): Promise<any> {
    const element = mount(
        'c-strategic-account-objectives',
        StrategicAccountObjectives,
        { recordId: RECORD_ID, ...props }
    );
    if (data !== undefined) mockGraphql.emit(data);
    await flushPromises();
    return element;
}

const rowOf = (element: any, actionId: string) =>
    findAll(element, 'c-plan-action-row').find(
        (row) => row.action.id === actionId
    );
/** The page-state card: the container hands it the query's state and the plan picked. */
const stateCard = (element: any) => find(element, 'c-page-state-card');
const cardOf = (element: any, objectiveId: string) =>
    find(element, `c-objective-card[data-objective="${objectiveId}"]`);

function dispatch(target: any, name: string, detail?: unknown): void {
    target.dispatchEvent(new CustomEvent(name, { detail }));
}

describe('c-strategic-account-objectives', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    describe('graphql @wire data', () => {
        it('reads the page query with the shared variables: one request for the page', async () => {
            await renderWith(withPlans);

            expect(mockGraphql.getLastConfig()).toEqual({
                query: ACCOUNT_PLANS_QUERY,
                variables: accountPlanVariables(RECORD_ID)
            });
        });

        it('shows a spinner until the query answers', async () => {
            const element = await renderWith(undefined);

            expect(stateCard(element)).toMatchObject({
                cardTitle: 'Objectives and Actions',
                iconName: 'standard:macros',
                state: { loading: true },
                labels: {
                    loading: 'Loading the objectives',
                    loadError: 'The objectives could not be loaded',
                    noPlan: 'This account has no strategic account plan yet. Its objectives and actions appear here once a plan is created.'
                }
            });
            expect(findAll(element, 'c-objective-card')).toHaveLength(0);
            await expect(element).toBeAccessible();
        });

        it('passes each objective card its group, and each row its action, as the model made them', async () => {
            const element = await renderWith(withPlans);
            const expected = groupObjectives(ACTIVE_PLAN, 'All');

            const cards = findAll(element, 'c-objective-card');
            expect(cards.map((card) => card.group.key)).toEqual(
                expected.map((group) => group.key)
            );
            expect(cards[1].group).toMatchObject({
                ...expected[1],
                actions: expected[1].actions.map((action) => ({
                    ...action,
                    editing: false,
                    saving: false
                })),
                adding: false,
                canAdd: true
            });
            expect(findAll(element, 'c-plan-action-row')).toHaveLength(5);
            expect(stateCard(element).state.plans.records).toHaveLength(2);
            await expect(element).toBeAccessible();
        });

        it('filters what the customer owes and what we owe', async () => {
            const element = await renderWith(withPlans);
            expect(find(element, '.owner-filter').value).toBe('All');

            dispatch(find(element, '.owner-filter'), 'change', {
                value: 'Customers'
            });
            await flushPromises();
            expect(find(element, '.owner-filter').value).toBe('Customers');
            expect(findAll(element, 'c-plan-action-row')).toHaveLength(2);

            dispatch(find(element, '.owner-filter'), 'change', {
                value: 'Ours'
            });
            await flushPromises();
            expect(findAll(element, 'c-plan-action-row')).toHaveLength(4);
        });

        it('says so when the filter leaves nothing', async () => {
            const response = JSON.parse(JSON.stringify(withPlans));
            const plan =
                response.uiapi.query.Strategic_Account_Plan__c.edges[1].node;
            plan.Plan_Actions__r.edges = plan.Plan_Actions__r.edges.filter(
                (edge: any) => edge.node.Owner_Side__c.value === 'Ours'
            );
            const element = await renderWith(response);
            dispatch(find(element, '.owner-filter'), 'change', {
                value: 'Customers'
            });
            await flushPromises();

            expect(find(element, '.no-matches')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('prompts for the first objective and opens a new one on the plan', async () => {
            const element = await renderWith(withPlans);
            dispatch(stateCard(element), 'planchange', {
                planId: 'a00Hs00000SAP02AAA'
            });
            await flushPromises();

            expect(find(element, '.no-objectives')).not.toBeNull();
            expect(findAll(element, 'c-objective-card')).toHaveLength(0);
            find(element, '.new-objective').click();
            const { pageReference } = (mockNavigate as jest.Mock).mock
                .calls[0][0];
            expect(pageReference.attributes).toEqual({
                objectApiName: 'Plan_Objective__c',
                actionName: 'new'
            });
            expect(pageReference.state.defaultFieldValues).toContain(
                'a00Hs00000SAP02AAA'
            );
            await expect(element).toBeAccessible();
        });

        it('says so when the account has no plan', async () => {
            const element = await renderWith(withoutPlans);

            expect(stateCard(element).state.empty).toBe(true);
            expect(find(element, '.no-objectives')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('explains missing access to plans', async () => {
            const element = await renderWith(noPlanAccess);

            expect(stateCard(element).state.noAccess).toBe(true);
        });

        it('hands the errors to the error panel', async () => {
            const element = await renderWith(undefined);
            mockGraphql.emitErrors(graphqlErrors);
            await flushPromises();

            expect(stateCard(element).state).toMatchObject({
                error: true,
                errors: graphqlErrors
            });
            await expect(element).toBeAccessible();
        });
    });

    describe('saving actions', () => {
        it('completes an action today, guarded by its LastModifiedDate, then reads the query again and toasts', async () => {
            const toast = jest.fn();
            document.body.addEventListener('lightning__showtoast', toast);
            const element = await renderWith(withPlans);

            dispatch(rowOf(element, OVERDUE_ACTION.id), 'actioncomplete', {
                actionId: OVERDUE_ACTION.id
            });
            await flushPromises();
            document.body.removeEventListener('lightning__showtoast', toast);

            const [record, options] = mockUpdateRecord.mock.calls[0];
            expect(record.fields).toEqual({
                Id: OVERDUE_ACTION.id,
                Status__c: 'Done',
                Completed_On__c: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
            });
            expect(options).toEqual({
                ifUnmodifiedSince: OVERDUE_ACTION.lastModifiedDate
            });
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(toast.mock.calls[0][0].detail.message).toContain(
                'Share six months of quality data'
            );
        });

        it('re-dates an action: opens its editor, saves the date guarded, closes the editor', async () => {
            const element = await renderWith(withPlans);
            dispatch(rowOf(element, OVERDUE_ACTION.id), 'redateedit', {
                actionId: OVERDUE_ACTION.id
            });
            await flushPromises();
            expect(rowOf(element, OVERDUE_ACTION.id).editing).toBe(true);

            dispatch(rowOf(element, OVERDUE_ACTION.id), 'redatesave', {
                actionId: OVERDUE_ACTION.id,
                dueDate: '2026-12-01'
            });
            await flushPromises();

            expect(mockUpdateRecord).toHaveBeenCalledWith(
                {
                    fields: { Id: OVERDUE_ACTION.id, Due_Date__c: '2026-12-01' }
                },
                { ifUnmodifiedSince: OVERDUE_ACTION.lastModifiedDate }
            );
            expect(rowOf(element, OVERDUE_ACTION.id).editing).toBe(false);
        });

        /** Opens the overdue action's date editor and saves it into someone else's change. */
        async function redateRefusedAsConcurrentEdit() {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordConflict);
            const element = await renderWith(withPlans);
            dispatch(rowOf(element, OVERDUE_ACTION.id), 'redateedit', {
                actionId: OVERDUE_ACTION.id
            });
            dispatch(rowOf(element, OVERDUE_ACTION.id), 'redatesave', {
                actionId: OVERDUE_ACTION.id,
                dueDate: '2026-12-01'
            });
            await flushPromises();
            return element;
        }

        it('closes the editor on cancel, and a later save error does not linger', async () => {
            const element = await redateRefusedAsConcurrentEdit();
            expect(rowOf(element, OVERDUE_ACTION.id).saveError).toBeDefined();

            dispatch(rowOf(element, OVERDUE_ACTION.id), 'redatecancel', {
                actionId: OVERDUE_ACTION.id
            });
            await flushPromises();

            const row = rowOf(element, OVERDUE_ACTION.id);
            expect(row.editing).toBe(false);
            expect(row.saveError).toBeUndefined();
        });

        it('shows a concurrent edit on the row, keeps the editor open and still refreshes nothing', async () => {
            const element = await redateRefusedAsConcurrentEdit();

            const row = rowOf(element, OVERDUE_ACTION.id);
            expect(row.editing).toBe(true);
            expect(row.saveError).toEqual(updateRecordConflict);
            expect(row.saveErrorTitle).toMatch(/^Someone changed this action/);
            expect(mockRefresh).not.toHaveBeenCalled();
            expect(
                rowOf(element, ACTIVE_PLAN.actions.records[1].id).saveError
            ).toBeUndefined();
        });

        /** Opens the add-action form under the objective. */
        async function openAddForm(element: any, objectiveId: string) {
            cardOf(element, objectiveId).querySelector('.add-action').click();
            await flushPromises();
        }

        /** Submits the open add-action form: `name`, owed by `ownerSide`, due 2027-01-15. */
        async function submitAction(
            element: any,
            name: string,
            ownerSide: string
        ) {
            dispatch(find(element, 'c-plan-action-form'), 'actionadd', {
                name,
                ownerSide,
                dueDate: '2027-01-15'
            });
            await flushPromises();
        }

        it('adds an action to an objective with the owners of the sides that owe it', async () => {
            const element = await renderWith(withPlans);
            await openAddForm(element, QUALITY.id);
            expect(cardOf(element, QUALITY.id).group.adding).toBe(true);

            await submitAction(element, 'Send the roadmap', 'Joint');

            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Plan_Action__c',
                fields: {
                    Strategic_Account_Plan__c: ACTIVE_PLAN.id,
                    Objective__c: QUALITY.id,
                    Name: 'Send the roadmap',
                    Owner_Side__c: 'Joint',
                    Due_Date__c: '2027-01-15',
                    Supplier_Owner__c: QUALITY.supplierOwnerId,
                    Customer_Owner__c: QUALITY.customerOwnerId
                }
            });
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(find(element, 'c-plan-action-form')).toBeNull();
        });

        it('leaves our owner out of an action the customer owes', async () => {
            const element = await renderWith(withPlans);
            await openAddForm(element, QUALITY.id);

            await submitAction(element, 'Send the plant data', "Customer's");

            expect(mockCreateRecord.mock.calls[0][0].fields).toMatchObject({
                Owner_Side__c: "Customer's",
                Supplier_Owner__c: undefined,
                Customer_Owner__c: QUALITY.customerOwnerId
            });
        });

        it('leaves the customer owner out of an action we owe, and shows a refused add under the form', async () => {
            mockCreateRecord.mockRejectedValueOnce(updateRecordFieldError);
            const element = await renderWith(withPlans);
            await openAddForm(element, PLANNING.id);

            await submitAction(element, 'Invite us', 'Ours');

            expect(mockCreateRecord.mock.calls[0][0].fields).toMatchObject({
                Supplier_Owner__c: PLANNING.supplierOwnerId,
                Customer_Owner__c: undefined
            });
            expect(find(element, 'c-plan-action-form')).not.toBeNull();
            expect(find(element, '.add-error').errors).toEqual(
                updateRecordFieldError
            );
            expect(find(element, '.add-error').friendlyMessage).toBe(
                'The action could not be saved'
            );

            dispatch(find(element, 'c-plan-action-form'), 'actioncancel');
            await flushPromises();
            expect(find(element, 'c-plan-action-form')).toBeNull();
        });
    });
});
