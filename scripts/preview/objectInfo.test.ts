import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadProject } from '../lib/project';
import { withProjectCopy } from '../lib/projectCopy';
import { hiddenAccess } from './fieldAccess';
import {
    MASTER_RECORD_TYPE_ID,
    objectInfo,
    picklistValuesByRecordType
} from './objectInfo';
import { FIXTURE_DIR, OBJECT_INFO_FIXTURES } from './objectInfoFixtures';

const project = loadProject();
const jointMetric = project.getObject('Joint_Metric__c')!;
const planRisk = project.getObject('Plan_Risk__c')!;

describe('objectInfo', () => {
    it('gives each number field the precision and scale of its metadata', () => {
        const info = objectInfo(jointMetric)!;
        for (const name of ['Actual__c', 'Baseline__c', 'Target__c']) {
            const field = project.getField('Joint_Metric__c', name)!;
            assert.deepEqual(
                [info.fields[name].precision, info.fields[name].scale],
                [field.precision, field.scale],
                name
            );
            assert.equal(info.fields[name].dataType, 'Double');
        }
        assert.equal(info.fields.Status__c.calculated, true);
        assert.equal(info.fields.Actual__c.updateable, true);
    });

    it('gives an object without record types the master record type as its default', () => {
        const info = objectInfo(planRisk)!;
        assert.equal(info.defaultRecordTypeId, '012000000000000AAA');
        assert.deepEqual(Object.keys(info.recordTypeInfos), [
            info.defaultRecordTypeId
        ]);
        const master = info.recordTypeInfos[info.defaultRecordTypeId];
        assert.equal(master.master, true);
        assert.equal(master.recordTypeId, info.defaultRecordTypeId);
    });

    it('answers as the user: hidden fields are left out, a hidden object has none', () => {
        const info = objectInfo(
            jointMetric,
            hiddenAccess(project, ['Joint_Metric__c.Actual__c'])
        )!;
        assert.equal(info.fields.Actual__c, undefined);
        assert.ok(info.fields.Target__c);
        assert.equal(
            objectInfo(jointMetric, hiddenAccess(project, ['Joint_Metric__c'])),
            undefined
        );
    });
});

describe('picklistValuesByRecordType', () => {
    it('gives every picklist of the object its values in metadata order, labelled, with the flagged default', () => {
        const { picklistFieldValues } = picklistValuesByRecordType(
            planRisk,
            MASTER_RECORD_TYPE_ID
        )!;
        assert.deepEqual(Object.keys(picklistFieldValues), [
            'Risk_Type__c',
            'Severity__c',
            'Status__c'
        ]);
        const severity = picklistFieldValues.Severity__c;
        assert.deepEqual(
            severity.values.map(({ value, label }) => [value, label]),
            [
                ['Low', 'Low'],
                ['Medium', 'Medium'],
                ['High', 'High']
            ]
        );
        assert.deepEqual(severity.defaultValue, severity.values[1]);
        assert.equal(picklistFieldValues.Risk_Type__c.defaultValue, null);
        assert.equal(
            severity.url,
            '/ui-api/object-info/Plan_Risk__c/picklist-values/012000000000000AAA/Severity__c'
        );
    });

    it('shows a value’s own label, the API value where it has none, and the default the metadata flags', () =>
        withProjectCopy((copy) => {
            const file =
                'force-app/main/default/objects/Plan_Risk__c/fields/Severity__c.field-meta.xml';
            copy.replace(file, '<label>Medium</label>', '<label>Moyen</label>');
            copy.replace(file, '<label>High</label>', '');
            copy.replace(
                file,
                /<default>true<\/default>(\s*<label>Moyen)/,
                '<default>false</default>$1'
            );
            copy.replace(
                file,
                /(<fullName>Low<\/fullName>\s*)<default>false/,
                '$1<default>true'
            );
            const severity = picklistValuesByRecordType(
                loadProject(copy.root).getObject('Plan_Risk__c')!,
                MASTER_RECORD_TYPE_ID
            )!.picklistFieldValues.Severity__c;
            assert.deepEqual(
                severity.values.map(({ value, label }) => [value, label]),
                [
                    ['Low', 'Low'],
                    ['Medium', 'Moyen'],
                    ['High', 'High']
                ]
            );
            assert.equal(severity.defaultValue?.value, 'Low');
        }));

    it('answers as the user: a hidden picklist is left out, a hidden object has none', () => {
        const { picklistFieldValues } = picklistValuesByRecordType(
            planRisk,
            MASTER_RECORD_TYPE_ID,
            hiddenAccess(project, ['Plan_Risk__c.Severity__c'])
        )!;
        assert.equal(picklistFieldValues.Severity__c, undefined);
        assert.ok(picklistFieldValues.Status__c);
        assert.equal(
            picklistValuesByRecordType(
                planRisk,
                MASTER_RECORD_TYPE_ID,
                hiddenAccess(project, ['Plan_Risk__c'])
            ),
            undefined
        );
    });

    it('has nothing for a record type the object does not have', () => {
        assert.equal(
            picklistValuesByRecordType(planRisk, '012000000000001AAA'),
            undefined
        );
    });
});

describe('the components’ uiObjectInfoApi fixtures', () => {
    for (const [file, answer] of Object.entries(OBJECT_INFO_FIXTURES))
        it(`${file} is the model’s answer, so the fixture follows the metadata`, () => {
            assert.deepEqual(
                JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), 'utf8')),
                answer(project),
                `stale: npx tsx scripts/preview/objectInfoFixtures.ts writes ${file} again`
            );
        });
});
