import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadProject, PROJECT_ROOT } from '../lib/project';
import { hiddenAccess } from './fieldAccess';
import { objectInfo } from './objectInfo';

const project = loadProject();
const jointMetric = project.getObject('Joint_Metric__c')!;
const FIXTURE = path.join(
    PROJECT_ROOT,
    'force-app/main/default/lwc/accountPlanQuery/__tests__/data/jointMetricObjectInfo.json'
);

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

    it('is the Jest fixture of the components, so the fixture follows the metadata', () => {
        assert.deepEqual(
            JSON.parse(readFileSync(FIXTURE, 'utf8')),
            objectInfo(jointMetric),
            'regenerate jointMetricObjectInfo.json from objectInfo(Joint_Metric__c)'
        );
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
