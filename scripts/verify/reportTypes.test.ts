import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../lib/project';
import { assertProblem, problemsAfter, SOURCE } from './testing';
import { verifyProject } from './verify';

const METRICS_TYPE = `${SOURCE}/reportTypes/Plans_with_Joint_Metrics.reportType-meta.xml`;
const ACCOUNTS_TYPE = `${SOURCE}/reportTypes/Accounts_with_Strategic_Account_Plans.reportType-meta.xml`;

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
