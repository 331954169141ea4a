/**
 * `npm run verify -- --root DIR` on a project laid out unlike ours
 * (fixtures/readerMultiDir): it passes as it is, and each failing copy shows
 * that the files of every package directory are read, .forceignore honoured,
 * JavaScript components verified and file types taken from the CLI registry.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertProblem, problemsAfter } from './testing';
import { formatProblems, verifyProject } from './verify';

const FIXTURE = path.join(__dirname, 'fixtures', 'readerMultiDir');
const APP = 'app/main/default';
const LIST = `${APP}/lwc/gadgetList/gadgetList.js`;
const after = (only: string[], breakIt: Parameters<typeof problemsAfter>[1]) =>
    problemsAfter(only, breakIt, FIXTURE);

describe('verify on a multi-directory JavaScript project', () => {
    it('finds no problem, sf project convert source included', () => {
        const { problems, fileCount } = verifyProject(FIXTURE);
        assert.equal(formatProblems(problems), '');
        // 16 metadata files and 2 modules: no test, no ignored file, no build output.
        assert.equal(fileCount, 18);
    });

    it('checks the imports and gql queries of a JavaScript component', () => {
        const problems = after(
            ['componentImports', 'graphqlQueries'],
            (copy) => {
                copy.replace(
                    LIST,
                    'Gadget__c.Weight__c',
                    'Gadget__c.Wieght__c'
                );
                copy.replace(LIST, 'c/gadgetFormat', 'c/gadgetFormatter');
                copy.replace(LIST, 'Weight__c {', 'Weigth__c {');
            }
        );
        assertProblem(
            problems,
            LIST,
            "import '@salesforce/schema/Gadget__c.Wieght__c' (line 3)",
            /Gadget__c has no field Wieght__c/
        );
        assertProblem(
            problems,
            LIST,
            "import 'c/gadgetFormatter' (line 7)",
            /there is no component gadgetFormatter/
        );
        assertProblem(
            problems,
            LIST,
            /^gql query/,
            /Cannot query field "Weigth__c" on type "Gadget__c"/
        );
    });

    it('reads what .forceignore no longer ignores: a folder that is no component, a list view, a flow', () => {
        const problems = after(
            ['componentBundles', 'listViews', 'flows'],
            (copy) => copy.write('.forceignore', '**/*.ts\n**/__tests__/**\n')
        );
        assertProblem(
            problems,
            `${APP}/lwc/oldHelpers`,
            'oldHelpers.js',
            /no main module/
        );
        assertProblem(
            problems,
            'base-objects/objects/Gadget__c/listViews/Draft_Gadgets.listView-meta.xml',
            'columns[No_Such_Column__c]',
            /No_Such_Column__c/
        );
        assertProblem(
            problems,
            `${APP}/flows/Retired_Gadget_Colour_Reset.flow-meta.xml`,
            'start.filters[Colour__c]',
            /Gadget__c has no field Colour__c/
        );
    });

    it('expects the root element of the type the CLI registry files each file as', () => {
        const problems = after(['metadataSchema'], (copy) => {
            copy.replace(
                `${APP}/settings/Account.settings-meta.xml`,
                /AccountSettings/g,
                'CaseSettings'
            );
            copy.replace(
                `${APP}/sites/Gadgets.site-meta.xml`,
                /CustomSite/g,
                'SiteDotCom'
            );
            copy.write(
                `${APP}/gadgets/Stray.gadget-meta.xml`,
                '<?xml version="1.0" encoding="UTF-8"?>\n<Gadget/>\n'
            );
        });
        assertProblem(
            problems,
            `${APP}/settings/Account.settings-meta.xml`,
            '<CaseSettings>',
            /holds a AccountSettings, not a CaseSettings/
        );
        assertProblem(
            problems,
            `${APP}/sites/Gadgets.site-meta.xml`,
            '<SiteDotCom>',
            /holds a CustomSite, not a SiteDotCom/
        );
        assertProblem(
            problems,
            `${APP}/gadgets/Stray.gadget-meta.xml`,
            '(file)',
            /cannot tell which metadata type this file is/
        );
    });

    it('reports a package directory that does not exist', () => {
        const problems = after(['metadataSchema'], (copy) =>
            copy.replace('sfdx-project.json', '"./app"', '"./application"')
        );
        assertProblem(
            problems,
            'sfdx-project.json',
            'packageDirectories',
            /application/
        );
    });
});
