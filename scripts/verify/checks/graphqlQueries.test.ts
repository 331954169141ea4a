/**
 * The components' gql queries validate against the UI API schema and keep the
 * GraphQL wire adapter's limits: each broken copy of the real query module,
 * or probe component, must be reported.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const QUERY_MODULE = `${SOURCE}/lwc/accountPlanQuery/accountPlanQuery.ts`;
const PROBE = `${SOURCE}/lwc/verifyProbe/verifyProbe.ts`;
const ELEMENT = /^gql query \(line \d+\)$/;

function probeQuery(query: string): string {
    return `import { gql } from 'lightning/graphql';
export const PROBE_QUERY = gql\`${query}\`;
`;
}

describe('graphqlQueries check', () => {
    it('rejects a field typo in the real query, naming the object type', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.replace(
                QUERY_MODULE,
                'Vision__c @optional {',
                'Vison__c @optional {'
            )
        );
        assertProblem(
            problems,
            QUERY_MODULE,
            /^gql query \(line \d+\)$/,
            /Cannot query field "Vison__c" on type "Strategic_Account_Plan__c"/
        );
    });

    it('rejects an unknown child relationship, a bad filter operator and a variable of the wrong type', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.write(
                PROBE,
                `import { gql } from 'lightning/graphql';
const METRIC_FIELDS = 'Actual__c { value displayValue } Status__c { value }';
export const PROBE_QUERY = gql\`
    query probe($planId: String, $first: Int) {
        uiapi { query { Strategic_Account_Plan__c(where: { Id: { eq: $planId } }, first: $first) {
            edges { node {
                Joint_Metric__r(first: 10) { edges { node { Id } } }
                Joint_Metrics__r(first: 10, where: { Target__c: { greaterThan: 5 } }) { edges { node { \${METRIC_FIELDS} } } }
            } }
        } } }
    }
\`;
`
            )
        );
        assertProblem(
            problems,
            PROBE,
            'gql query (line 3)',
            /Cannot query field "Joint_Metric__r" on type "Strategic_Account_Plan__c"/
        );
        assertProblem(
            problems,
            PROBE,
            'gql query (line 3)',
            /Field "greaterThan" is not defined by type "DoubleOperators"/
        );
        assertProblem(
            problems,
            PROBE,
            'gql query (line 3)',
            /Variable "\$planId" of type "String" used in position expecting type "ID"/
        );
        // The constant interpolated into the query resolves and validates.
        assert.ok(
            !problems.some((problem) =>
                /Actual__c|Status__c|cannot verify/.test(problem.message)
            ),
            JSON.stringify(problems)
        );
    });
});

describe('graphqlQueries check: wire adapter limits', () => {
    it('accepts the real query: one level of child relationships, four subqueries', () => {
        assert.deepEqual(
            problemsAfter(['graphqlQueries'], () => {}),
            []
        );
    });

    it('rejects a child relationship read inside a child relationship, also through a parent', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.replace(
                QUERY_MODULE,
                'Shared_With_Customer__c @optional {',
                'Strategic_Account_Plan__r { Buy_Sell_Levels__r { edges { node { Id } } } }\nShared_With_Customer__c @optional {'
            )
        );
        assertProblem(
            problems,
            QUERY_MODULE,
            ELEMENT,
            /Child relationship Buy_Sell_Levels__r is nested inside child relationship Joint_Metrics__r: the GraphQL wire adapter supports one level of child relationships \(line \d+\)/
        );
    });

    it('rejects the query rooted at Account that nests plans and their children', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.write(
                PROBE,
                probeQuery(`
    query nested($recordId: ID) {
        uiapi { query { Account(where: { Id: { eq: $recordId } }) { edges { node {
            Strategic_Account_Plans__r { edges { node {
                Joint_Metrics__r { edges { node { Id } } }
            } } }
        } } } } }
    }`)
            )
        );
        assertProblem(
            problems,
            PROBE,
            'gql query (line 2)',
            /Joint_Metrics__r is nested inside child relationship Strategic_Account_Plans__r: the GraphQL wire adapter supports one level of child relationships \(line 6\)$/
        );
    });

    it('rejects more than 10 subqueries', () => {
        const children = Array.from(
            { length: 10 },
            (_, index) =>
                `metrics${index}: Joint_Metrics__r { edges { node { Id } } }`
        ).join('\n');
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.write(
                PROBE,
                probeQuery(
                    `{ uiapi { query { Strategic_Account_Plan__c { edges { node { ${children} } } } } } }`
                )
            )
        );
        assertProblem(
            problems,
            PROBE,
            'gql query (line 2)',
            /The query has 11 subqueries \(objects and child relationships\); a GraphQL query can contain up to 10/
        );
    });

    it('rejects first: 2001', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.replace(QUERY_MODULE, 'first: $planLimit', 'first: 2001')
        );
        assertProblem(
            problems,
            QUERY_MODULE,
            ELEMENT,
            /Strategic_Account_Plan__c\(first: 2001\) asks for more than 2000 records, the most a subquery can return/
        );
    });

    it('rejects a variable in a directive', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) => {
            copy.replace(
                QUERY_MODULE,
                '$metricLimit: Int',
                '$metricLimit: Int\n$showOwners: Boolean!'
            );
            copy.replace(
                QUERY_MODULE,
                'Supplier_Owner__r @optional {',
                'Supplier_Owner__r @optional @include(if: $showOwners) {'
            );
        });
        assertProblem(
            problems,
            QUERY_MODULE,
            ELEMENT,
            /@include uses a variable: the GraphQL wire adapter does not support variables in directives/
        );
    });
});

describe('graphqlQueries check: @optional', () => {
    // `@optional` marks a field selection and takes no arguments:
    // "`directive @optional on FIELD`", "`@optional` is a bare directive that
    // takes no arguments" (Salesforce's own guide to its GraphQL API,
    // https://github.com/forcedotcom/afv-library/blob/main/skills/using-ui-bundle-salesforce-data/SKILL.md).
    it('rejects @optional with an argument', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.replace(
                QUERY_MODULE,
                'Vision__c @optional {',
                'Vision__c @optional(first: 10) {'
            )
        );
        assertProblem(
            problems,
            QUERY_MODULE,
            ELEMENT,
            /Unknown argument "first" on directive "@optional"/
        );
    });

    it('rejects @optional anywhere but on a field', () => {
        const problems = problemsAfter(['graphqlQueries'], (copy) =>
            copy.write(
                PROBE,
                probeQuery(`
    query withFragment {
        uiapi { query { Joint_Metric__c { edges { node { ...metric @optional } } } } }
    }
    fragment metric on Joint_Metric__c { Id }`)
            )
        );
        assertProblem(
            problems,
            PROBE,
            'gql query (line 2)',
            /Directive "@optional" may not be used on FRAGMENT_SPREAD/
        );
    });
});
