import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../../lib/project';
import { withProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const METRICS_TYPE = `${SOURCE}/reportTypes/Plans_with_Joint_Metrics.reportType-meta.xml`;
const ACCOUNTS_TYPE = `${SOURCE}/reportTypes/Accounts_with_Strategic_Account_Plans.reportType-meta.xml`;

const CONTACTS_TYPE = `${SOURCE}/reportTypes/Accounts_with_Contacts.reportType-meta.xml`;
/** A report type joined through a standard child relationship of the catalogue (Account.Contacts). */
const CONTACTS_TYPE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<ReportType xmlns="http://soap.sforce.com/2006/04/metadata">
    <baseObject>Account</baseObject>
    <category>accounts</category>
    <deployed>true</deployed>
    <join>
        <outerJoin>true</outerJoin>
        <relationship>Contacts</relationship>
    </join>
    <label>Accounts with Contacts</label>
    <sections>
        <columns>
            <checkedByDefault>true</checkedByDefault>
            <field>Name</field>
            <table>Account</table>
        </columns>
        <masterLabel>Accounts</masterLabel>
    </sections>
    <sections>
        <columns>
            <checkedByDefault>true</checkedByDefault>
            <field>Email</field>
            <table>Account.Contacts</table>
        </columns>
        <masterLabel>Contacts</masterLabel>
    </sections>
</ReportType>
`;

describe('reportTypes check', () => {
    it('finds nothing wrong with the project as committed', () => {
        assert.deepEqual(
            verifyProject(PROJECT_ROOT, { only: ['reportTypes'] }).problems,
            []
        );
    });

    it('rejects a field that does not exist on its table, and a field offered twice', () => {
        const problems = problemsAfter(['reportTypes'], (copy) => {
            copy.replace(
                METRICS_TYPE,
                '<field>Progress__c</field>',
                '<field>Progres__c</field>'
            );
            copy.replace(
                ACCOUNTS_TYPE,
                '<field>Industry</field>',
                '<field>Type</field>'
            );
        });
        assertProblem(
            problems,
            METRICS_TYPE,
            'sections[Joint Metrics].columns[Strategic_Account_Plan__c.Joint_Metrics__r.Progres__c]',
            /Joint_Metric__c has no field Progres__c/
        );
        assertProblem(
            problems,
            ACCOUNTS_TYPE,
            'sections[Accounts].columns[Account.Type]',
            /Account\.Type is offered twice/
        );
    });

    it('rejects a join that is not a child relationship, and a table outside the joins', () => {
        const problems = problemsAfter(['reportTypes'], (copy) => {
            copy.replace(
                METRICS_TYPE,
                '<relationship>Joint_Metrics__r</relationship>',
                '<relationship>Joint_Metric__r</relationship>'
            );
            copy.replace(
                ACCOUNTS_TYPE,
                /<table>Account\.Strategic_Account_Plans__r<\/table>/,
                '<table>Account.Plans__r</table>'
            );
        });
        assertProblem(
            problems,
            METRICS_TYPE,
            'join.relationship[Joint_Metric__r]',
            /Strategic_Account_Plan__c has no child relationship Joint_Metric__r/
        );
        assertProblem(
            problems,
            ACCOUNTS_TYPE,
            /^sections\[Strategic Account Plans\]\.columns\[Account\.Plans__r\./,
            /table Account\.Plans__r is neither the base object nor a join/
        );
    });

    it('follows a standard child relationship of the catalogue to the child object', () => {
        withProjectCopy((copy) => {
            copy.write(CONTACTS_TYPE, CONTACTS_TYPE_XML);
            const valid = verifyProject(copy.root, { only: ['reportTypes'] });
            assert.deepEqual([...valid.problems, ...valid.unchecked], []);
            copy.replace(
                CONTACTS_TYPE,
                '<field>Email</field>',
                '<field>Plan_Role__c</field>'
            );
            assertProblem(
                verifyProject(copy.root, { only: ['reportTypes'] }).problems,
                CONTACTS_TYPE,
                'sections[Contacts].columns[Account.Contacts.Plan_Role__c]',
                /Contact has no field Plan_Role__c/
            );
        });
    });

    it('rejects a missing base object and a label longer than Setup allows', () => {
        const problems = problemsAfter(['reportTypes'], (copy) => {
            copy.replace(
                METRICS_TYPE,
                '<baseObject>Strategic_Account_Plan__c</baseObject>',
                '<baseObject>Strategic_Plan__c</baseObject>'
            );
            copy.replace(
                ACCOUNTS_TYPE,
                '<label>Accounts with Strategic Account Plans</label>',
                '<label>Accounts with Strategic Account Plans and Everything Else</label>'
            );
        });
        assertProblem(
            problems,
            METRICS_TYPE,
            '<baseObject>',
            /there is no object Strategic_Plan__c/
        );
        assertProblem(problems, ACCOUNTS_TYPE, '<label>', /at most 50/);
    });
});
