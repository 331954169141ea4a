/** Every validation rule of force-app, evaluated from its own formula text on its case table. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadProject } from '../lib/project';
import { ruleCaseFailure } from './caseTable';
import { ruleTables } from './cases';

const project = loadProject();

for (const table of ruleTables) {
    describe(`${table.object}.${table.rule}`, () => {
        for (const testCase of table.cases) {
            test(testCase.name, () => {
                assert.equal(
                    ruleCaseFailure(project, table, testCase),
                    undefined
                );
            });
        }
    });
}
