import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluateValidationRules, type FieldValue } from './formulaEngine';
import { sampleSeed } from '../preview/sampleSeed';
import { PreviewStore } from '../preview/store';
import { loadProject, PROJECT_ROOT } from './project';
import { withProjectCopy } from './projectCopy';
import { addDays } from './relativeDates';
import {
    loadSampleRecords,
    readSamplePlan,
    SAMPLE_DATA_ANCHOR_DATE,
    SAMPLE_DATA_DIR,
    SampleDataError,
    writeImportPlan,
    type SampleRecord
} from './sampleData';

const project = loadProject();

const quarterOf = (isoDate: string) =>
    `${isoDate.slice(0, 4)}-Q${Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3)}`;

/**
 * Import days that stress the date shift (month lengths make ADDMONTHS drift by a few
 * days against a shift in days): the anchor, quarter edges, a short month, a leap day
 * and a spread over a year. Each day costs a full formula evaluation, so they are few.
 */
const IMPORT_DAYS = [
    SAMPLE_DATA_ANCHOR_DATE,
    '2027-01-01',
    '2027-02-28',
    '2027-03-31',
    '2028-02-29',
    '2026-09-30',
    ...Array.from({ length: 4 }, (_, i) =>
        addDays(SAMPLE_DATA_ANCHOR_DATE, 40 + i * 97)
    )
];

interface ComputedSample {
    byObject: Record<string, Array<Record<string, FieldValue>>>;
}

/**
 * Every sample record with its roll-ups and formula fields computed as an org
 * would on `today`, after the record-triggered flows ran on the import (the
 * preview store seeds through them: Is_Latest__c is the flow's).
 */
function computeSample(today: string): ComputedSample {
    const store = new PreviewStore(project, sampleSeed(project, today), {
        today
    });
    const byObject: ComputedSample['byObject'] = {};
    for (const sobject of Object.keys(loadSampleRecords({ today })))
        byObject[sobject] = store.list(sobject) as unknown as Array<
            Record<string, FieldValue>
        >;
    return { byObject };
}

const valuesOf = (rows: Array<Record<string, FieldValue>>, field: string) =>
    new Set(rows.map((row) => row[field]));

test('every sample record passes every validation rule on any import day', () => {
    for (const today of IMPORT_DAYS) {
        for (const [sobject, list] of Object.entries(
            loadSampleRecords({ today, userId: (name) => `user:${name}` })
        )) {
            for (const record of list) {
                const fired = evaluateValidationRules(
                    project,
                    sobject,
                    { Id: record.Id, ...record.fields },
                    { today }
                );
                assert.deepEqual(
                    fired,
                    [],
                    `${sobject} ${record.referenceId} on ${today}`
                );
            }
        }
    }
});

test('the sample shows every state a report or component distinguishes, on any import day', () => {
    for (const today of IMPORT_DAYS) {
        const { byObject } = computeSample(today);
        const on = ` (import day ${today})`;
        assert.deepEqual(
            valuesOf(
                byObject.Executive_Sponsor_Cadence__c,
                'Cadence_Status__c'
            ),
            new Set(['On Track', 'Due Soon', 'Overdue', 'Paused']),
            `cadence states${on}`
        );
        assert.deepEqual(
            valuesOf(byObject.Joint_Metric__c, 'Status__c'),
            new Set(['Not Started', 'On Track', 'At Risk', 'Off Track']),
            `metric states${on}`
        );
        const plans = byObject.Strategic_Account_Plan__c;
        assert.deepEqual(
            valuesOf(plans, 'Account_Classification__c'),
            new Set(['Strategic', 'Major', 'Emerging', 'Transactional']),
            `classifications${on}`
        );
        assert.deepEqual(
            valuesOf(plans, 'Status__c'),
            new Set(['Draft', 'Active', 'Under Review', 'Archived']),
            `plan statuses${on}`
        );
        assert.ok(
            plans.some((plan) => plan.Review_Overdue__c === true),
            `a plan overdue for review${on}`
        );
        const dueWithin30Days = plans.filter(
            (plan) =>
                plan.Review_Overdue__c === false &&
                plan.Status__c !== 'Draft' &&
                plan.Status__c !== 'Archived' &&
                typeof plan.Next_Review_Date__c === 'string' &&
                plan.Next_Review_Date__c <= addDays(today, 30)
        );
        assert.ok(
            dueWithin30Days.length > 0,
            `a plan due for review within 30 days${on}`
        );
        const gaps = plans
            .map((plan) => plan.Perception_Gap__c)
            .filter((gap): gap is number => typeof gap === 'number');
        assert.ok(
            gaps.some((gap) => gap > 0) && gaps.some((gap) => gap < 0),
            `perception gaps both ways${on}`
        );
        const leadingThisQuarter = byObject.Joint_Metric__c.filter(
            (metric) =>
                metric.Indicator_Type__c === 'Leading' &&
                quarterOf(String(metric.Due_Date__c)) === quarterOf(today)
        );
        assert.ok(
            leadingThisQuarter.length > 0,
            `a leading indicator due this quarter${on}`
        );
    }
});

test('Buy-Sell assessments cover both perspectives, all horizons and movement over time', () => {
    const levels = loadSampleRecords({
        today: SAMPLE_DATA_ANCHOR_DATE
    }).Buy_Sell_Level__c.map((record) => record.fields);
    for (const perspective of ['Customer', 'Supplier']) {
        for (const horizon of ['Current', '1 Year', '5 Years']) {
            assert.ok(
                levels.some(
                    (level) =>
                        level.Perspective__c === perspective &&
                        level.Horizon__c === horizon
                ),
                `${perspective} / ${horizon}`
            );
        }
    }
    const history = new Map<string, Set<SampleRecord['fields'][string]>>();
    for (const level of levels.filter(
        (l) => l.Horizon__c === 'Current' && l.Customer_Respondent__c
    )) {
        const key = `${level.Strategic_Account_Plan__c}/${level.Customer_Respondent__c}`;
        history.set(key, (history.get(key) ?? new Set()).add(level.Level__c));
    }
    assert.ok(
        [...history.values()].some((seen) => seen.size > 1),
        'a respondent whose level moved'
    );
});

test('dates move by the days between the anchor and the import day; nothing else changes', () => {
    const atAnchor = readSamplePlan({ today: SAMPLE_DATA_ANCHOR_DATE }).records;
    const later = readSamplePlan({
        today: addDays(SAMPLE_DATA_ANCHOR_DATE, 45)
    }).records;
    const raw = JSON.parse(
        readFileSync(
            path.join(SAMPLE_DATA_DIR, 'executive-sponsor-cadences.json'),
            'utf8'
        )
    ).records[0];
    const first = atAnchor.find(
        (record) => record.referenceId === raw.attributes.referenceId
    )!;
    assert.equal(
        first.fields.Last_Touch_Date__c,
        raw.Last_Touch_Date__c,
        'unchanged on the anchor day'
    );
    atAnchor.forEach((record, index) => {
        for (const [name, value] of Object.entries(record.fields)) {
            const moved = later[index].fields[name];
            const isDate =
                project.getField(record.sobject, name)?.type === 'Date';
            assert.equal(
                moved,
                isDate && typeof value === 'string'
                    ? addDays(value, 45)
                    : value,
                `${record.referenceId}.${name}`
            );
        }
    });
});

test('writeImportPlan writes a tree-import plan with moved dates and the given user for every placeholder', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sample-plan-'));
    try {
        const planFile = writeImportPlan(out, () => '005000000000001AAA', {
            today: '2027-03-01'
        });
        assert.equal(planFile, path.join(out, 'sample-data-plan.json'));
        assert.deepEqual(
            JSON.parse(readFileSync(planFile, 'utf8')),
            JSON.parse(
                readFileSync(
                    path.join(SAMPLE_DATA_DIR, 'sample-data-plan.json'),
                    'utf8'
                )
            )
        );
        const written = readdirSync(out)
            .map((file) => readFileSync(path.join(out, file), 'utf8'))
            .join('\n');
        assert.doesNotMatch(written, /\$user:/);
        const cadences = JSON.parse(
            readFileSync(
                path.join(out, 'executive-sponsor-cadences.json'),
                'utf8'
            )
        ).records;
        const expected = readSamplePlan({ today: '2027-03-01' }).records.filter(
            (record) => record.sobject === 'Executive_Sponsor_Cadence__c'
        );
        assert.equal(cadences.length, expected.length);
        assert.equal(cadences[0].Executive_Sponsor__c, '005000000000001AAA');
        assert.equal(
            cadences[0].Strategic_Account_Plan__c,
            expected[0].fields.Strategic_Account_Plan__c,
            '@references stay for sf to resolve'
        );
        assert.equal(
            cadences[0].Start_Date__c,
            expected[0].fields.Start_Date__c
        );
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
});

test('loadSampleRecords resolves lookups to the Ids the caller gives', () => {
    const records = loadSampleRecords({
        idOf: (sobject, referenceId) => `${sobject}:${referenceId}`,
        userId: (name) => `User:${name}`
    });
    const metric = records.Joint_Metric__c[0];
    assert.equal(metric.Id, `Joint_Metric__c:${metric.referenceId}`);
    assert.equal(
        metric.fields.Strategic_Account_Plan__c,
        `Strategic_Account_Plan__c:${metric.lookups.Strategic_Account_Plan__c.referenceId}`
    );
    assert.ok(
        records.Strategic_Account_Plan__c.some(
            (plan) => plan.Id === metric.fields.Strategic_Account_Plan__c
        )
    );
    assert.equal(
        metric.fields.Supplier_Owner__c,
        `User:${metric.users.Supplier_Owner__c}`
    );
});

/** Loads a copy of the sample data in which `edit` changed one file. */
function loadBroken(
    file: string,
    edit: (records: Array<Record<string, unknown>>) => void
): () => void {
    const data = path.relative(PROJECT_ROOT, SAMPLE_DATA_DIR);
    return () =>
        withProjectCopy(
            (copy) => {
                const content = JSON.parse(copy.read(path.join(data, file)));
                edit(content.records);
                copy.write(path.join(data, file), JSON.stringify(content));
                readSamplePlan({
                    dataDir: path.join(copy.root, data),
                    project
                });
            },
            PROJECT_ROOT,
            [data]
        );
}

const problem =
    (file: string, field: string, reason: RegExp) => (error: unknown) =>
        error instanceof SampleDataError &&
        error.file === file &&
        error.field === field &&
        reason.test(error.reason);

test('a computed field in a sample file is refused, naming file and field', () => {
    assert.throws(
        loadBroken(
            'joint-metrics.json',
            (records) => (records[0].Status__c = 'On Track')
        ),
        problem('joint-metrics.json', 'Status__c', /computed/)
    );
    assert.throws(
        loadBroken(
            'strategic-account-plans.json',
            (records) => (records[0].Metric_Count__c = 3)
        ),
        problem('strategic-account-plans.json', 'Metric_Count__c', /computed/)
    );
    assert.throws(
        loadBroken(
            'buy-sell-levels.json',
            (records) => (records[0].Name = 'BSL-1')
        ),
        problem('buy-sell-levels.json', 'Name', /computed/)
    );
});

test('a reference to a record no earlier step saves is refused', () => {
    assert.throws(
        loadBroken(
            'joint-metrics.json',
            (records) =>
                (records[0].Strategic_Account_Plan__c = '@NoSuchPlanRef')
        ),
        problem(
            'joint-metrics.json',
            'Strategic_Account_Plan__c',
            /not saved by an earlier plan step/
        )
    );
    assert.throws(
        loadBroken(
            'joint-metrics.json',
            (records) => (records[0].Customer_Owner__c = '@NorthwindPlanRef')
        ),
        problem('joint-metrics.json', 'Customer_Owner__c', /looks up Contact/)
    );
});

test('unknown fields, user placeholders outside User lookups and malformed dates are refused', () => {
    assert.throws(
        loadBroken('contacts.json', (records) => (records[0].Shoe_Size__c = 9)),
        problem('contacts.json', 'Shoe_Size__c', /no such field/)
    );
    assert.throws(
        loadBroken(
            'joint-metrics.json',
            (records) => (records[0].Customer_Owner__c = '$user:Dana Reyes')
        ),
        problem('joint-metrics.json', 'Customer_Owner__c', /lookup to User/)
    );
    assert.throws(
        loadBroken(
            'joint-metrics.json',
            (records) => (records[0].Due_Date__c = '30/06/2027')
        ),
        problem('joint-metrics.json', 'Due_Date__c', /YYYY-MM-DD/)
    );
});
