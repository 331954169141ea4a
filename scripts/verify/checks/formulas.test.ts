import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;
const METRIC_STATUS = `${OBJECTS}/Joint_Metric__c/fields/Status__c.field-meta.xml`;
const LEVEL_NAME = `${OBJECTS}/Buy_Sell_Level__c/fields/Level_Name__c.field-meta.xml`;
const TARGET_RULE = `${OBJECTS}/Joint_Metric__c/validationRules/Target_Differs_From_Baseline.validationRule-meta.xml`;

describe('formulas check', () => {
    it('rejects a formula field naming a missing field', () => {
        const problems = problemsAfter(['formulas'], (copy) =>
            copy.replace(
                METRIC_STATUS,
                'ISBLANK(Progress__c)',
                'ISBLANK(Progres__c)'
            )
        );
        assertProblem(
            problems,
            METRIC_STATUS,
            '<formula>',
            /Progres__c: Joint_Metric__c has no field Progres__c/
        );
    });

    it('still finds references in a formula that formulon cannot parse (a comment, a unary minus)', () => {
        const problems = problemsAfter(['formulas'], (copy) =>
            copy.replace(
                METRIC_STATUS,
                'ISBLANK(Progress__c)',
                '/* blank until measured */ ISBLANK(-Progres__c)'
            )
        );
        assertProblem(
            problems,
            METRIC_STATUS,
            '<formula>',
            /Progres__c: Joint_Metric__c has no field Progres__c/
        );
    });

    it('follows relationship paths and $User, and rejects a missing relationship', () => {
        const problems = problemsAfter(['formulas'], (copy) =>
            copy.replace(
                LEVEL_NAME,
                'ISBLANK(Level__c)',
                'ISBLANK(Level__c) || ISBLANK(Strategic_Account_Plan__r.Acount__r.Name) || ISBLANK($User.Email) || ISBLANK(Strategic_Account_Plan__r.Account__r.Name)'
            )
        );
        assertProblem(
            problems,
            LEVEL_NAME,
            '<formula>',
            /Strategic_Account_Plan__r\.Acount__r\.Name: Strategic_Account_Plan__c has no relationship Acount__r/
        );
        const others = problems.filter(
            (problem) =>
                problem.file === LEVEL_NAME &&
                !/Acount__r/.test(problem.message)
        );
        if (others.length)
            throw new Error(
                `valid references were reported: ${JSON.stringify(others)}`
            );
    });

    it('rejects a validation rule naming a missing field, and a missing error display field', () => {
        const problems = problemsAfter(['formulas'], (copy) => {
            copy.replace(
                TARGET_RULE,
                'Target__c = Baseline__c',
                'Target__c = Basline__c'
            );
            copy.replace(
                TARGET_RULE,
                '<errorDisplayField>Target__c</errorDisplayField>',
                '<errorDisplayField>Targt__c</errorDisplayField>'
            );
        });
        assertProblem(
            problems,
            TARGET_RULE,
            '<errorConditionFormula>',
            /Basline__c/
        );
        assertProblem(
            problems,
            TARGET_RULE,
            '<errorDisplayField>',
            /Joint_Metric__c has no field Targt__c/
        );
    });

    it('rejects a validation rule of a plan action naming a field its object lacks', () => {
        const rule = `${OBJECTS}/Plan_Action__c/validationRules/Completed_On_Required_When_Done.validationRule-meta.xml`;
        const problems = problemsAfter(['formulas'], (copy) =>
            copy.replace(
                rule,
                'ISBLANK(Completed_On__c)',
                'ISBLANK(Completed_Date__c)'
            )
        );
        assertProblem(
            problems,
            rule,
            '<errorConditionFormula>',
            /Completed_Date__c: Plan_Action__c has no field Completed_Date__c/
        );
    });
});
