import {
    ACCOUNT_PLANS_QUERY,
    METRIC_PAGE_SIZE,
    accountPlanVariables,
    toAccountPlans
} from 'c/accountPlanQuery';

const withPlans = require('./data/accountWithPlans.json');
const withoutPlans = require('./data/accountWithoutPlans.json');
const noPlanAccess = require('./data/noPlanAccess.json');
const hiddenFields = require('./data/accountWithHiddenFields.json');

describe('c-account-plan-query', () => {
    describe('query text', () => {
        it('sets every page size through a variable, never the UI API default', () => {
            const text = String(ACCOUNT_PLANS_QUERY);
            for (const connection of [
                'Strategic_Account_Plan__c',
                'Buy_Sell_Levels__r',
                'Executive_Sponsor_Cadences__r',
                'Joint_Metrics__r'
            ]) {
                expect(text).toMatch(
                    new RegExp(`${connection}\\(\\s*first: \\$\\w+Limit`)
                );
            }
        });

        it('reads what concurrency checks and "more" notices need', () => {
            const text = String(ACCOUNT_PLANS_QUERY);
            expect(text.match(/LastModifiedDate/g)).toHaveLength(3);
            expect(text.match(/hasNextPage/g)).toHaveLength(4);
            expect(text.match(/totalCount/g)).toHaveLength(4);
        });
    });

    describe('accountPlanVariables', () => {
        it('gives equal variables for the same record, so both wires share one request', () => {
            expect(accountPlanVariables('001A')).toEqual(
                accountPlanVariables('001A')
            );
            expect(accountPlanVariables('001A')).toMatchObject({
                recordId: '001A',
                metricLimit: METRIC_PAGE_SIZE
            });
            expect(METRIC_PAGE_SIZE).toBe(200);
        });
    });

    describe('toAccountPlans', () => {
        it('maps plans, children and page information', () => {
            const view = toAccountPlans(withPlans)!;
            expect(view.accountName).toBe('Northwind Health');
            expect(toAccountPlans(withoutPlans)!.accountName).toBeUndefined();
            expect(view.plans.records.map((plan) => plan.name)).toEqual([
                'Northwind Health 2027 Draft',
                'Northwind Health 2026 Strategic Plan'
            ]);
            const active = view.plans.records[1];
            expect(active).toMatchObject({
                status: 'Active',
                statusLabel: 'Active',
                startDate: '2026-01-01',
                startDateLabel: '1/1/2026',
                importanceToUs: 4.5,
                classification: 'Strategic',
                planHealth: 33.333,
                planHealthLabel: '33.333%',
                executiveSponsorName: 'Alex Chen',
                lastModifiedDate: '2026-11-18T14:05:00.000Z',
                contractualDependency: true,
                operationalDependency: false
            });
            expect(active.buySellLevels.records).toHaveLength(7);
            expect(active.buySellLevels.records[0]).toMatchObject({
                level: 3,
                perspective: 'Customer',
                horizon: 'Current',
                customerRespondentId: '003Hs00000DanaWAA1',
                customerRespondentName: 'Dana Whitfield'
            });
            expect(active.sponsorCadences.records[2]).toMatchObject({
                status: 'Overdue',
                daysOverdue: 82,
                customerExecutiveId: '003Hs00000DanaWAA1',
                customerExecutiveTitle: 'Chief Financial Officer'
            });
            expect(active.jointMetrics.records[0]).toMatchObject({
                name: 'Annual recurring revenue',
                unit: 'Currency',
                progress: 55,
                status: 'At Risk',
                supplierOwnerName: 'Alex Chen',
                customerOwnerName: undefined
            });
            expect(active.jointMetrics).toMatchObject({
                totalCount: 4,
                hasMore: false
            });
        });

        it('leaves fields the UI API omitted (field-level security) undefined', () => {
            const plan = toAccountPlans(hiddenFields)!.plans.records[0];
            expect(plan.vision).toBeUndefined();
            expect(plan.startDateLabel).toBeUndefined();
            expect(plan.classification).toBeUndefined();
            expect(plan.executiveSponsorName).toBeUndefined();
            expect(plan.sponsorCadences.records[0].status).toBeUndefined();
            expect(plan.sponsorCadences.records[0].customerExecutiveName).toBe(
                undefined
            );
            expect(plan.name).toBe('Northwind Health 2026 Strategic Plan');
        });

        it('reports a cut list with its total', () => {
            const data = JSON.parse(JSON.stringify(withPlans));
            const metrics =
                data.uiapi.query.Strategic_Account_Plan__c.edges[1].node
                    .Joint_Metrics__r;
            metrics.totalCount = 245;
            metrics.pageInfo.hasNextPage = true;
            const plan = toAccountPlans(data)!.plans.records[1];
            expect(plan.jointMetrics).toMatchObject({
                totalCount: 245,
                hasMore: true
            });
        });

        it('maps an account without plans to an empty page', () => {
            expect(toAccountPlans(withoutPlans)!.plans).toEqual({
                records: [],
                totalCount: 0,
                hasMore: false
            });
        });

        it('returns undefined when no plan connection came back (no access)', () => {
            expect(toAccountPlans(noPlanAccess)).toBeUndefined();
            expect(toAccountPlans(undefined)).toBeUndefined();
        });
    });
});
