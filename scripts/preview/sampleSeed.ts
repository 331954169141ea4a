/**
 * The preview's data: the sample records of `data/` (through
 * `scripts/lib/sampleData.ts`), as store seeds.
 */
import type { ProjectModel } from '../lib/project';
import { largePlanRecords } from '../bench/largePlan';
import type { SeedRecord } from './store';

/** Seed records of the sample data, dates relative to `today`. */
export function sampleSeed(_project: ProjectModel, today: string): SeedRecord[] {
    // TODO(sample data): replace with scripts/lib/sampleData.ts once it lands.
    return largePlanRecords(today);
}
