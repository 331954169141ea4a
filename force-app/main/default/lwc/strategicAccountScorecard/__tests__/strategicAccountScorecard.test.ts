import StrategicAccountScorecard from 'c/strategicAccountScorecard';
import { graphql, refreshGraphQL } from 'lightning/graphql';
import {
    getRecord,
    notifyRecordUpdateAvailable,
    updateRecord
} from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { toAccountPlans } from 'c/accountPlanQuery';
import { summarize, toMetricRow } from 'c/scorecardModel';
import { recordVersion } from '../../accountPlanQuery/__tests__/data/recordVersions';
import { find, findAll, flushPromises, mount, resetDom } from 'test-utils';

const withPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');
const withoutPlans = require('../../accountPlanQuery/__tests__/data/accountWithoutPlans.json');
const noPlanAccess = require('../../accountPlanQuery/__tests__/data/noPlanAccess.json');
const hiddenFields = require('../../accountPlanQuery/__tests__/data/accountWithHiddenFields.json');
const graphqlErrors = require('../../accountPlanQuery/__tests__/data/graphqlErrors.json');
const updateRecordConflict = require('../../accountPlanQuery/__tests__/data/updateRecordConflict.json');
const updateRecordFieldError = require('../../accountPlanQuery/__tests__/data/updateRecordFieldError.json');
const jointMetricInfo = require('../../accountPlanQuery/__tests__/data/jointMetricObjectInfo.json');

const mockUpdateRecord = updateRecord as jest.Mock;
const mockRefresh = refreshGraphQL as jest.Mock;
const mockGraphql = graphql as unknown as {
    emit: (data: unknown) => void;
    emitErrors: (errors: unknown) => void;
};
const mockGetRecord = getRecord as unknown as {
    emit: (data: unknown) => void;
    error: () => void;
    getLastConfig: () => Record<string, unknown>;
};
const mockNotify = notifyRecordUpdateAvailable as jest.Mock;
const mockGetObjectInfo = getObjectInfo as unknown as {
    emit: (data: unknown) => void;
    error: () => void;
};

/** The plans as the mapper makes them: what the container passes down. */
const [DRAFT_PLAN, ACTIVE_PLAN] = toAccountPlans(withPlans)!.records;
const REVENUE = ACTIVE_PLAN.jointMetrics.records[0];
/** When the revenue metric was last saved, as its editor reads it on opening. */
const VERSION = '2026-11-30T09:15:00.000Z';

/** The revenue metric as `getRecord` reads it when its editor opens. */
function revenueVersion(actual = REVENUE.actual, version = VERSION) {
    return recordVersion('Joint_Metric__c', REVENUE.id, version, {
        Actual__c: actual
    });
}

type Props = Partial<{
    defaultIndicator: string;
    sharedOnlyByDefault: boolean;
    hideOwners: boolean;
}>;

async function renderWith(data: unknown, props: Props = {}): Promise<any> {
    const element = mount(
        'c-strategic-account-scorecard',
        StrategicAccountScorecard,
        { recordId: '001Hs00000NwHlthAAA', ...props }
    );
    if (data !== undefined) {
        mockGraphql.emit(data);
    }
    await flushPromises();
    return element;
}

/** The page-state card: the container hands it the query's state and the plan picked. */
function stateCard(element: any): any {
    return find(element, 'c-page-state-card');
}

function rows(element: any): any[] {
    return findAll(element, 'c-joint-metric-row');
}

function rowNamed(element: any, name: string): any {
    const row = rows(element).find(
        (candidate) => candidate.metric.name === name
    );
    if (!row) {
        throw new Error(`No row named ${name}`);
    }
    return row;
}

function metricNames(element: any): string[] {
    return rows(element).map((row) => row.metric.name);
}

function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value));
}

function planNodes(response: any): any[] {
    return response.uiapi.query.Strategic_Account_Plan__c.edges.map(
        (edge: any) => edge.node
    );
}

/** The fixture with the Active plan's metrics replaced by `count` copies of its first. */
function withMetrics(count: number, totalCount: number): any {
    const response = clone(withPlans);
    const plan = planNodes(response)[1];
    const template = plan.Joint_Metrics__r.edges[0].node;
    plan.Joint_Metrics__r = {
        totalCount,
        pageInfo: { hasNextPage: totalCount > count },
        edges: Array.from({ length: count }, (_unused, index) => ({
            node: {
                ...template,
                Id: `a03Hs${String(index).padStart(10, '0')}AAA`,
                Name: { value: `Metric ${index + 1}` }
            }
        }))
    };
    return response;
}

function dispatch(element: any, name: string, detail: unknown): void {
    element.dispatchEvent(new CustomEvent(name, { detail }));
}

describe('c-strategic-account-scorecard', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    describe('graphql @wire data', () => {
        it('shows a spinner until the query answers', async () => {
            const element = await renderWith(undefined);

            expect(stateCard(element)).toMatchObject({
                cardTitle: 'Joint Metrics Scorecard',
                iconName: 'standard:goals',
                state: { loading: true },
                labels: {
                    loading: 'Loading the joint metrics',
                    loadError: 'The joint metrics could not be loaded',
                    noPlan: 'This account has no strategic account plan yet. Its joint metrics appear here once a plan is created.'
                }
            });
            expect(rows(element)).toHaveLength(0);
            await expect(element).toBeAccessible();
        });

        it('groups the Active plan’s metrics Internal, Joint, Customer', async () => {
            const element = await renderWith(withPlans);

            expect(stateCard(element).state.data).toBe(true);
            const groups = findAll(element, 'section.metric-group');
            expect(
                groups.map((group) => [
                    group.dataset.category,
                    group.querySelector('h3')!.textContent!.trim()
                ])
            ).toEqual([
                ['Internal', 'Internal: our results (1)'],
                ['Joint', 'Joint: shared goals (1)'],
                ['Customer', 'Customer: their results (2)']
            ]);
            expect(metricNames(element)).toEqual([
                'Annual recurring revenue',
                'Joint planning meetings attended',
                'Customer cost of quality',
                'Referrals given'
            ]);
            expect(find(element, '.more-metrics')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('passes each row its metric as the model made it, closed', async () => {
            const element = await renderWith(withPlans);

            const [row] = rows(element);
            expect(row.metric).toMatchObject(toMetricRow(REVENUE));
            expect(row.editing).toBe(false);
            expect(row.saving).toBe(false);
            expect(row.saveError).toBeUndefined();
            expect(row.conflict).toBe(false);
            expect(row.showOwners).toBe(true);
        });

        it('passes every row the precision and scale of Actual__c from the Object Info', async () => {
            const element = await renderWith(withPlans);
            expect(rows(element)[0].actualLimits).toBeUndefined();

            mockGetObjectInfo.emit(jointMetricInfo);
            await flushPromises();

            expect(rows(element).map((row) => row.actualLimits)).toEqual(
                Array(4).fill({ precision: 16, scale: 2 })
            );
        });

        it('leaves the check to the server when the Object Info cannot be read', async () => {
            const element = await renderWith(withPlans);
            mockGetObjectInfo.error();
            await flushPromises();

            expect(rows(element)[0].actualLimits).toBeUndefined();
            expect(find(element, 'c-error-panel')).toBeNull();
        });

        it('passes the summary, the filters and the plans down', async () => {
            const element = await renderWith(withPlans);

            expect(find(element, 'c-scorecard-summary').summary).toEqual(
                summarize(ACTIVE_PLAN)
            );
            const filters = find(element, 'c-metric-filters');
            expect([filters.indicator, filters.sharedOnly]).toEqual([
                'All',
                false
            ]);
            expect(stateCard(element).state.plans.records).toEqual([
                DRAFT_PLAN,
                ACTIVE_PLAN
            ]);
            expect(stateCard(element).selection.plan).toEqual(ACTIVE_PLAN);
            // Two plans: the picker names them, the card does not.
            expect(find(element, '.plan-name')).toBeNull();
        });

        it('names the plan when there is no picker', async () => {
            const response = clone(withPlans);
            response.uiapi.query.Strategic_Account_Plan__c.edges.shift();
            const element = await renderWith(response);

            expect(find(element, '.plan-name').textContent.trim()).toBe(
                'Plan: Northwind Health 2026 Strategic Plan'
            );
        });

        it('shows the plan picked in the plan picker', async () => {
            const element = await renderWith(withPlans);

            dispatch(stateCard(element), 'planchange', {
                planId: DRAFT_PLAN.id
            });
            await flushPromises();

            expect(stateCard(element).selection.picked).toBe(true);
            expect(rows(element)).toHaveLength(0);
            expect(find(element, '.no-metrics')).not.toBeNull();
        });

        it('says so when the account has no plan', async () => {
            const element = await renderWith(withoutPlans);

            expect(stateCard(element).state.empty).toBe(true);
            expect(find(element, 'c-scorecard-summary')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says so when the plan has no metrics', async () => {
            const element = await renderWith(withMetrics(0, 0));

            expect(find(element, '.no-metrics')).not.toBeNull();
            expect(find(element, 'c-metric-filters')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('explains a response without plans to read as missing access', async () => {
            const element = await renderWith(noPlanAccess);

            expect(stateCard(element).state.noAccess).toBe(true);
            expect(find(element, 'c-scorecard-summary')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('passes what field-level security leaves of the metrics, uncategorized', async () => {
            const element = await renderWith(hiddenFields);

            const groups = findAll(element, 'section.metric-group');
            expect(groups.map((group) => group.dataset.category)).toEqual([
                'Uncategorized'
            ]);
            const row = rowNamed(element, 'Annual recurring revenue');
            expect(row.metric).toMatchObject({
                baseline: undefined,
                actual: undefined,
                target: undefined,
                statusBadge: undefined,
                supplierOwnerName: undefined
            });
            expect(
                find(element, 'c-scorecard-summary').summary.health
            ).toBeUndefined();
            await expect(element).toBeAccessible();
        });

        it('shows a group of 200 metrics ten at first, all on Show all, and says how many more the plan has', async () => {
            const element = await renderWith(withMetrics(200, 230));

            expect(rows(element)).toHaveLength(10);
            expect(find(element, '.metric-group h3').textContent).toMatch(
                / \(200\)$/
            );
            expect(find(element, '.more-metrics').textContent.trim()).toBe(
                "Showing 200 of 230 metrics. Open the plan's Joint Metrics related list to see the rest."
            );
            const button = find(element, 'button.show-all');
            const list = find(element, '.metric-group ul');
            expect(button.textContent.trim()).toBe('Show all 200 metrics');
            expect(button.getAttribute('aria-label')).toBe(
                'Show all 200 metrics in Internal: our results'
            );
            expect(button.getAttribute('aria-expanded')).toBe('false');
            expect(button.getAttribute('aria-controls')).toBe(list.id);

            button.focus();
            button.click();
            await flushPromises();

            expect(rows(element)).toHaveLength(200);
            expect(find(element, 'button.show-all')).toBe(button);
            expect(button.getAttribute('aria-expanded')).toBe('true');
            expect(button.textContent.trim()).toBe('Show fewer');
            expect(element.shadowRoot.activeElement).toBe(button);

            button.click();
            await flushPromises();
            expect(rows(element)).toHaveLength(10);
            // The data state's accessibility is checked above with fewer rows:
            // axe over 200 rows takes half a minute in jsdom.
        }, 30000);

        it('hides owners when the page is set up to', async () => {
            const element = await renderWith(withPlans, { hideOwners: true });

            expect(rows(element).map((row) => row.showOwners)).toEqual([
                false,
                false,
                false,
                false
            ]);
        });
    });

    describe('graphql @wire error', () => {
        it('hands the errors to the error panel', async () => {
            const element = await renderWith(undefined);
            mockGraphql.emitErrors(graphqlErrors);
            await flushPromises();

            expect(stateCard(element).state).toMatchObject({
                error: true,
                errors: graphqlErrors
            });
            expect(rows(element)).toHaveLength(0);
            await expect(element).toBeAccessible();
        });
    });

    describe('filters', () => {
        it('keeps only leading indicators', async () => {
            const element = await renderWith(withPlans);

            dispatch(find(element, 'c-metric-filters'), 'filterchange', {
                indicator: 'Leading',
                sharedOnly: false
            });
            await flushPromises();

            expect(metricNames(element)).toEqual([
                'Joint planning meetings attended',
                'Referrals given'
            ]);
            expect(find(element, 'c-metric-filters').indicator).toBe('Leading');
            expect(
                find(element, 'c-scorecard-summary').summary.shownNotice
            ).toBe('Showing 2 of 4 metrics');
            await expect(element).toBeAccessible();
        });

        it('keeps only metrics shared with the customer', async () => {
            const element = await renderWith(withPlans);

            dispatch(find(element, 'c-metric-filters'), 'filterchange', {
                indicator: 'Lagging',
                sharedOnly: true
            });
            await flushPromises();

            expect(metricNames(element)).toEqual(['Customer cost of quality']);
        });

        it('starts from the App Builder defaults', async () => {
            const element = await renderWith(withPlans, {
                defaultIndicator: 'Lagging',
                sharedOnlyByDefault: true
            });

            expect(metricNames(element)).toEqual(['Customer cost of quality']);
            expect(find(element, 'c-metric-filters').sharedOnly).toBe(true);
        });

        it('ignores an unknown default and says when nothing matches', async () => {
            const element = await renderWith(withPlans, {
                defaultIndicator: 'Sideways'
            });
            expect(rows(element)).toHaveLength(4);

            dispatch(find(element, 'c-metric-filters'), 'filterchange', {
                indicator: 'Leading',
                sharedOnly: true
            });
            await flushPromises();
            dispatch(find(element, 'c-metric-filters'), 'filterchange', {
                indicator: 'Lagging',
                sharedOnly: false
            });
            const response = clone(withPlans);
            for (const edge of planNodes(response)[1].Joint_Metrics__r.edges) {
                edge.node.Indicator_Type__c = {
                    value: 'Leading',
                    displayValue: 'Leading'
                };
            }
            mockGraphql.emit(response);
            await flushPromises();

            expect(rows(element)).toHaveLength(0);
            expect(find(element, '.no-matches')).not.toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('inline update of Actual', () => {
        /** Opens the revenue editor, lets it read `read` (unless undefined), and saves `actual`. */
        async function saveRevenue(
            actual: number | null,
            read: unknown = revenueVersion()
        ): Promise<any> {
            const element = await renderWith(withPlans);
            dispatch(rowNamed(element, REVENUE.name!), 'actualedit', {
                metricId: REVENUE.id
            });
            await flushPromises();
            if (read !== undefined) {
                mockGetRecord.emit(read);
            }
            dispatch(rowNamed(element, REVENUE.name!), 'actualsave', {
                metricId: REVENUE.id,
                actual
            });
            await flushPromises();
            return element;
        }

        it('opens the editor of the row that asks', async () => {
            const element = await renderWith(withPlans);

            dispatch(rowNamed(element, REVENUE.name!), 'actualedit', {
                metricId: REVENUE.id
            });
            await flushPromises();

            expect(rows(element).map((row) => row.editing)).toEqual([
                true,
                false,
                false,
                false
            ]);
            await expect(element).toBeAccessible();
        });

        it('reads the version of the metric being edited, and of no other', async () => {
            const element = await renderWith(withPlans);
            expect(mockGetRecord.getLastConfig().recordId).toBeUndefined();

            dispatch(rowNamed(element, REVENUE.name!), 'actualedit', {
                metricId: REVENUE.id
            });
            await flushPromises();

            expect(mockGetRecord.getLastConfig()).toEqual({
                recordId: REVENUE.id,
                fields: [
                    {
                        objectApiName: 'Joint_Metric__c',
                        fieldApiName: 'Actual__c'
                    }
                ]
            });
        });

        it('sends Id, Actual__c and the version read on opening, refreshes the query and the version, toasts and closes the editor', async () => {
            const toast = jest.fn();
            document.body.addEventListener('lightning__showtoast', toast);
            const element = await saveRevenue(1700000.5);
            document.body.removeEventListener('lightning__showtoast', toast);

            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
            expect(mockUpdateRecord).toHaveBeenCalledWith(
                { fields: { Id: REVENUE.id, Actual__c: 1700000.5 } },
                { ifUnmodifiedSince: VERSION }
            );
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(mockNotify).toHaveBeenCalledWith([{ recordId: REVENUE.id }]);
            expect(mockRefresh.mock.calls[0][0].data).toBe(withPlans);
            expect(mockUpdateRecord.mock.invocationCallOrder[0]).toBeLessThan(
                mockRefresh.mock.invocationCallOrder[0]
            );
            expect(toast.mock.calls[0][0].detail).toEqual({
                title: 'Actual saved',
                message:
                    'Annual recurring revenue is updated. Progress and status are recalculated.',
                variant: 'success'
            });
            expect(rowNamed(element, REVENUE.name!).editing).toBe(false);
        });

        it('clears Actual when the row sends none', async () => {
            await saveRevenue(null);

            expect(mockUpdateRecord.mock.calls[0][0]).toEqual({
                fields: { Id: REVENUE.id, Actual__c: null }
            });
        });

        it('marks the row saving while the update is in flight', async () => {
            mockUpdateRecord.mockReturnValueOnce(new Promise(() => {}));
            const element = await saveRevenue(1);

            expect(rowNamed(element, REVENUE.name!).saving).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('after a concurrent-edit refusal keeps the editor, refreshes, and shows the conflict', async () => {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordConflict);
            const element = await saveRevenue(1);

            const row = rowNamed(element, REVENUE.name!);
            expect(row.editing).toBe(true);
            expect(row.saving).toBe(false);
            expect(row.conflict).toBe(true);
            expect(row.saveErrorTitle).toMatch(
                /^Someone else saved this metric .* use yours or keep theirs\.$/
            );
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            await expect(element).toBeAccessible();
        });

        it('refuses without sending when the metric changed after the page read it, and shows the conflict', async () => {
            // Someone saved 2 between the page load and the editor opening.
            const element = await saveRevenue(1, revenueVersion(2));

            expect(mockUpdateRecord).not.toHaveBeenCalled();
            const row = rowNamed(element, REVENUE.name!);
            expect(row.editing).toBe(true);
            expect(row.conflict).toBe(true);
            expect(row.saveErrorTitle).toMatch(
                /^Someone else saved this metric/
            );
            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(mockNotify).toHaveBeenCalledWith([{ recordId: REVENUE.id }]);
        });

        it('waits for the read of this metric: the row is saving until it arrives, then the save goes out', async () => {
            // The wire still holds the read of the metric edited before.
            const previous = recordVersion(
                'Joint_Metric__c',
                'a03Hs00000JM002AAA',
                VERSION,
                { Actual__c: REVENUE.actual }
            );
            const element = await saveRevenue(1, previous);

            expect(mockUpdateRecord).not.toHaveBeenCalled();
            expect(rowNamed(element, REVENUE.name!).saving).toBe(true);

            mockGetRecord.emit(revenueVersion());
            await flushPromises();

            expect(mockUpdateRecord).toHaveBeenCalledWith(
                { fields: { Id: REVENUE.id, Actual__c: 1 } },
                { ifUnmodifiedSince: VERSION }
            );
            expect(rowNamed(element, REVENUE.name!).editing).toBe(false);
        });

        it('Use mine saves the typed value against the version read again after the refusal', async () => {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordConflict);
            const element = await saveRevenue(1);
            // The refresh brings the other person's save, in the page and in the version.
            const theirs = clone(withPlans);
            const node = planNodes(theirs)[1].Joint_Metrics__r.edges[0].node;
            node.Actual__c = { value: 2 };
            mockGraphql.emit(theirs);
            mockGetRecord.emit(revenueVersion(2, '2026-12-02T08:00:00.000Z'));
            await flushPromises();
            expect(rowNamed(element, REVENUE.name!).metric.actual).toBe(2);

            dispatch(rowNamed(element, REVENUE.name!), 'actualsave', {
                metricId: REVENUE.id,
                actual: 1
            });
            await flushPromises();

            expect(mockUpdateRecord.mock.calls[1]).toEqual([
                { fields: { Id: REVENUE.id, Actual__c: 1 } },
                { ifUnmodifiedSince: '2026-12-02T08:00:00.000Z' }
            ]);
            const row = rowNamed(element, REVENUE.name!);
            expect(row.editing).toBe(false);
            expect(row.conflict).toBe(false);
        });

        it('says why any other save failed', async () => {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordFieldError);
            const element = await saveRevenue(1);

            const row = rowNamed(element, REVENUE.name!);
            expect(row.saveError).toEqual(updateRecordFieldError);
            expect(row.saveErrorTitle).toBe('The actual could not be saved');
            await expect(element).toBeAccessible();
        });

        it('does not call the save failed when only the refresh after it failed', async () => {
            const down = new Error('Network down');
            mockRefresh.mockRejectedValueOnce(down);
            const toast = jest.fn();
            document.body.addEventListener('lightning__showtoast', toast);
            const element = await saveRevenue(1);
            document.body.removeEventListener('lightning__showtoast', toast);

            const row = rowNamed(element, REVENUE.name!);
            expect(row.editing).toBe(false);
            expect(row.saveError).toBeUndefined();
            expect(toast.mock.calls[0][0].detail.variant).toBe('success');
            const panel = find(element, 'c-error-panel.refresh-error');
            expect(panel.errors).toEqual(down);
            expect(panel.friendlyMessage).toBe(
                'Your change was saved, but the page could not show the latest values. Reload the page.'
            );
            expect(rows(element)).toHaveLength(4);
            await expect(element).toBeAccessible();
        });

        it('dismissing the refresh error hides it and returns focus to the metric just saved', async () => {
            mockRefresh.mockRejectedValueOnce(new Error('Network down'));
            const element = await saveRevenue(1);
            const row = rowNamed(element, REVENUE.name!);
            row.focusAction = jest.fn();
            const panel = find(element, 'c-error-panel.refresh-error');
            expect(panel.dismissible).toBe(true);

            panel.dispatchEvent(new CustomEvent('dismiss'));
            await flushPromises();

            expect(find(element, 'c-error-panel.refresh-error')).toBeNull();
            expect(row.focusAction).toHaveBeenCalledTimes(1);
        });

        it('closes the editor and forgets the error and the conflict on cancel (also Keep theirs)', async () => {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordConflict);
            const element = await saveRevenue(1);

            dispatch(rowNamed(element, REVENUE.name!), 'actualcancel', {
                metricId: REVENUE.id
            });
            await flushPromises();

            const row = rowNamed(element, REVENUE.name!);
            expect(row.conflict).toBe(false);
            expect(row.editing).toBe(false);
            expect(row.saveError).toBeUndefined();
            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        });
    });
});
