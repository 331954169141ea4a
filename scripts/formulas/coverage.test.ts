/**
 * The formula tests cover the formulas of force-app: every formula field and
 * validation rule has a case table, the tables name real inputs, and their
 * cases take every branch. A new formula without cases fails here.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadProject } from '../lib/project';
import { untakenDecisions } from './branchCoverage';
import { formulaTables, ruleTables } from './cases';

const project = loadProject();
const customObjects = project.objects.filter((object) => object.custom);
const formulaFields = customObjects.flatMap((object) =>
    object.fields.filter((field) => field.formula !== undefined)
);
const validationRules = customObjects.flatMap(
    (object) => object.validationRules
);

test('every formula field of force-app has a case table', () => {
    const tested = new Set(
        formulaTables.map((table) => `${table.object}.${table.field}`)
    );
    assert.deepEqual(
        formulaFields
            .map((field) => `${field.object}.${field.apiName}`)
            .filter((name) => !tested.has(name)),
        []
    );
});

test('every validation rule of force-app has a case table', () => {
    const tested = new Set(
        ruleTables.map((table) => `${table.object}.${table.rule}`)
    );
    assert.deepEqual(
        validationRules
            .map((rule) => `${rule.object}.${rule.name}`)
            .filter((name) => !tested.has(name)),
        []
    );
});

test('every case table names a formula field or validation rule that exists', () => {
    const stale = [
        ...formulaTables
            .filter(
                (table) =>
                    project.getField(table.object, table.field)?.formula ===
                    undefined
            )
            .map((table) => `${table.object}.${table.field}`),
        ...ruleTables
            .filter(
                (table) =>
                    !project
                        .getObject(table.object)
                        ?.validationRules.some(
                            (rule) => rule.name === table.rule
                        )
            )
            .map((table) => `${table.object}.${table.rule}`)
    ];
    assert.deepEqual(stale, []);
});

test('case records set only input fields of their object (no typos, no formula values the engine would ignore)', () => {
    const misnamed = [...formulaTables, ...ruleTables].flatMap((table) =>
        table.cases.flatMap((testCase) =>
            Object.keys(testCase.record)
                .filter((key) => {
                    const field = project.getField(table.object, key);
                    return (
                        !field ||
                        field.apiName !== key ||
                        field.formula !== undefined
                    );
                })
                .map((key) => `${table.object} — ${testCase.name}: ${key}`)
        )
    );
    assert.deepEqual(misnamed, []);
});

describe('the cases take every branch', () => {
    for (const table of formulaTables) {
        const field = project.getField(table.object, table.field);
        test(
            `${table.object}.${table.field}`,
            {
                skip:
                    field?.formula === undefined &&
                    'no such formula field (see above)'
            },
            () => {
                const records = table.cases.map((testCase) => testCase.record);
                assert.deepEqual(
                    untakenDecisions(
                        project,
                        table.object,
                        field!.formula!,
                        field!.valueType === 'Checkbox',
                        records
                    ),
                    []
                );
            }
        );
    }
    for (const table of ruleTables) {
        const rule = project
            .getObject(table.object)
            ?.validationRules.find(
                (candidate) => candidate.name === table.rule
            );
        test(
            `${table.object}.${table.rule}`,
            { skip: !rule && 'no such validation rule (see above)' },
            () => {
                const records = table.cases.map((testCase) => testCase.record);
                assert.deepEqual(
                    untakenDecisions(
                        project,
                        table.object,
                        rule!.formula,
                        true,
                        records
                    ),
                    []
                );
            }
        );
    }
});
