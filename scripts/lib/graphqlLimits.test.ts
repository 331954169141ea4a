import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'graphql';
import { wireAdapterLimitErrors } from './graphqlLimits';
import { buildGraphqlSchema } from './graphqlSchema';
import { loadProject } from './project';

const schema = buildGraphqlSchema(loadProject());

function errorsOf(query: string, variables?: Record<string, unknown>) {
    return wireAdapterLimitErrors(schema, parse(query), variables).map(
        (error) => error.message
    );
}

/** `count` child relationships of a plan, each its own subquery. */
function planWithChildren(count: number): string {
    const children = Array.from(
        { length: count },
        (_, index) => `m${index}: Joint_Metrics__r { edges { node { Id } } }`
    ).join('\n');
    return `{ uiapi { query { Strategic_Account_Plan__c { edges { node { ${children} } } } } } }`;
}

describe('wireAdapterLimitErrors', () => {
    it('accepts a plan with its children, and parent relationships inside a child', () => {
        assert.deepEqual(
            errorsOf(`query plans($id: ID, $first: Int = 2000) { uiapi { query {
                Strategic_Account_Plan__c(where: { Account__c: { eq: $id } }, first: 2000) { edges { node {
                    Account__r { Id Name { value } }
                    Joint_Metrics__r(first: $first) { edges { node { Supplier_Owner__r { Name { value } } } } }
                    Buy_Sell_Levels__r { edges { node { Strategic_Account_Plan__r { Account__r { Name { value } } } } } }
                } } }
            } } }`),
            []
        );
    });

    it('refuses a child relationship inside a child relationship', () => {
        assert.deepEqual(
            errorsOf(`{ uiapi { query { Account { edges { node {
                Strategic_Account_Plans__r { edges { node {
                    Joint_Metrics__r { edges { node { Id } } }
                } } }
            } } } } } }`),
            [
                'Child relationship Joint_Metrics__r is nested inside child relationship Strategic_Account_Plans__r: the GraphQL wire adapter supports one level of child relationships'
            ]
        );
    });

    it('refuses a second level reached through a parent relationship or a fragment', () => {
        const errors = errorsOf(`
            query { uiapi { query { Strategic_Account_Plan__c { edges { node {
                Joint_Metrics__r { edges { node {
                    Strategic_Account_Plan__r { Buy_Sell_Levels__r { edges { node { Id } } } }
                    ...levels
                } } }
            } } } } } }
            fragment levels on Joint_Metric__c { Strategic_Account_Plan__r { ... on Strategic_Account_Plan__c { Executive_Sponsor_Cadences__r { edges { node { Id } } } } } }`);
        assert.equal(errors.length, 2, errors.join('\n'));
        assert.match(
            errors[0],
            /Buy_Sell_Levels__r is nested inside .*Joint_Metrics__r/
        );
        assert.match(
            errors[1],
            /Executive_Sponsor_Cadences__r is nested inside .*Joint_Metrics__r/
        );
    });

    it('counts objects and child relationships as subqueries, up to 10', () => {
        assert.deepEqual(errorsOf(planWithChildren(9)), []);
        assert.deepEqual(errorsOf(planWithChildren(10)), [
            'The query has 11 subqueries (objects and child relationships); a GraphQL query can contain up to 10'
        ]);
    });

    it('refuses first above 2,000: a literal, a default, or a value sent at run time', () => {
        const query = `query q($first: Int = 2001, $metrics: Int) { uiapi { query {
            Strategic_Account_Plan__c(first: $first) { edges { node {
                Joint_Metrics__r(first: $metrics) { edges { node { Id } } }
                Buy_Sell_Levels__r(first: 2001) { edges { node { Id } } }
            } } }
        } } }`;
        assert.deepEqual(errorsOf(query), [
            'Strategic_Account_Plan__c(first: 2001) asks for more than 2000 records, the most a subquery can return',
            'Buy_Sell_Levels__r(first: 2001) asks for more than 2000 records, the most a subquery can return'
        ]);
        assert.deepEqual(
            errorsOf(query, { first: 10, metrics: 5000 }).map(
                (message) => message.split(')')[0]
            ),
            ['Joint_Metrics__r(first: 5000', 'Buy_Sell_Levels__r(first: 2001']
        );
    });

    it('refuses variables in directives, not literals', () => {
        assert.deepEqual(
            errorsOf(`query q($owners: Boolean!) { uiapi { query { Joint_Metric__c { edges { node {
                Id @include(if: true)
                Supplier_Owner__r @include(if: $owners) { Name { value } }
                Customer_Owner__r @skip(if: $owners) { Name { value } }
            } } } } } }`),
            [
                '@include uses a variable: the GraphQL wire adapter does not support variables in directives',
                '@skip uses a variable: the GraphQL wire adapter does not support variables in directives'
            ]
        );
    });

    it('locates each error in the query text', () => {
        const [error] = wireAdapterLimitErrors(
            schema,
            parse(
                '{ uiapi { query { Joint_Metric__c(first: 9999) { edges { node { Id } } } } } }'
            )
        );
        assert.deepEqual(error.locations, [{ line: 1, column: 19 }]);
    });
});
