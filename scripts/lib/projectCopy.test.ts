import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from './project';
import { projectPaths, ProjectCopy, withProjectCopy } from './projectCopy';

const FIXTURE = path.join(
    __dirname,
    '..',
    'verify',
    'fixtures',
    'readerMultiDir'
);

describe('project copies', () => {
    it('copy what the CLI reads: sfdx-project.json, .forceignore and every package directory', () => {
        assert.deepEqual(projectPaths(FIXTURE), [
            'sfdx-project.json',
            '.forceignore',
            'base-objects',
            'app'
        ]);
        const entries = withProjectCopy(
            (copy) => readdirSync(copy.root).sort(),
            PROJECT_ROOT
        );
        assert.deepEqual(entries, [
            '.forceignore',
            'force-app',
            'sfdx-project.json'
        ]);
    });

    it('copy only the paths asked for', () => {
        withProjectCopy(
            (copy) =>
                assert.deepEqual(readdirSync(copy.root), ['sfdx-project.json']),
            FIXTURE,
            ['sfdx-project.json']
        );
    });

    it('refuse a replacement that changes nothing, so a broken copy is really broken', () => {
        withProjectCopy((copy) => {
            copy.replace('sfdx-project.json', '"66.0"', '"65.0"');
            assert.match(copy.read('sfdx-project.json'), /"65\.0"/);
            assert.throws(
                () => copy.replace('sfdx-project.json', '"66.0"', '"64.0"'),
                /does not contain "66\.0"/
            );
        }, FIXTURE);
    });

    it('are removed after use, also when the use fails', () => {
        let root = '';
        assert.throws(
            () =>
                withProjectCopy((copy) => {
                    root = copy.root;
                    throw new Error('broken');
                }, FIXTURE),
            /broken/
        );
        assert.ok(root && !existsSync(root));
        const copy = new ProjectCopy(FIXTURE);
        copy.remove();
        assert.equal(existsSync(copy.root), false);
    });
});
