import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../../lib/project';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const APP = `${SOURCE}/applications/Strategic_Accounts.app-meta.xml`;
const USER_SET = `${SOURCE}/permissionsets/Strategic_Account_Planning_User.permissionset-meta.xml`;

describe('applications check', () => {
    it('finds nothing wrong with the project as committed', () => {
        assert.deepEqual(
            verifyProject(PROJECT_ROOT, { only: ['applications'] }).problems,
            []
        );
    });

    it('rejects a custom tab without a tab file and a misspelt standard tab', () => {
        const problems = problemsAfter(['applications'], (copy) => {
            copy.replace(
                APP,
                '<tabs>Joint_Metric__c</tabs>',
                '<tabs>Joint_Metrics__c</tabs>'
            );
            copy.replace(
                APP,
                '<tabs>standard-report</tabs>',
                '<tabs>standard-Report</tabs>'
            );
        });
        assertProblem(
            problems,
            APP,
            'tabs[Joint_Metrics__c]',
            /there is no tab Joint_Metrics__c/
        );
        assertProblem(
            problems,
            APP,
            'tabs[standard-Report]',
            /not a standard tab this check knows \(names are case-sensitive/
        );
    });

    it('rejects an override opening a missing page and a permission set granting a missing app', () => {
        const problems = problemsAfter(['applications'], (copy) => {
            copy.replace(
                APP,
                '<description',
                '<actionOverrides>\n        <actionName>View</actionName>\n        <content>Account_Page</content>\n        <formFactor>Large</formFactor>\n        <skipRecordTypeSelect>false</skipRecordTypeSelect>\n        <type>Flexipage</type>\n        <pageOrSobjectType>Account</pageOrSobjectType>\n    </actionOverrides>\n    <description'
            );
            copy.replace(
                USER_SET,
                '<application>Strategic_Accounts</application>',
                '<application>Strategic_Account</application>'
            );
        });
        assertProblem(
            problems,
            APP,
            'actionOverrides[Account_Page]',
            /there is no Lightning page Account_Page/
        );
        assertProblem(
            problems,
            USER_SET,
            'applicationVisibilities[Strategic_Account]',
            /there is no app Strategic_Account/
        );
    });
});
