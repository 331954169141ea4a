/**
 * Precision: valid metadata of the kinds real projects hold passes. The
 * fixture `fixtures/realWorld` is a small SFDX project written for this test
 * (two package directories) with the constructs the verifier once refused in
 * the Salesforce sample apps: standard objects, fields, list view columns and
 * related lists; OwnerId on a custom object; a custom field on Account;
 * geolocation, time and multi-select fields; a custom metadata type's layout;
 * a FlexiPage with standard, JavaScript and Aura components.
 *
 * convertSource is skipped: it runs the sf CLI (seconds per project) and is
 * tested on this project by convertSource's own tests.
 *
 * `VERIFY_EXTERNAL_ROOTS=/path/a:/path/b npm run test:scripts` also verifies
 * real projects checked out elsewhere (they are not part of this repository).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { withProjectCopy } from '../lib/projectCopy';
import { assertProblem } from './testing';
import { formatProblems, verifyProject } from './verify';

const FIXTURE = path.join(__dirname, 'fixtures', 'realWorld');
const SKIP = ['convertSource'];
const PLOT_LAYOUT =
    'garden-base/main/default/layouts/Plot__c-Plot Layout.layout-meta.xml';
const PAGE =
    'garden-ui/main/default/flexipages/Plot_Record_Page.flexipage-meta.xml';
const GARDENERS =
    'garden-base/main/default/objects/Contact/listViews/All_Gardeners.listView-meta.xml';

/** The problems of a copy of the fixture with `file`'s `search` replaced. */
const problemsAfterBreaking = (breaks: [string, string, string][]) =>
    withProjectCopy((copy) => {
        for (const [file, search, replacement] of breaks)
            copy.replace(file, search, replacement);
        return verifyProject(copy.root, { skip: SKIP });
    }, FIXTURE);

describe('valid metadata of real projects', () => {
    it('finds no problem in the fixture', () => {
        const { problems } = verifyProject(FIXTURE, { skip: SKIP });
        assert.equal(problems.length, 0, formatProblems(problems));
    });

    it('notes, without failing, the names beyond the catalogue (a CaseClose layout)', () => {
        const { unchecked } = verifyProject(FIXTURE, { skip: SKIP });
        assertProblem(
            unchecked,
            'garden-base/main/default/layouts/CaseClose-Close Case Layout.layout-meta.xml',
            '(file name)',
            /CaseClose is outside the offline catalogue/
        );
    });

    it('still reports what an org refuses in such a project', () => {
        const { problems } = problemsAfterBreaking([
            [
                PLOT_LAYOUT,
                '<field>Position__c</field>',
                '<field>Positon__c</field>'
            ],
            [
                PAGE,
                '<componentName>plotSummary</componentName>',
                '<componentName>plotSumary</componentName>'
            ],
            [
                GARDENERS,
                '<columns>FULL_NAME</columns>',
                '<columns>Garden_Sze__c</columns>'
            ]
        ]);
        assertProblem(
            problems,
            PLOT_LAYOUT,
            'layoutItems[Positon__c]',
            /Plot__c has no field Positon__c/
        );
        assertProblem(
            problems,
            PAGE,
            'flexiPageRegions[header].componentInstance[plotSumary]',
            /there is no component plotSumary/
        );
        assertProblem(
            problems,
            GARDENERS,
            'columns[Garden_Sze__c]',
            /Contact has no field Garden_Sze__c/
        );
    });

    it('refuses OwnerId on a master-detail child, which has no owner', () => {
        const { problems } = problemsAfterBreaking([
            [
                PLOT_LAYOUT,
                '<fields>Weight__c</fields>',
                '<fields>OWNER.ALIAS</fields>'
            ]
        ]);
        assertProblem(
            problems,
            PLOT_LAYOUT,
            'relatedLists[Harvest__c.Plot__c].fields[OWNER.ALIAS]',
            /needs OwnerId, which Harvest__c does not have/
        );
    });
});

describe('projects named in VERIFY_EXTERNAL_ROOTS', () => {
    const roots = (process.env.VERIFY_EXTERNAL_ROOTS ?? '')
        .split(':')
        .filter(Boolean);
    if (roots.length === 0) {
        it(
            'VERIFY_EXTERNAL_ROOTS is not set: no external project verified (set it to colon-separated SFDX project roots)',
            {
                skip: 'set VERIFY_EXTERNAL_ROOTS=/path/to/project:/path/to/other to verify real projects'
            },
            () => undefined
        );
        return;
    }
    for (const root of roots) {
        it(`finds no problem in ${root}`, () => {
            const { problems } = verifyProject(path.resolve(root), {
                skip: SKIP
            });
            assert.equal(problems.length, 0, formatProblems(problems));
        });
    }
});
