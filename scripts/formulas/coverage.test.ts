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
import { misnamedInputs, missingTables, staleTables } from './coverage';
import { mutatedProject, objectFile } from './mutatedProject';

const project = loadProject();

test('every formula field and validation rule of force-app has a case table', () => {
    assert.deepEqual(missingTables(project, formulaTables, ruleTables), []);
});

test('every case table names a formula field or validation rule that exists', () => {
    assert.deepEqual(staleTables(project, formulaTables, ruleTables), []);
});

test('case records set only input fields of their object (no typos, no formula values the engine would ignore)', () => {
    assert.deepEqual(
        misnamedInputs(project, [...formulaTables, ...ruleTables]),
        []
    );
});

describe('the guard itself', () => {
    test('notices a new formula field and a new validation rule without cases', () => {
        const withNewFormulas = mutatedProject([], {
            'Joint_Metric__c/fields/Status_Copy__c.field-meta.xml': objectFile(
                'Joint_Metric__c/fields/Status__c.field-meta.xml'
            ).replace(
                '<fullName>Status__c</fullName>',
                '<fullName>Status_Copy__c</fullName>'
            ),
            'Joint_Metric__c/validationRules/Target_Required_Copy.validationRule-meta.xml':
                objectFile(
                    'Joint_Metric__c/validationRules/Target_Required.validationRule-meta.xml'
                ).replace(
                    '<fullName>Target_Required</fullName>',
                    '<fullName>Target_Required_Copy</fullName>'
                )
        });
        assert.deepEqual(
            missingTables(withNewFormulas, formulaTables, ruleTables),
            [
                'Joint_Metric__c.Status_Copy__c',
                'Joint_Metric__c.Target_Required_Copy'
            ]
        );
    });

    test('notices a misspelt input field and a formula field set by hand', () => {
        const table = {
            object: 'Joint_Metric__c',
            field: 'Status__c',
            cases: [
                {
                    name: 'typos',
                    record: { Actul__c: 5, actual__c: 5, Progress__c: 0.5 },
                    expected: null
                }
            ]
        };
        assert.deepEqual(misnamedInputs(project, [table]), [
            'Joint_Metric__c — typos: Actul__c',
            'Joint_Metric__c — typos: actual__c',
            'Joint_Metric__c — typos: Progress__c'
        ]);
    });

    test('notices branches that no case takes', () => {
        const status = project.getField('Joint_Metric__c', 'Status__c')!;
        const onTrackOnly = [{ Baseline__c: 0, Target__c: 100, Actual__c: 80 }];
        assert.deepEqual(
            untakenDecisions(
                project,
                'Joint_Metric__c',
                status.formula!,
                false,
                onTrackOnly
            ),
            [
                'IF(ISBLANK(Progress__c)): no case gives true',
                'IF((Progress__c >= 0.75)): no case gives false',
                'IF((Progress__c >= 0.4)): no case gives true, false'
            ]
        );
    });
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
