import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../../lib/project';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const ACTION = `${SOURCE}/quickActions/Account.New_Strategic_Account_Plan.quickAction-meta.xml`;

describe('quickActions check', () => {
    it('finds nothing wrong with the project as committed', () => {
        assert.deepEqual(
            verifyProject(PROJECT_ROOT, { only: ['quickActions'] }).problems,
            []
        );
    });

    it('rejects a layout field that does not exist and one the org computes', () => {
        const problems = problemsAfter(['quickActions'], (copy) => {
            copy.replace(
                ACTION,
                '<field>Vision__c</field>',
                '<field>Visions__c</field>'
            );
            copy.replace(
                ACTION,
                '<field>Customer_Business_Drivers__c</field>',
                '<field>Account_Classification__c</field>'
            );
        });
        assertProblem(
            problems,
            ACTION,
            'quickActionLayoutItems[Visions__c]',
            /Strategic_Account_Plan__c has no field Visions__c/
        );
        assertProblem(
            problems,
            ACTION,
            'quickActionLayoutItems[Account_Classification__c]',
            /is computed .*: a user cannot set it/
        );
    });

    it('rejects a preset field that does not exist, a parent field that does not look up the object, and a missing target', () => {
        const preset = problemsAfter(['quickActions'], (copy) => {
            copy.replace(
                ACTION,
                '<field>Plan_Start_Date__c</field>\n        <formula>',
                '<field>Plan_Start__c</field>\n        <formula>'
            );
            copy.replace(
                ACTION,
                '<targetParentField>Account__c</targetParentField>',
                '<targetParentField>Executive_Sponsor__c</targetParentField>'
            );
        });
        assertProblem(
            preset,
            ACTION,
            'fieldOverrides[Plan_Start__c]',
            /has no field Plan_Start__c/
        );
        assertProblem(
            preset,
            ACTION,
            '<targetParentField>',
            /Strategic_Account_Plan__c\.Executive_Sponsor__c does not look up Account/
        );
        const target = problemsAfter(['quickActions'], (copy) =>
            copy.replace(
                ACTION,
                '<targetObject>Strategic_Account_Plan__c</targetObject>',
                '<targetObject>Account_Plan__c</targetObject>'
            )
        );
        assertProblem(
            target,
            ACTION,
            '<targetObject>',
            /there is no object Account_Plan__c/
        );
    });
});
