/**
 * The reader on a small project of its own (scripts/verify/fixtures/readerMultiDir):
 * two package directories in different layouts, a `.forceignore` that leaves
 * out a folder and a file, a JavaScript component, a TypeScript module with
 * its build output beside it, an Aura bundle, fields on a standard object and
 * files whose type only the CLI registry's folder rules tell apart.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadProject } from './project';
import { readProjectFiles } from './projectFiles';
import { withProjectCopy } from './projectCopy';

const ROOT = path.join(__dirname, '..', 'verify', 'fixtures', 'readerMultiDir');
const files = readProjectFiles(ROOT);
const relative = (file: string) =>
    path.relative(ROOT, file).split(path.sep).join('/');

describe('readProjectFiles', () => {
    it('reads every package directory of sfdx-project.json, in its order and layout', () => {
        assert.deepEqual(files.packageDirs.map(relative), [
            'base-objects',
            'app'
        ]);
        assert.ok(
            files.metadata.some(
                (entry) => entry.fullName === 'Gadget__c.Weight__c'
            )
        );
        assert.ok(
            files.metadata.some((entry) => entry.fullName === 'gadgetList')
        );
    });

    it('leaves out what .forceignore ignores: a folder and a single file', () => {
        const paths = files.metadata.map((entry) => relative(entry.file));
        assert.ok(
            !paths.some((file) =>
                file.endsWith('Draft_Gadgets.listView-meta.xml')
            ),
            paths.join('\n')
        );
        assert.ok(
            paths.some((file) => file.endsWith('All_Gadgets.listView-meta.xml'))
        );
        assert.ok(
            !files.bundles.some((bundle) => bundle.name === 'oldHelpers')
        );
    });

    it('types each file as the CLI registry does, by folder where suffixes collide', () => {
        const typeOf = (file: string) =>
            files.metadata.find((entry) => relative(entry.file).endsWith(file));
        assert.equal(typeOf('sites/Gadgets.site-meta.xml')?.type, 'CustomSite');
        assert.equal(
            typeOf('experiences/Gadgets1.site-meta.xml')?.type,
            'ExperienceBundle'
        );
        assert.deepEqual(
            {
                ...typeOf('settings/Account.settings-meta.xml'),
                file: undefined
            },
            {
                type: 'Settings',
                fullName: 'Account',
                parent: undefined,
                file: undefined
            }
        );
        assert.deepEqual(
            {
                ...typeOf('Account/fields/Region__c.field-meta.xml'),
                file: undefined
            },
            {
                type: 'CustomField',
                fullName: 'Account.Region__c',
                parent: 'Account',
                file: undefined
            }
        );
        assert.equal(
            typeOf('aura/gadgetPanel/gadgetPanel.cmp-meta.xml')?.type,
            'AuraDefinitionBundle'
        );
        assert.deepEqual(files.unresolved, []);
    });

    it('verifies a TypeScript module rather than its build output, a JavaScript component as it is, and knows Aura bundles', () => {
        const bundle = (name: string) =>
            files.bundles.find((candidate) => candidate.name === name)!;
        // The .ts is ignored by .forceignore, yet it is the source of the deployed .js.
        assert.deepEqual(bundle('gadgetFormat').sources.map(relative), [
            'app/main/default/lwc/gadgetFormat/gadgetFormat.ts'
        ]);
        assert.deepEqual(bundle('gadgetList').sources.map(relative), [
            'app/main/default/lwc/gadgetList/gadgetList.js'
        ]);
        assert.deepEqual(
            {
                kind: bundle('gadgetPanel').kind,
                files: bundle('gadgetPanel').files
            },
            {
                kind: 'aura',
                files: ['gadgetPanel.cmp', 'gadgetPanel.cmp-meta.xml']
            }
        );
    });
});

describe('loadProject over several package directories', () => {
    const project = loadProject(ROOT);

    it('merges fields placed under a standard object with the standard catalogue', () => {
        const account = project.getObject('Account')!;
        assert.equal(account.custom, false);
        assert.equal(project.getField('Account', 'Region__c')?.custom, true);
        // Industry.field-meta.xml only tunes the field: the catalogue's type stays.
        assert.equal(project.getField('Account', 'Industry')?.type, 'Picklist');
        assert.equal(project.getField('Account', 'Industry')?.file, undefined);
        assert.equal(project.judgeField('Account', 'Region__c'), 'known');
    });

    it('gives each kind of custom object the system fields Salesforce adds', () => {
        assert.ok(
            project.getField('Gadget__c', 'OwnerId'),
            'owned custom object'
        );
        assert.ok(project.getField('Gadget_Setting__mdt', 'DeveloperName'));
        assert.equal(
            project.getField('Gadget_Setting__mdt', 'OwnerId'),
            undefined
        );
        assert.deepEqual(
            project.getObject('Gadget__c')!.listViews.map((view) => view.name),
            ['All_Gadgets']
        );
    });

    it('reads labels from whichever package directory holds them', () => {
        assert.equal(project.getLabel('Gadget_List_Title')?.value, 'Gadgets');
        assert.deepEqual(project.packageDirs.map(relative), [
            'base-objects',
            'app'
        ]);
    });
});

describe('flows in the project model', () => {
    const project = loadProject(ROOT);

    it('loads the flows of the second package directory, not those .forceignore ignores', () => {
        assert.deepEqual(
            project.flows.map((flow) => relative(flow.file)),
            ['app/main/default/flows/Gadget_Default_Weight.flow-meta.xml']
        );
        assert.equal(
            project.getFlow('gadget_default_weight')?.start?.object,
            'Gadget__c'
        );
        assert.equal(project.getFlow('Retired_Gadget_Colour_Reset'), undefined);
    });

    it('leaves out a flow that is not well formed instead of failing to load', () => {
        withProjectCopy((copy) => {
            copy.write(
                'app/main/default/flows/Broken.flow-meta.xml',
                '<Flow><label>Broken</Flow>'
            );
            assert.deepEqual(
                loadProject(copy.root).flows.map((flow) => flow.apiName),
                ['Gadget_Default_Weight']
            );
        }, ROOT);
    });
});
