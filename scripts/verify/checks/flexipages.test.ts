import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../../lib/project';
import { withProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const PAGE = `${SOURCE}/flexipages/Strategic_Account_Record_Page.flexipage-meta.xml`;
const SCORECARD_META = `${SOURCE}/lwc/strategicAccountScorecard/strategicAccountScorecard.js-meta.xml`;

describe('flexipages check', () => {
    it('finds nothing wrong with the project as committed', () => {
        assert.deepEqual(
            verifyProject(PROJECT_ROOT, { only: ['flexipages'] }).problems,
            []
        );
    });

    it('rejects a component that is not in the project; notes a namespace it does not know', () => {
        withProjectCopy((copy) => {
            copy.replace(
                PAGE,
                '<componentName>strategicAccountPlan</componentName>',
                '<componentName>strategicAccountPlans</componentName>'
            );
            copy.replace(
                PAGE,
                '<componentName>force:detailPanel</componentName>',
                '<componentName>acme:detailPanel</componentName>'
            );
            const { problems, unchecked } = verifyProject(copy.root, {
                only: ['flexipages']
            });
            assertProblem(
                problems,
                PAGE,
                'flexiPageRegions[main].componentInstance[strategicAccountPlans]',
                /there is no component strategicAccountPlans/
            );
            assertProblem(
                unchecked,
                PAGE,
                'flexiPageRegions[detailTabContent].componentInstance[acme:detailPanel]',
                /neither a component of this project nor of a standard namespace/
            );
            assert.ok(
                !problems.some((problem) => /acme:/.test(problem.element)),
                'a namespace outside the table is a note, not a problem'
            );
        });
    });

    it('rejects a component that is not exposed on record pages', () => {
        const problems = problemsAfter(['flexipages'], (copy) =>
            copy.replace(
                SCORECARD_META,
                '<target>lightning__RecordPage</target>',
                '<target>lightning__AppPage</target>'
            )
        );
        assertProblem(
            problems,
            PAGE,
            'flexiPageRegions[sidebar].componentInstance[strategicAccountScorecard]',
            /does not list the target lightning__RecordPage/
        );
    });

    it('rejects a missing facet, a missing quick action and a missing object', () => {
        const problems = problemsAfter(['flexipages'], (copy) => {
            copy.replace(
                PAGE,
                '<value>maintabs</value>',
                '<value>mainTabs</value>'
            );
            copy.replace(
                PAGE,
                '<actionName>Account.New_Strategic_Account_Plan</actionName>',
                '<actionName>Account.New_Plan</actionName>'
            );
            copy.replace(
                PAGE,
                '<sobjectType>Account</sobjectType>',
                '<sobjectType>Acount</sobjectType>'
            );
        });
        assertProblem(
            problems,
            PAGE,
            'flexiPageRegions[main].componentInstance[flexipage:tabset].tabs',
            /shows facet mainTabs, which is not a Facet region/
        );
        assertProblem(
            problems,
            PAGE,
            'platformActionlist[Account.New_Plan]',
            /there is no quick action Account\.New_Plan/
        );
        assertProblem(
            problems,
            PAGE,
            '<sobjectType>',
            /there is no object Acount/
        );
    });
});

describe('flexipages check: component objects', () => {
    it('rejects a component limited to other objects than the page', () => {
        const problems = problemsAfter(['flexipages'], (copy) =>
            copy.replace(
                SCORECARD_META,
                '<object>Account</object>',
                '<object>Opportunity</object>'
            )
        );
        assertProblem(
            problems,
            PAGE,
            'flexiPageRegions[sidebar].componentInstance[strategicAccountScorecard]',
            /is limited to Opportunity record pages; this page is for Account/
        );
    });
});
