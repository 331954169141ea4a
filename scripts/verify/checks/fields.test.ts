import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;

describe('fields check', () => {
    it('rejects a lookup to a missing object and a child relationship name used twice on one parent', () => {
        const supplierOwner = `${OBJECTS}/Joint_Metric__c/fields/Supplier_Owner__c.field-meta.xml`;
        const customerOwner = `${OBJECTS}/Joint_Metric__c/fields/Customer_Owner__c.field-meta.xml`;
        const levelPlan = `${OBJECTS}/Buy_Sell_Level__c/fields/Strategic_Account_Plan__c.field-meta.xml`;
        const problems = problemsAfter(['fields'], (copy) => {
            copy.replace(
                supplierOwner,
                '<referenceTo>User</referenceTo>',
                '<referenceTo>Usr</referenceTo>'
            );
            copy.replace(
                levelPlan,
                /<relationshipName>\w+<\/relationshipName>/,
                '<relationshipName>Joint_Metrics</relationshipName>'
            );
        });
        assertProblem(
            problems,
            supplierOwner,
            '<referenceTo>',
            /there is no object Usr \(User\?\)/
        );
        assertProblem(
            problems,
            `${OBJECTS}/Joint_Metric__c/fields/Strategic_Account_Plan__c.field-meta.xml`,
            '<relationshipName>',
            /Strategic_Account_Plan__c already has the child relationship Joint_Metrics__r \(Buy_Sell_Level__c\.Strategic_Account_Plan__c\)/
        );
        if (problems.some((problem) => problem.file === customerOwner))
            throw new Error('a valid lookup was reported');
    });

    it('rejects two lookups from details of one plan into the objective under one child relationship name', () => {
        const metricObjective = `${OBJECTS}/Joint_Metric__c/fields/Objective__c.field-meta.xml`;
        const actionObjective = `${OBJECTS}/Plan_Action__c/fields/Objective__c.field-meta.xml`;
        const problems = problemsAfter(['fields'], (copy) =>
            copy.replace(
                metricObjective,
                '<relationshipName>Joint_Metrics</relationshipName>',
                '<relationshipName>Plan_Actions</relationshipName>'
            )
        );
        assertProblem(
            problems,
            actionObjective,
            '<relationshipName>',
            /Plan_Objective__c already has the child relationship Plan_Actions__r/
        );
    });

    it('rejects a lookup filter naming a field the target or the edited record lacks', () => {
        const actionObjective = `${OBJECTS}/Plan_Action__c/fields/Objective__c.field-meta.xml`;
        const metricObjective = `${OBJECTS}/Joint_Metric__c/fields/Objective__c.field-meta.xml`;
        const problems = problemsAfter(['fields'], (copy) => {
            copy.replace(
                actionObjective,
                '<valueField>$Source.Strategic_Account_Plan__c</valueField>',
                '<valueField>$Source.Strategic_Plan__c</valueField>'
            );
            copy.replace(
                metricObjective,
                '<field>Plan_Objective__c.Strategic_Account_Plan__c</field>',
                '<field>Plan_Objective__c.Plan__c</field>'
            );
        });
        assertProblem(
            problems,
            actionObjective,
            'lookupFilter.filterItems[Plan_Objective__c.Strategic_Account_Plan__c]',
            /Plan_Action__c has no field Strategic_Plan__c/
        );
        assertProblem(
            problems,
            metricObjective,
            'lookupFilter.filterItems[Plan_Objective__c.Plan__c]',
            /Plan_Objective__c has no field Plan__c/
        );
    });
});
