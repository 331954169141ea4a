import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { buildGraphqlSchema } from '../lib/graphqlSchema';
import { loadProject, PROJECT_ROOT } from '../lib/project';
import { withProjectCopy } from '../lib/projectCopy';
import { readComponentSource } from '../verify/components';
import {
    canBeHidden as canBeHiddenField,
    FULL_ACCESS,
    hiddenAccess,
    type FieldAccess
} from './fieldAccess';
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
            Status__c: 'Active',
            Executive_Sponsor__c: '@Sponsor'
        },
        {
            attributes: { type: 'User', referenceId: 'Sponsor' },
            Name: 'Sam Okafor'
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
    variables: Record<string, unknown> = {},
    access: FieldAccess = FULL_ACCESS,
    model = { project, store, schema }
): Promise<Json> {
    // As the browser receives it: JSON, not graphql-js's null-prototype objects.
    return JSON.parse(
        JSON.stringify(
            await executeGraphql(
                model.schema,
                model.project,
                model.store,
                { query, variables },
                access
            )
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
    it('gives a picklist value its label as displayValue, and the API value as value', async () => {
        const relabelled = withProjectCopy((copy) => {
            copy.replace(
                'force-app/main/default/objects/Strategic_Account_Plan__c/fields/Status__c.field-meta.xml',
                '<label>Active</label>',
                '<label>In progress</label>'
            );
            return loadProject(copy.root);
        });
        const { data } = await run(
            PLANS,
            { id: acmeId, metrics: 1 },
            FULL_ACCESS,
            {
                project: relabelled,
                store: new PreviewStore(relabelled, seed(), { today: TODAY }),
                schema: buildGraphqlSchema(relabelled)
            }
        );
        assert.deepEqual(
            data.uiapi.query.Strategic_Account_Plan__c.edges[0].node.Status__c,
            { value: 'Active', displayValue: 'In progress' }
        );
    });

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

describe('executeGraphql for a user without access to some fields', () => {
    const PLAN = (selections: string, where = '') => `
        query plan($id: ID) { uiapi { query {
            Strategic_Account_Plan__c(where: { and: [{ Account__c: { eq: $id } }${where}] }) {
                edges { node { Id ${selections} } }
            }
        } } }`;
    const planOf = (result: Json): Json =>
        result.data.uiapi.query.Strategic_Account_Plan__c.edges[0].node;
    const withoutVision = hiddenAccess(project, [
        'Strategic_Account_Plan__c.Vision__c'
    ]);

    it('refuses the whole query when it selects the field without @optional, as the user schema lacks it', async () => {
        const result = await run(
            PLAN('Status__c { value } Vision__c { value }'),
            { id: acmeId },
            withoutVision
        );
        assert.equal(result.data, undefined);
        assert.deepEqual(result.errors, [
            {
                message:
                    "Validation error (FieldUndefined@[uiapi/query/Strategic_Account_Plan__c/edges/node/Vision__c]) : Field 'Vision__c' in type 'Strategic_Account_Plan__c' is undefined",
                locations: [{ line: 4, column: 55 }],
                extensions: { ErrorType: 'ValidationError' }
            }
        ]);
    });

    it('leaves an @optional field out of the response and answers the rest', async () => {
        const query = PLAN(
            'Status__c @optional { value } Vision__c @optional { value }'
        );
        const plan = planOf(await run(query, { id: acmeId }, withoutVision));
        assert.deepEqual(plan, { Id: plan.Id, Status__c: { value: 'Active' } });
        assert.ok(
            'Vision__c' in planOf(await run(query, { id: acmeId })),
            'a user who may read the field gets it'
        );
    });

    it('leaves out an @optional parent relationship whose lookup the user may not read', async () => {
        const plan = planOf(
            await run(
                PLAN(
                    'Account__r { Id } Strategic_Account_Manager__r @optional { Name @optional { value } }'
                ),
                { id: acmeId },
                hiddenAccess(project, [
                    'Strategic_Account_Plan__c.Strategic_Account_Manager__c'
                ])
            )
        );
        assert.deepEqual(Object.keys(plan), ['Id', 'Account__r']);
    });

    it('leaves out an @optional child relationship to an object the user may not read, and refuses it without', async () => {
        const noMetrics = hiddenAccess(project, ['Joint_Metric__c']);
        const children = (directive: string) =>
            PLAN(`Joint_Metrics__r(first: 5) ${directive} { totalCount }`);
        assert.deepEqual(
            Object.keys(
                planOf(
                    await run(children('@optional'), { id: acmeId }, noMetrics)
                )
            ),
            ['Id']
        );
        const refused = await run(children(''), { id: acmeId }, noMetrics);
        assert.equal(refused.data, undefined);
        assert.match(
            refused.errors[0].message,
            /^Validation error \(FieldUndefined@\[.*\/node\/Joint_Metrics__r\]\)/
        );
    });

    it('refuses a query of an object the user may not read, and of its detail objects', async () => {
        const noPlans = hiddenAccess(project, ['Strategic_Account_Plan__c']);
        for (const object of ['Strategic_Account_Plan__c', 'Joint_Metric__c']) {
            const result = await run(
                `query { uiapi { query { ${object} { totalCount } } } }`,
                {},
                noPlans
            );
            assert.equal(result.data, undefined, object);
            assert.equal(
                result.errors[0].message,
                `Validation error (FieldUndefined@[uiapi/query/${object}]) : Field '${object}' in type 'RecordQuery' is undefined`
            );
        }
    });

    it('refuses a where or orderBy on a field the user may not read, @optional or not', async () => {
        const noStatus = hiddenAccess(project, [
            'Strategic_Account_Plan__c.Status__c'
        ]);
        const filtered = await run(
            PLAN(
                'Status__c @optional { value }',
                ', { Status__c: { ne: "Archived" } }'
            ),
            { id: acmeId },
            noStatus
        );
        assert.equal(filtered.data, undefined);
        assert.deepEqual(
            filtered.errors.map((error: Json) => error.message),
            [
                "Validation error (WrongType@[uiapi/query/Strategic_Account_Plan__c]) : argument 'where' contains a field not in 'Strategic_Account_Plan__c_Filter': 'Status__c'"
            ]
        );
        const sorted = await run(
            `query { uiapi { query { Joint_Metric__c(orderBy: { Strategic_Account_Plan__r: { Status__c: { order: ASC } } }) { totalCount } } } }`,
            {},
            noStatus
        );
        assert.match(
            sorted.errors[0].message,
            /argument 'orderBy' contains a field not in 'Strategic_Account_Plan__c_OrderBy': 'Status__c'$/
        );
    });

    it('knows which fields field-level security can hide', () => {
        assert.throws(
            () =>
                hiddenAccess(project, ['Strategic_Account_Plan__c.Account__c']),
            /Account__c cannot be hidden: field-level security does not apply to Id, master-detail or universally required fields/
        );
        assert.throws(
            () => hiddenAccess(project, ['Joint_Metric__c.Id']),
            /cannot be hidden/
        );
        assert.throws(
            () => hiddenAccess(project, ['Joint_Metric__c.Targt__c']),
            /Unknown field Joint_Metric__c.Targt__c/
        );
        assert.throws(
            () => hiddenAccess(project, ['Plan__c']),
            /Unknown object/
        );
    });

    describe('the page query', () => {
        const [pageQuery] = readComponentSource(
            path.join(
                PROJECT_ROOT,
                'force-app/main/default/lwc/accountPlanQuery/accountPlanQuery.ts'
            )
        ).queries;
        /** The fields its where and orderBy name: @optional cannot spare them. */
        const NEEDED = [
            'Strategic_Account_Plan__c.Status__c',
            'Strategic_Account_Plan__c.Plan_Start_Date__c',
            'Buy_Sell_Level__c.Assessed_On__c',
            'Executive_Sponsor_Cadence__c.Next_Touch_Due__c',
            'Joint_Metric__c.Name',
            // Account_Review__c.Review_Date__c, the reviews' sort key, is
            // required: field-level security cannot hide it.
            'Plan_Risk__c.Status__c',
            'Plan_Risk__c.Raised_On__c'
        ];
        const hideable = (objects: string[]) =>
            objects.flatMap((object) =>
                project
                    .getObject(object)!
                    .fields.filter(canBeHiddenField)
                    .map((field) => `${object}.${field.apiName}`)
            );
        /** The records the page reads through parent relationships. */
        const PARENTS = ['Account', 'Contact', 'User'];
        const ALL_HIDEABLE = hideable([
            'Strategic_Account_Plan__c',
            'Buy_Sell_Level__c',
            'Executive_Sponsor_Cadence__c',
            'Joint_Metric__c',
            'Account_Review__c',
            'Plan_Risk__c',
            'Plan_Objective__c',
            'Plan_Action__c',
            ...PARENTS
        ]);
        const runPage = (access: FieldAccess) =>
            run(
                pageQuery.text!,
                {
                    recordId: acmeId,
                    planLimit: 10,
                    levelLimit: 100,
                    cadenceLimit: 50,
                    metricLimit: 200
                },
                access
            );

        it('is refused with one FieldUndefined error on the plan object for a user who may not read plans (the error containerUtils turns into the no-access state)', async () => {
            const result = await runPage(
                hiddenAccess(project, ['Strategic_Account_Plan__c'])
            );
            assert.equal(result.data, undefined);
            assert.deepEqual(
                result.errors.map((error: Json) => error.message),
                [
                    "Validation error (FieldUndefined@[uiapi/query/Strategic_Account_Plan__c]) : Field 'Strategic_Account_Plan__c' in type 'RecordQuery' is undefined"
                ]
            );
        });

        it('is answered for a user who may read only the fields its filters and sort keys name', async () => {
            const result = await runPage(
                hiddenAccess(
                    project,
                    ALL_HIDEABLE.filter((name) => !NEEDED.includes(name))
                )
            );
            assert.equal(
                result.errors,
                undefined,
                JSON.stringify(result.errors)
            );
            const plan = planOf(result);
            assert.deepEqual(Object.keys(plan).sort(), [
                'Account_Reviews__r',
                'Buy_Sell_Levels__r',
                'Executive_Sponsor_Cadences__r',
                'Id',
                'Joint_Metrics__r',
                'Plan_Actions__r',
                'Plan_Objectives__r',
                'Plan_Risks__r',
                'Plan_Start_Date__c',
                'Status__c'
            ]);
            assert.deepEqual(
                Object.keys(plan.Joint_Metrics__r.edges[0].node).sort(),
                ['Id', 'Name']
            );
        });

        it("is answered for a user who may read the lookups but none of the parent records' fields", async () => {
            const result = await runPage(
                hiddenAccess(project, hideable(PARENTS))
            );
            assert.equal(
                result.errors,
                undefined,
                JSON.stringify(result.errors)
            );
            assert.deepEqual(planOf(result).Executive_Sponsor__r, {});
        });

        it('is answered without the child lists of objects the user may not read', async () => {
            const result = await runPage(
                hiddenAccess(project, ['Joint_Metric__c', 'Buy_Sell_Level__c'])
            );
            assert.equal(result.errors, undefined);
            const plan = planOf(result);
            assert.deepEqual(
                [
                    'Buy_Sell_Levels__r',
                    'Executive_Sponsor_Cadences__r',
                    'Joint_Metrics__r'
                ].filter((children) => children in plan),
                ['Executive_Sponsor_Cadences__r']
            );
        });

        for (const needed of NEEDED)
            it(`is refused for a user who may not read ${needed}`, async () => {
                const result = await runPage(hiddenAccess(project, [needed]));
                assert.equal(result.data, undefined);
                assert.match(
                    result.errors[0].message,
                    /^Validation error \(WrongType@/
                );
            });
    });
});
