import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execute, parse, validate } from 'graphql';
import { buildGraphqlSchema, valueTypeOf } from './graphqlSchema';
import { loadProject } from './project';

const project = loadProject();
const schema = buildGraphqlSchema(project);
const errorsOf = (query: string) =>
    validate(schema, parse(query)).map((error) => error.message);
const field = (object: string, name: string) => project.getField(object, name)!;

describe('buildGraphqlSchema', () => {
    it('wraps each value in the UI API type of its field type, formulas by return type, roll-ups by what they sum', () => {
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Plan_Health__c')
            ),
            'PercentValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Metric_Count__c')
            ),
            'DoubleValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Customer_Level_Sum__c')
            ),
            'DoubleValue'
        );
        assert.equal(
            valueTypeOf(project, field('Joint_Metric__c', 'Status__c')),
            'StringValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Status__c')
            ),
            'PicklistValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Vision__c')
            ),
            'LongTextAreaValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Account__c')
            ),
            'IDValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Review_Overdue__c')
            ),
            'BooleanValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Next_Review_Date__c')
            ),
            'DateValue'
        );
    });

    it('accepts a query in the shape the components use', () => {
        const errors =
            errorsOf(`query plans($recordId: ID, $first: Int, $status: Picklist) {
            uiapi { query { Strategic_Account_Plan__c(
                where: { and: [{ Account__c: { eq: $recordId } }, { Status__c: { eq: $status } }], Last_Review_Date__c: { lt: { literal: TODAY } } }
                first: $first
                orderBy: { Plan_Start_Date__c: { order: DESC, nulls: LAST }, Account__r: { Name: { order: ASC } } }
            ) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node {
                    Id ApiName WeakEtag
                    Name { value } Status__c { value displayValue label } Plan_Health__c { value displayValue format }
                    Account__r { Id Name { value } }
                    Executive_Sponsor__r { Name { value } }
                    Joint_Metrics__r(first: 200, where: { Shared_With_Customer__c: { eq: true } }, orderBy: { Name: { order: ASC } }) {
                        totalCount edges { node { Id Actual__c { value displayValue } Strategic_Account_Plan__r { Id } } }
                    }
                } }
            } } }
        }`);
        assert.deepEqual(errors, []);
    });

    it('refuses what the UI API refuses: filtering a long text area, a wrong variable type, a missing relationship', () => {
        const errors =
            errorsOf(`query bad($id: String) { uiapi { query { Strategic_Account_Plan__c(where: { Vision__c: { eq: "x" }, Id: { eq: $id } }) {
            edges { node { Metrics__r { totalCount } } }
        } } } }`);
        assert.ok(
            errors.some((message) =>
                /Field "Vision__c" is not defined by type "Strategic_Account_Plan__c_Filter"/.test(
                    message
                )
            ),
            errors.join('\n')
        );
        assert.ok(
            errors.some((message) =>
                /Variable "\$id" of type "String" used in position expecting type "ID"/.test(
                    message
                )
            ),
            errors.join('\n')
        );
        assert.ok(
            errors.some((message) =>
                /Cannot query field "Metrics__r"/.test(message)
            ),
            errors.join('\n')
        );
    });

    it('resolves a query from data shaped like the response with the default resolvers', () => {
        const document = parse(
            '{ uiapi { query { Joint_Metric__c(first: 1) { totalCount edges { node { Id Progress__c { value displayValue } } } } } } }'
        );
        const node = {
            Id: 'a03000000000001AAA',
            Progress__c: { value: 50, displayValue: '50%' }
        };
        const result = execute({
            schema,
            document,
            rootValue: {
                uiapi: {
                    query: {
                        Joint_Metric__c: { totalCount: 1, edges: [{ node }] }
                    }
                }
            }
        });
        assert.deepEqual(JSON.parse(JSON.stringify(result)), {
            data: {
                uiapi: {
                    query: {
                        Joint_Metric__c: { totalCount: 1, edges: [{ node }] }
                    }
                }
            }
        });
    });
});
