import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraphqlSchema } from '../lib/graphqlSchema';
import { loadProject } from '../lib/project';
import { executeGraphql } from './graphqlExecutor';
import { PreviewStore, type SeedRecord } from './store';

const project = loadProject();
const schema = buildGraphqlSchema(project);
const TODAY = '2026-11-22';

function seed(): SeedRecord[] {
    const metrics = Array.from({ length: 12 }, (_, index) => ({
        attributes: { type: 'Joint_Metric__c' },
        Name: `Metric ${String(index + 1).padStart(2, '0')}`,
        Strategic_Account_Plan__c: '@Plan',
        Category__c: index % 2 ? 'Joint' : 'Internal',
        Indicator_Type__c: 'Leading',
        Direction__c: 'Higher is better',
        Baseline__c: 0,
        Target__c: 100,
        Actual__c: index * 8
    }));
    return [
        { attributes: { type: 'Account', referenceId: 'Acme' }, Name: 'Acme' },
        {
            attributes: { type: 'Account', referenceId: 'Other' },
            Name: 'Other'
        },
        {
            attributes: {
                type: 'Strategic_Account_Plan__c',
                referenceId: 'Plan'
            },
            Name: 'Acme plan',
            Account__c: '@Acme',
            Status__c: 'Active'
        },
        {
            attributes: {
                type: 'Strategic_Account_Plan__c',
                referenceId: 'Old'
            },
            Name: 'Old plan',
            Account__c: '@Acme',
            Status__c: 'Archived'
        },
        ...metrics
    ];
}

const store = new PreviewStore(project, seed(), { today: TODAY });
const acmeId = store
    .list('Account')
    .find((account) => account.Name === 'Acme')!.Id;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function run(
    query: string,
    variables: Record<string, unknown> = {}
): Promise<Json> {
    // As the browser receives it: JSON, not graphql-js's null-prototype objects.
    return JSON.parse(
        JSON.stringify(
            await executeGraphql(schema, project, store, { query, variables })
        )
    ) as Json;
}

const PLANS = `
    query plans($id: ID, $metrics: Int) {
        uiapi {
            query {
                Strategic_Account_Plan__c(where: { and: [{ Account__c: { eq: $id } }, { Status__c: { ne: "Archived" } }] }) {
                    totalCount
                    edges {
                        node {
                            Name { value }
                            Status__c { value displayValue }
                            Plan_Health__c { value displayValue }
                            Account__r { Id Name { value } }
                            Joint_Metrics__r(first: $metrics, orderBy: { Name: { order: DESC } }) {
                                totalCount
                                pageInfo { hasNextPage }
                                edges { node { Name { value } Progress__c { value displayValue } Status__c { value } } }
                            }
                        }
                    }
                }
            }
        }
    }`;

describe('executeGraphql', () => {
    it('answers in the UI API shape: edges/node, value wrappers, parent and child relationships', async () => {
        const { data, errors } = await run(PLANS, { id: acmeId, metrics: 5 });
        assert.equal(errors, undefined);
        const plans = data.uiapi.query.Strategic_Account_Plan__c;
        assert.equal(
            plans.totalCount,
            1,
            'the where clause leaves out the archived plan'
        );
        const plan = plans.edges[0].node;
        assert.deepEqual(plan.Status__c, {
            value: 'Active',
            displayValue: 'Active'
        });
        assert.deepEqual(plan.Account__r, {
            Id: acmeId,
            Name: { value: 'Acme' }
        });
        const metrics = plan.Joint_Metrics__r;
        assert.equal(metrics.totalCount, 12);
        assert.equal(metrics.pageInfo.hasNextPage, true);
        assert.deepEqual(
            metrics.edges.map((edge: Json) => edge.node.Name.value),
            ['Metric 12', 'Metric 11', 'Metric 10', 'Metric 09', 'Metric 08']
        );
        assert.deepEqual(metrics.edges[0].node.Progress__c, {
            value: 88,
            displayValue: '88%'
        });
    });

    it('returns 10 records when the query does not say first:, as the UI API does', async () => {
        const { data } = await run(PLANS, { id: acmeId });
        const metrics =
            data.uiapi.query.Strategic_Account_Plan__c.edges[0].node
                .Joint_Metrics__r;
        assert.equal(metrics.edges.length, 10);
    });

    it('refuses a query that does not validate against the schema, with no data', async () => {
        const result = await run(
            `query { uiapi { query { Joint_Metric__c { edges { node { Progres__c { value } } } } } } }`
        );
        assert.equal(result.data, undefined);
        assert.match(result.errors[0].message, /Progres__c/);
    });

    it('refuses a child relationship inside a child relationship, as the wire adapter does', async () => {
        const result = await run(
            `query nested($id: ID) { uiapi { query { Account(where: { Id: { eq: $id } }) { edges { node {
                Strategic_Account_Plans__r { edges { node { Joint_Metrics__r { edges { node { Id } } } } } }
            } } } } } }`,
            { id: acmeId }
        );
        assert.equal(result.data, undefined);
        assert.deepEqual(
            result.errors.map((error: Json) => error.message),
            [
                'Child relationship Joint_Metrics__r is nested inside child relationship Strategic_Account_Plans__r: the GraphQL wire adapter supports one level of child relationships'
            ]
        );
        assert.deepEqual(result.errors[0].locations, [{ line: 2, column: 61 }]);
    });

    it('refuses a first: variable above 2,000 when the request sends it', async () => {
        assert.equal(
            (await run(PLANS, { id: acmeId, metrics: 2000 })).errors,
            undefined
        );
        const result = await run(PLANS, { id: acmeId, metrics: 2001 });
        assert.equal(result.data, undefined);
        assert.match(
            result.errors[0].message,
            /^Joint_Metrics__r\(first: 2001\) asks for more than 2000 records/
        );
    });

    it('filters with and/or and orders by several keys', async () => {
        const { data } = await run(`query {
            uiapi { query { Joint_Metric__c(first: 20, where: { and: [{ Category__c: { eq: "Joint" } }, { Actual__c: { gte: 40 } }] },
                orderBy: { Category__c: { order: ASC }, Actual__c: { order: DESC } }) {
                edges { node { Name { value } Actual__c { value } } } } } }
        }`);
        assert.deepEqual(
            data.uiapi.query.Joint_Metric__c.edges.map(
                (edge: Json) => edge.node.Actual__c.value
            ),
            [88, 72, 56, 40]
        );
    });
});
