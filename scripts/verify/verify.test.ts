import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../lib/project';
import { formatProblems, verifyProject } from './verify';
import { withProjectCopy } from '../lib/projectCopy';
import { SOURCE } from './testing';

describe('verifyProject on the real project', () => {
    it('finds no problem, sf project convert source included', () => {
        const { problems, fileCount } = verifyProject(PROJECT_ROOT);
        assert.equal(formatProblems(problems), '');
        assert.ok(fileCount > 100, `looked at ${fileCount} files`);
    });
});

describe('npm run verify (cli.ts)', () => {
    it('prints problems grouped by file with a summary, and exits 1', () => {
        withProjectCopy((copy) => {
            const field = `${SOURCE}/objects/Joint_Metric__c/fields/Unit__c.field-meta.xml`;
            copy.replace(
                field,
                '<required>false</required>',
                '<required>no</required>'
            );
            const run = spawnSync(
                process.execPath,
                [
                    '--import',
                    'tsx',
                    path.join(__dirname, 'cli.ts'),
                    '--root',
                    copy.root,
                    '--skip',
                    'convertSource'
                ],
                {
                    encoding: 'utf8'
                }
            );
            assert.equal(run.status, 1, run.stderr);
            assert.match(
                run.stderr,
                new RegExp(
                    `${field.replace(/[.]/g, '\\.')}\\n    required: "no" is not a boolean`
                )
            );
            assert.match(run.stderr, /verify: [1-9]\d* problems? in \d+ files/);
        });
    });
});
