/** Every formula field of force-app, evaluated from its own formula text on its case table. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadProject } from '../lib/project';
import { formulaCaseFailure } from './caseTable';
import { formulaTables } from './cases';

const project = loadProject();

for (const table of formulaTables) {
    describe(`${table.object}.${table.field}`, () => {
        for (const testCase of table.cases) {
            test(testCase.name, () => {
                assert.equal(
                    formulaCaseFailure(project, table, testCase),
                    undefined
                );
            });
        }
    });
}
