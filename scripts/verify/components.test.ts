import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withProjectCopy } from '../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from './testing';
import { verifyProject } from './verify';

const QUERY_MODULE = `${SOURCE}/lwc/accountPlanQuery/accountPlanQuery.ts`;
const PROBE = `${SOURCE}/lwc/verifyProbe/verifyProbe.ts`;

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

describe('componentImports check', () => {
    it('rejects a schema import typo, a missing label, component and Apex class, and accepts relationship paths', () => {
        const problems = problemsAfter(['componentImports'], (copy) =>
            copy.write(
                PROBE,
                `import ACTUAL_FIELD from '@salesforce/schema/Joint_Metric__c.Actul__c';
import ACCOUNT_NAME_FIELD from '@salesforce/schema/Joint_Metric__c.Strategic_Account_Plan__r.Account__r.Name';
import PLAN_OBJECT from '@salesforce/schema/Strategic_Account_Plan__c';
import MISSING_LABEL from '@salesforce/label/c.SAP_No_Such_Label';
import { reduceErrors } from 'c/ldsUtils';
import { missing } from 'c/noSuchModule';
import getPlans from '@salesforce/apex/PlanController.getPlans';
export default [ACTUAL_FIELD, ACCOUNT_NAME_FIELD, PLAN_OBJECT, MISSING_LABEL, reduceErrors, missing, getPlans];
`
            )
        );
        assertProblem(
            problems,
            PROBE,
            "import '@salesforce/schema/Joint_Metric__c.Actul__c' (line 1)",
            /Joint_Metric__c has no field Actul__c/
        );
        assertProblem(
            problems,
            PROBE,
            "import '@salesforce/label/c.SAP_No_Such_Label' (line 4)",
            /there is no custom label SAP_No_Such_Label/
        );
        assertProblem(
            problems,
            PROBE,
            "import 'c/noSuchModule' (line 6)",
            /there is no component noSuchModule/
        );
        assertProblem(
            problems,
            PROBE,
            "import '@salesforce/apex/PlanController.getPlans' (line 7)",
            /there is no Apex class PlanController/
        );
        // Nothing else: the relationship path, the object import and c/ldsUtils resolve.
        assert.equal(
            problems.filter((problem) => problem.file === PROBE).length,
            4,
            JSON.stringify(problems)
        );
    });
});

describe('componentImports check on standard fields', () => {
    it('notes a standard field outside the catalogue, and still rejects a custom field nobody defines', () => {
        withProjectCopy((copy) => {
            copy.write(
                PROBE,
                `import RATING_FIELD from '@salesforce/schema/Account.Rating';
import DANDB_COMPANY_FIELD from '@salesforce/schema/Account.DandbCompanyId';
import OWNER_FORECAST_FIELD from '@salesforce/schema/Contact.Owner.ForecastEnabled';
import TYPO_FIELD from '@salesforce/schema/Account.Strategic_Tier__c';
export default [RATING_FIELD, DANDB_COMPANY_FIELD, OWNER_FORECAST_FIELD, TYPO_FIELD];
`
            );
            const { problems, unchecked } = verifyProject(copy.root, {
                only: ['componentImports']
            });
            assert.deepEqual(
                problems.map(({ element, message }) => [element, message]),
                [
                    [
                        "import '@salesforce/schema/Account.Strategic_Tier__c' (line 4)",
                        'Account has no field Strategic_Tier__c'
                    ]
                ]
            );
            assert.deepEqual(
                unchecked.map(({ element, kind }) => [element, kind]),
                [
                    [
                        "import '@salesforce/schema/Account.DandbCompanyId' (line 2)",
                        'unchecked'
                    ],
                    [
                        "import '@salesforce/schema/Contact.Owner.ForecastEnabled' (line 3)",
                        'unchecked'
                    ]
                ]
            );
        });
    });
});

describe('componentBundles check', () => {
    it('rejects a bundle without a main module or js-meta.xml, and a target object that does not exist', () => {
        const problems = problemsAfter(['componentBundles'], (copy) => {
            copy.write(
                `${SOURCE}/lwc/verifyProbe/probeHelper.ts`,
                'export const probe = 1;\n'
            );
            copy.write(
                `${SOURCE}/lwc/otherProbe/otherProbe.js-meta.xml`,
                `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <isExposed>true</isExposed>
    <targets><target>lightning__RecordPage</target></targets>
    <targetConfigs><targetConfig targets="lightning__RecordPage"><objects><object>Acount</object></objects></targetConfig></targetConfigs>
</LightningComponentBundle>`
            );
            copy.write(
                `${SOURCE}/lwc/otherProbe/otherProbe.ts`,
                'export default class OtherProbe {}\n'
            );
        });
        assertProblem(
            problems,
            `${SOURCE}/lwc/verifyProbe`,
            'verifyProbe.ts',
            /no main module/
        );
        assertProblem(
            problems,
            `${SOURCE}/lwc/verifyProbe`,
            'verifyProbe.js-meta.xml',
            /no js-meta.xml/
        );
        assertProblem(
            problems,
            `${SOURCE}/lwc/otherProbe/otherProbe.js-meta.xml`,
            'targetConfigs.objects[Acount]',
            /there is no object Acount/
        );
    });
});
