import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const PROBE = `${SOURCE}/lwc/verifyProbe/verifyProbe.ts`;

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
