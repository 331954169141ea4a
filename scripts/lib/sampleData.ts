/**
 * The one loader of the sample data in `data/` (an `sf data tree import` plan).
 *
 * The files are written as of {@link SAMPLE_DATA_ANCHOR_DATE}: every Date field
 * holds the date it would have if the data were imported on that day. Loading
 * moves each date by the number of days between the anchor and `today`, so a
 * sponsor pair that was "Due Soon" on the anchor day is "Due Soon" on the day
 * of import, a plan review that was overdue stays overdue, and so on.
 *
 * Lookups to User cannot be tree-imported portably (user ids differ per org),
 * so the files write them as placeholders naming a person, `"$user:Dana Reyes"`.
 * The caller decides who that is: the org setup maps every name to the running
 * user; the local preview gives each name a user of its own.
 *
 * Both the org setup ({@link writeImportPlan}, which writes the shifted copy that
 * `sf data tree import` reads) and the local preview ({@link loadSampleRecords},
 * which returns plain records) go through {@link readSamplePlan}, so they can
 * never disagree about what the sample data says.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
    loadProject,
    PROJECT_ROOT,
    type FieldModel,
    type ProjectModel
} from './project';
import { localToday } from './localToday';
import { addDays, toDay } from './relativeDates';

/** The day the sample files are written for (see the module comment). */
export const SAMPLE_DATA_ANCHOR_DATE = '2026-11-22';
export const SAMPLE_DATA_DIR = path.join(PROJECT_ROOT, 'data');
export const SAMPLE_DATA_PLAN_FILE = 'sample-data-plan.json';
/** Prefix of a User lookup placeholder: `"$user:<person's name>"`. */
export const USER_PLACEHOLDER_PREFIX = '$user:';

export type SampleValue = string | number | boolean | null;

/** One step of an `sf data tree import` plan. */
export interface PlanStep {
    sobject: string;
    saveRefs: boolean;
    resolveRefs: boolean;
    files: string[];
}

/** A record as a tree-import file holds it. */
interface TreeRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: SampleValue | TreeRecord['attributes'];
}

/** A record of the plan after the dates moved to `today`, before lookups are resolved. */
export interface PlannedRecord {
    sobject: string;
    referenceId: string;
    /** Field values; `@ref` lookups and `$user:` placeholders as written in the file. */
    fields: Record<string, SampleValue>;
    file: string;
}

export interface SamplePlan {
    steps: PlanStep[];
    /** Records in import order, each step's files in plan order. */
    records: PlannedRecord[];
}

export interface SampleDataOptions {
    /** The import day, `YYYY-MM-DD`; defaults to this machine's local date. */
    today?: string;
    /** The folder holding the plan; defaults to the project's `data/`. */
    dataDir?: string;
    project?: ProjectModel;
}

/** A problem in the sample files, naming the file, record and field. */
export class SampleDataError extends Error {
    constructor(
        readonly file: string,
        readonly referenceId: string,
        readonly field: string,
        readonly reason: string
    ) {
        super(`${file}: ${referenceId}.${field}: ${reason}`);
        this.name = 'SampleDataError';
    }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days from the anchor date to `today` (negative when today is earlier). */
export function shiftInDays(today: string): number {
    if (!ISO_DATE.test(today))
        throw new Error(`today must be YYYY-MM-DD, not "${today}"`);
    return toDay(today) - toDay(SAMPLE_DATA_ANCHOR_DATE);
}

/** The referenceId an `@ref` value names, or undefined for any other value. */
const referenceOf = (value: SampleValue): string | undefined =>
    typeof value === 'string' && value.startsWith('@')
        ? value.slice(1)
        : undefined;
/** The person a `$user:` placeholder names, or undefined for any other value. */
const userNameOf = (value: SampleValue): string | undefined =>
    typeof value === 'string' && value.startsWith(USER_PLACEHOLDER_PREFIX)
        ? value.slice(USER_PLACEHOLDER_PREFIX.length)
        : undefined;

/** Checks that a file's value may be imported into `field`, and moves dates by `shift` days. */
function plannedValue(
    project: ProjectModel,
    field: FieldModel | undefined,
    value: SampleValue,
    shift: number,
    where: [string, string, string]
): SampleValue {
    const fail = (reason: string) => new SampleDataError(...where, reason);
    if (!field) throw fail('no such field in force-app');
    // The model marks every field of the standard-object catalogue as calculated (nobody
    // defines them here), so only a custom object's own flags tell what an org computes.
    const computed =
        field.type === 'Id' ||
        (field.calculated &&
            (field.custom || project.getObject(field.object)?.custom === true));
    if (computed) {
        throw fail(
            'is computed by the org (formula, roll-up, auto number or system field); leave it out of the file'
        );
    }
    if (userNameOf(value) !== undefined) {
        if (!field.referenceTo?.includes('User'))
            throw fail(
                `a ${USER_PLACEHOLDER_PREFIX} placeholder needs a lookup to User`
            );
        return value;
    }
    if (referenceOf(value) !== undefined) {
        if (!field.referenceTo)
            throw fail('an @reference needs a lookup or master-detail field');
        return value;
    }
    if (field.type === 'Date' && value !== null) {
        if (typeof value !== 'string' || !ISO_DATE.test(value))
            throw fail(
                `a date must be YYYY-MM-DD, not ${JSON.stringify(value)}`
            );
        return addDays(value, shift);
    }
    return value;
}

/**
 * Reads the plan and its files, checks every field against the project model
 * and every `@reference` against the records saved before it, and moves each
 * date from the anchor day to `today`.
 *
 * @throws SampleDataError naming the file, record and field of the first problem
 */
export function readSamplePlan(options: SampleDataOptions = {}): SamplePlan {
    const dataDir = options.dataDir ?? SAMPLE_DATA_DIR;
    const project = options.project ?? loadProject();
    const shift = shiftInDays(options.today ?? localToday());
    const steps = JSON.parse(
        readFileSync(path.join(dataDir, SAMPLE_DATA_PLAN_FILE), 'utf8')
    ) as PlanStep[];
    const saved = new Map<string, string>();
    const records: PlannedRecord[] = [];
    for (const step of steps) {
        const stepRecords: PlannedRecord[] = [];
        for (const file of step.files) {
            const content = JSON.parse(
                readFileSync(path.join(dataDir, file), 'utf8')
            ) as { records: TreeRecord[] };
            for (const { attributes, ...values } of content.records) {
                const where = (field: string): [string, string, string] => [
                    file,
                    attributes.referenceId,
                    field
                ];
                if (attributes.type !== step.sobject) {
                    throw new SampleDataError(
                        ...where('attributes.type'),
                        `is ${attributes.type}; the plan step imports ${step.sobject}`
                    );
                }
                if (
                    saved.has(attributes.referenceId) ||
                    stepRecords.some(
                        (r) => r.referenceId === attributes.referenceId
                    )
                ) {
                    throw new SampleDataError(
                        ...where('attributes.referenceId'),
                        'is used twice'
                    );
                }
                const fields: Record<string, SampleValue> = {};
                for (const [name, value] of Object.entries(values) as [
                    string,
                    SampleValue
                ][]) {
                    const field = project.getField(step.sobject, name);
                    fields[name] = plannedValue(
                        project,
                        field,
                        value,
                        shift,
                        where(name)
                    );
                    const reference = referenceOf(value);
                    if (reference !== undefined) {
                        const target = saved.get(reference);
                        if (!step.resolveRefs)
                            throw new SampleDataError(
                                ...where(name),
                                'uses an @reference but the plan step does not resolveRefs'
                            );
                        if (!target)
                            throw new SampleDataError(
                                ...where(name),
                                `${value} is not saved by an earlier plan step`
                            );
                        if (!field!.referenceTo!.includes(target)) {
                            throw new SampleDataError(
                                ...where(name),
                                `${value} is a ${target}; the field looks up ${field!.referenceTo!.join(', ')}`
                            );
                        }
                    }
                }
                stepRecords.push({
                    sobject: step.sobject,
                    referenceId: attributes.referenceId,
                    fields,
                    file
                });
            }
        }
        if (step.saveRefs)
            stepRecords.forEach((record) =>
                saved.set(record.referenceId, record.sobject)
            );
        records.push(...stepRecords);
    }
    return { steps, records };
}

/**
 * Writes the plan, dates moved to `today` and every User placeholder replaced
 * by `userId(name)`, into `outDir` for `sf data tree import -p <returned path>`.
 */
export function writeImportPlan(
    outDir: string,
    userId: (name: string) => string,
    options: SampleDataOptions = {}
): string {
    const { steps, records } = readSamplePlan(options);
    mkdirSync(outDir, { recursive: true });
    for (const step of steps) {
        for (const file of step.files) {
            const fileRecords = records
                .filter(
                    (record) =>
                        record.file === file && record.sobject === step.sobject
                )
                .map((record) => ({
                    attributes: {
                        type: record.sobject,
                        referenceId: record.referenceId
                    },
                    ...Object.fromEntries(
                        Object.entries(record.fields).map(([name, value]) => [
                            name,
                            userNameOf(value) !== undefined
                                ? userId(userNameOf(value)!)
                                : value
                        ])
                    )
                }));
            writeFileSync(
                path.join(outDir, file),
                `${JSON.stringify({ records: fileRecords }, null, 4)}\n`
            );
        }
    }
    const planFile = path.join(outDir, SAMPLE_DATA_PLAN_FILE);
    writeFileSync(planFile, `${JSON.stringify(steps, null, 4)}\n`);
    return planFile;
}

/** A sample record with its lookups resolved, as the local preview stores it. */
export interface SampleRecord {
    sobject: string;
    referenceId: string;
    /** `idOf(sobject, referenceId)`. */
    Id: string;
    /** Field values: dates moved to today, lookups replaced by the target's Id, User placeholders by `userId(name)`. */
    fields: Record<string, SampleValue>;
    /** Lookups to other sample records: field → the target record. */
    lookups: Record<string, { sobject: string; referenceId: string }>;
    /** User lookups: field → the person's name from the placeholder. */
    users: Record<string, string>;
}

export interface SampleRecordOptions extends SampleDataOptions {
    /** The Id a record gets; defaults to its referenceId. */
    idOf?: (sobject: string, referenceId: string) => string;
    /** The Id of the user a placeholder names; defaults to the name itself. */
    userId?: (name: string) => string;
}

/**
 * The sample records by object API name, in import order, with dates moved to
 * `today` and lookups resolved: the local preview fills its store from this.
 */
export function loadSampleRecords(
    options: SampleRecordOptions = {}
): Record<string, SampleRecord[]> {
    const idOf =
        options.idOf ??
        ((_sobject: string, referenceId: string) => referenceId);
    const userId = options.userId ?? ((name: string) => name);
    const { records } = readSamplePlan(options);
    const sobjectOf = new Map(
        records.map((record) => [record.referenceId, record.sobject])
    );
    const byObject: Record<string, SampleRecord[]> = {};
    for (const record of records) {
        const lookups: SampleRecord['lookups'] = {};
        const users: SampleRecord['users'] = {};
        const fields = Object.fromEntries(
            Object.entries(record.fields).map(
                ([name, value]): [string, SampleValue] => {
                    const userName = userNameOf(value);
                    if (userName !== undefined) {
                        users[name] = userName;
                        return [name, userId(userName)];
                    }
                    const reference = referenceOf(value);
                    if (reference !== undefined) {
                        const target = {
                            sobject: sobjectOf.get(reference)!,
                            referenceId: reference
                        };
                        lookups[name] = target;
                        return [name, idOf(target.sobject, target.referenceId)];
                    }
                    return [name, value];
                }
            )
        );
        (byObject[record.sobject] ??= []).push({
            sobject: record.sobject,
            referenceId: record.referenceId,
            Id: idOf(record.sobject, record.referenceId),
            fields,
            lookups,
            users
        });
    }
    return byObject;
}
