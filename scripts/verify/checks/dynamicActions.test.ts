import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../lib/project';
import { withProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const PAGE = `${SOURCE}/flexipages/Strategic_Account_Record_Page.flexipage-meta.xml`;
const PANEL =
    'flexiPageRegions[header].componentInstance[force:highlightsPanel]';
const ACTION_NAMES =
    /<componentInstanceProperties>\s*<name>actionNames<\/name>[\s\S]*?<\/componentInstanceProperties>\s*/;
const check = (breakIt: Parameters<typeof problemsAfter>[1]) =>
    problemsAfter(['dynamicActions'], breakIt);

describe('dynamicActions check', () => {
    it('finds nothing wrong with the project as committed, and knows every action the page lists', () => {
        const result = verifyProject(PROJECT_ROOT, {
            only: ['dynamicActions']
        });
        assert.deepEqual([...result.problems, ...result.unchecked], []);
    });

    it('rejects Dynamic Actions turned on with no action listed', () => {
        const problems = check((copy) => copy.replace(PAGE, ACTION_NAMES, ''));
        assertProblem(
            problems,
            PAGE,
            PANEL,
            /Dynamic Actions are on \(enableActionsConfiguration\) but actionNames lists no action/
        );
    });

    it('accepts a page without a list when Dynamic Actions are off', () => {
        const problems = check((copy) => {
            copy.replace(PAGE, ACTION_NAMES, '');
            copy.replace(
                PAGE,
                /(<name>enableActionsConfiguration<\/name>\s*<value>)true/,
                '$1false'
            );
        });
        assert.deepEqual(problems, []);
    });

    it('rejects a quick action the project does not have on its own object, and notes names it cannot judge', () => {
        withProjectCopy((copy) => {
            copy.replace(
                PAGE,
                '<value>Account.New_Strategic_Account_Plan</value>',
                '<value>Strategic_Account_Plan__c.Close_Plan</value>'
            );
            copy.replace(
                PAGE,
                '<value>Global.LogACall</value>',
                '<value>Follow</value>'
            );
            const result = verifyProject(copy.root, {
                only: ['dynamicActions']
            });
            assertProblem(
                result.problems,
                PAGE,
                `${PANEL}.actionNames[Strategic_Account_Plan__c.Close_Plan]`,
                /there is no quick action Strategic_Account_Plan__c\.Close_Plan/
            );
            assertProblem(
                result.unchecked,
                PAGE,
                `${PANEL}.actionNames[Follow]`,
                /not checked/
            );
        });
    });
});
