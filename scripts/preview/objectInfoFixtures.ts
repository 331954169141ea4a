/**
 * The components' Jest fixtures of `lightning/uiObjectInfoApi` answers, in
 * `accountPlanQuery/__tests__/data`: each is the answer of objectInfo.ts for
 * its object, as the preview serves it to a user who may read everything.
 * objectInfo.test.ts holds every file equal to its answer;
 * `npx tsx scripts/preview/objectInfoFixtures.ts` writes them again after a
 * change of the metadata or of objectInfo.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject, PROJECT_ROOT, type ProjectModel } from '../lib/project';
import {
    MASTER_RECORD_TYPE_ID,
    objectInfo,
    picklistValuesByRecordType
} from './objectInfo';

export const FIXTURE_DIR = path.join(
    PROJECT_ROOT,
    'force-app/main/default/lwc/accountPlanQuery/__tests__/data'
);

/** Each fixture file and the answer it holds. */
export const OBJECT_INFO_FIXTURES: Record<
    string,
    (project: ProjectModel) => unknown
> = {
    'jointMetricObjectInfo.json': (project) =>
        objectInfo(project.getObject('Joint_Metric__c')!),
    'accountReviewObjectInfo.json': (project) =>
        objectInfo(project.getObject('Account_Review__c')!),
    'planRiskObjectInfo.json': (project) =>
        objectInfo(project.getObject('Plan_Risk__c')!),
    'accountReviewPicklistValues.json': (project) =>
        picklistValuesByRecordType(
            project.getObject('Account_Review__c')!,
            MASTER_RECORD_TYPE_ID
        ),
    'planRiskPicklistValues.json': (project) =>
        picklistValuesByRecordType(
            project.getObject('Plan_Risk__c')!,
            MASTER_RECORD_TYPE_ID
        )
};

if (require.main === module) {
    const project = loadProject();
    for (const [file, answer] of Object.entries(OBJECT_INFO_FIXTURES)) {
        writeFileSync(
            path.join(FIXTURE_DIR, file),
            `${JSON.stringify(answer(project), null, 4)}\n`
        );
        console.log(`wrote ${file}`);
    }
}
