/**
 * Imports the sample data into an org: the plan's dates moved to today and
 * every User placeholder set to the user running the import (see data/README.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localToday } from '../lib/localToday';
import { writeImportPlan } from '../lib/sampleData';
import { say, sf } from './sf';

export interface ImportedRecord {
    refId: string;
    type: string;
    id: string;
}

/** Imports the sample data into the org and returns the records sf created. */
export function importSampleData(alias: string): ImportedRecord[] {
    const user = sf<{ id: string; username: string }>([
        'org',
        'display',
        'user',
        '--target-org',
        alias
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'sap-sample-data-'));
    try {
        const today = localToday();
        const plan = writeImportPlan(dir, () => user.id, { today });
        say(
            `Importing the sample data (dates as of ${today}, people as ${user.username})...`
        );
        return sf<ImportedRecord[]>([
            'data',
            'tree',
            'import',
            '--plan',
            plan,
            '--target-org',
            alias
        ]);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
