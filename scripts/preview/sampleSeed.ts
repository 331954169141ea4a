/**
 * The preview's data: the sample records of `data/`, read through
 * `scripts/lib/sampleData.ts` (dates moved to `today`), as store seeds. Each
 * person a User placeholder names becomes a User record of its own.
 */
import type { ProjectModel } from '../lib/project';
import { loadSampleRecords } from '../lib/sampleData';
import type { SeedRecord } from './store';

const userReference = (name: string): string => `User:${name}`;

/** Seed records of the sample data, dates relative to `today`; lookups name their targets by reference. */
export function sampleSeed(project: ProjectModel, today: string): SeedRecord[] {
    const byObject = loadSampleRecords({
        project,
        today,
        idOf: (_sobject, referenceId) => `@${referenceId}`,
        userId: (name) => `@${userReference(name)}`
    });
    const records = Object.values(byObject).flat();
    const people = [
        ...new Set(records.flatMap((record) => Object.values(record.users)))
    ];
    const users: SeedRecord[] = people.map((name) => ({
        attributes: { type: 'User', referenceId: userReference(name) },
        Name: name,
        FirstName: name.split(' ')[0],
        LastName: name.split(' ').slice(1).join(' ')
    }));
    return [
        ...users,
        ...records.map((record): SeedRecord => ({
            attributes: {
                type: record.sobject,
                referenceId: record.referenceId
            },
            ...record.fields
        }))
    ];
}
