/**
 * The preview's in-memory database. It holds the records' entered values and
 * derives every formula and roll-up summary field by evaluating the objects'
 * own formula text (`scripts/lib/formulaEngine.ts`), so what the page shows
 * follows the metadata, never a TypeScript copy of a rule.
 *
 * Reads ({@link PreviewStore.list}, {@link PreviewStore.get}) and writes speak
 * the UI API's value space: Percent fields are percentages (50), as GraphQL and
 * `lightning/uiRecordApi` deliver them; inside, values are kept as formulas
 * see them (0.5).
 */
import {
    computeFormulaFields,
    computeRollUps,
    evaluateValidationRules,
    toUiApiValue,
    type FieldValue,
    type FiredRule,
    type RecordValues
} from '../lib/formulaEngine';
import {
    assertInterpretable,
    FlowCustomErrorRaised,
    runRecordTriggeredFlow,
    triggeredFlows,
    type FlowRecord,
    type FlowRunContext,
    type TriggerEvent,
    type TriggerTiming
} from '../lib/flowInterpreter';
import {
    type FieldModel,
    type FieldType,
    type ObjectModel,
    type ProjectModel
} from '../lib/project';
import { localToday } from '../lib/localToday';
import { assertDefaultsEvaluable, defaultsOfNewRecord } from './recordDefaults';

/** A record as reads return it: its type, Id and every field's value, computed ones included. */
export interface StoredRecord {
    attributes: { type: string };
    Id: string;
    [field: string]: unknown;
}

/**
 * A record to seed the store with. As in an `sf data tree import` plan, a
 * lookup may name another seed by its reference (`'@AcmePlan'` for the seed
 * whose `attributes.referenceId` is `AcmePlan`) instead of holding an Id.
 */
export interface SeedRecord {
    attributes: { type: string; referenceId?: string };
    Id?: string;
    [field: string]: unknown;
}

/** One error of a refused write, shaped like the UI API's record errors. */
export interface RecordError {
    errorCode: string;
    message: string;
    field?: string;
    fieldLabel?: string;
}

/**
 * A write the UI API would refuse; `status` is the HTTP status it would answer
 * with. `request` errors concern the request itself (an unknown field, a value
 * of the wrong JSON type) and are answered as a list of UI API Error Messages
 * (`[{ errorCode, message }]`,
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_error_message.htm);
 * `record` errors (validation rules, a number out of range) as an Error with
 * Output whose output holds the record's page and field errors
 * (https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_error_with_output.htm).
 */
export class RecordWriteError extends Error {
    constructor(
        readonly status: number,
        readonly errors: RecordError[],
        readonly kind: 'record' | 'request' = 'record'
    ) {
        super(errors.map((error) => error.message).join('; '));
        this.name = 'RecordWriteError';
    }
}

export interface StoreOptions {
    /** `TODAY()` for the formulas, `YYYY-MM-DD`; defaults to the local date. */
    today?: string;
    /** The clock that stamps LastModifiedDate; injectable for tests. */
    now?: () => Date;
}

/** Key prefixes of the objects, for Ids that look like Salesforce's. */
const STANDARD_KEY_PREFIXES: Record<string, string> = {
    Account: '001',
    Contact: '003',
    User: '005',
    Task: '00T'
};
const AUDIT_FIELDS = new Set([
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp'
]);
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
/**
 * Saves that flows cause, nested: Apex Developer Guide, "Execution Governors
 * and Limits": "Total stack depth for any Apex invocation that recursively
 * fires triggers due to insert, update, or delete statements: 16"
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm).
 */
const MAX_TRIGGER_DEPTH = 16;

/** The 18-character form of a 15-character Id (the case-insensitive suffix Salesforce appends). */
function withChecksum(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let index = 0; index < 5; index++) {
            const char = id15[chunk * 5 + index];
            if (char >= 'A' && char <= 'Z') bits |= 1 << index;
        }
        suffix += CHECKSUM_ALPHABET[bits];
    }
    return id15 + suffix;
}

/** The preview's records and the rules that derive and guard them. */
export class PreviewStore {
    readonly today: string;
    private readonly now: () => Date;
    /** Entered values only (no formula or roll-up fields), Percent as fractions, by Id. */
    private readonly records = new Map<string, StoredRecord>();
    private readonly keyPrefixes = new Map<string, string>();
    private readonly counters = new Map<string, number>();
    /** Records with formula and roll-up values, by Id; a write drops the record and its masters. */
    private readonly derivedById = new Map<string, StoredRecord>();
    /** Writes under way: 1 for a write from outside, more for the saves its flows cause. */
    private depth = 0;
    /** What the record-triggered flows read and write: this store, each write a full save. */
    private readonly flowContext: FlowRunContext;

    /**
     * @param seed records in the UI API's value space; those without an Id get one
     */
    constructor(
        private readonly project: ProjectModel,
        seed: SeedRecord[] = [],
        options: StoreOptions = {}
    ) {
        this.today = options.today ?? localToday();
        this.now = options.now ?? (() => new Date());
        this.flowContext = {
            project,
            today: this.today,
            now: this.now,
            db: {
                list: (object) => this.list(object),
                get: (id) => this.get(id),
                create: (object, fields) => this.create(object, fields).Id,
                update: (id, fields) => void this.update(id, fields),
                delete: (id) => this.delete(id)
            }
        };
        // A flow the interpreter cannot run fails the preview before it serves anything.
        for (const flow of project.flows) assertInterpretable(project, flow);
        assertDefaultsEvaluable(project, { today: this.today });
        project.objects
            .filter((object) => object.custom)
            .forEach((object, index) =>
                this.keyPrefixes.set(
                    object.apiName,
                    `a0${String.fromCharCode(65 + index)}`
                )
            );
        const stamp = this.now().toISOString();
        const ids = seed.map(
            (record) =>
                record.Id ??
                this.newId(this.objectOf(record.attributes.type).apiName)
        );
        const idsByReference = new Map(
            seed.map((record, index) => [
                record.attributes.referenceId,
                ids[index]
            ])
        );
        const resolve = (field: FieldModel | undefined, value: unknown) => {
            if (
                !field?.referenceTo ||
                typeof value !== 'string' ||
                !value.startsWith('@')
            )
                return value;
            const id = idsByReference.get(value.slice(1));
            if (!id)
                throw new Error(
                    `Seed reference ${value} names no seeded record`
                );
            return id;
        };
        seed.forEach((record, index) => {
            const object = this.objectOf(record.attributes.type);
            const id = ids[index];
            const values = Object.fromEntries(
                Object.entries(record)
                    .filter(([name]) => name !== 'attributes')
                    .map(([name, value]) => [
                        name,
                        resolve(
                            this.project.getField(object.apiName, name),
                            value
                        )
                    ])
            );
            // An import inserts each record, so the fields it leaves out get their defaults.
            this.records.set(id, {
                Name: this.autoNumber(object),
                ...this.newRecordValues(object, this.toStored(object, values)),
                attributes: { type: object.apiName },
                Id: id,
                CreatedDate: record.CreatedDate ?? stamp,
                LastModifiedDate: record.LastModifiedDate ?? stamp,
                SystemModstamp: record.LastModifiedDate ?? stamp
            });
        });
        // Seeds are imported as `sf data tree import` inserts them: the
        // after-save flows of each record run once all are in, so values that
        // flows keep (Is_Latest__c) are the flow's, not the seed's.
        this.transaction(() =>
            ids
                .filter(
                    (id) =>
                        triggeredFlows(
                            project,
                            this.records.get(id)!.attributes.type,
                            'create',
                            'RecordAfterSave'
                        ).length
                )
                .forEach((id) =>
                    this.runFlows(
                        id,
                        'create',
                        'RecordAfterSave',
                        this.get(id)!
                    )
                )
        );
    }

    /** A new Id for a record of `objectApiName`. */
    private newId(objectApiName: string): string {
        const prefix =
            STANDARD_KEY_PREFIXES[objectApiName] ??
            this.keyPrefixes.get(objectApiName) ??
            'a0Z';
        const next = (this.counters.get(prefix) ?? 0) + 1;
        this.counters.set(prefix, next);
        return withChecksum(`${prefix}5g000${String(next).padStart(7, '0')}`);
    }

    /** The next auto-number Name of an object whose Name is one (`BSL-{00000}` → `BSL-00001`), else undefined. */
    private autoNumber(object: ObjectModel): string | undefined {
        const format = object.nameDisplayFormat;
        if (!format) return undefined;
        const next = (this.counters.get(object.apiName) ?? 0) + 1;
        this.counters.set(object.apiName, next);
        return format.replace(/\{(0+)\}/, (_, zeros: string) =>
            String(next).padStart(zeros.length, '0')
        );
    }

    /** A new record's entered values: the written ones, and the default of each field the write leaves out. */
    private newRecordValues(
        object: ObjectModel,
        written: Record<string, unknown>
    ): Record<string, unknown> {
        return {
            ...defaultsOfNewRecord(object, written, { today: this.today }),
            ...written
        };
    }

    /** Every record of an object, formula and roll-up fields computed. */
    list(objectApiName: string): StoredRecord[] {
        const type = this.objectOf(objectApiName).apiName;
        return [...this.records.values()]
            .filter((record) => record.attributes.type === type)
            .map((record) => this.derive(record));
    }

    /** One record by Id, formula and roll-up fields computed. */
    get(id: string): StoredRecord | undefined {
        const record = this.records.get(id);
        return record && this.derive(record);
    }

    /**
     * Updates fields of a record as `updateRecord` would: refuses a stale
     * `ifUnmodifiedSince` (412), unknown or computed fields (400) and values that
     * fire a validation rule (400); otherwise stamps LastModifiedDate.
     */
    update(
        id: string,
        fields: Record<string, unknown>,
        ifUnmodifiedSince?: string
    ): StoredRecord {
        const current = this.records.get(id);
        if (!current)
            throw new RecordWriteError(404, [
                {
                    errorCode: 'NOT_FOUND',
                    message: 'The requested resource does not exist'
                }
            ]);
        const object = this.objectOf(current.attributes.type);
        if (
            ifUnmodifiedSince !== undefined &&
            Date.parse(String(current.LastModifiedDate)) >
                Date.parse(ifUnmodifiedSince)
        ) {
            throw new RecordWriteError(412, [
                {
                    errorCode: 'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE',
                    message:
                        'The record was modified after you loaded it: it has not been saved.'
                }
            ]);
        }
        const next = {
            ...current,
            ...this.toStored(
                object,
                this.checkedFields(
                    object,
                    fields,
                    'INVALID_FIELD_FOR_INSERT_UPDATE'
                )
            )
        };
        const prior = { ...this.get(id)! };
        this.runBeforeSaveFlows(object, 'update', next, prior);
        this.validate(object, next);
        return this.saveThenRunFlows(id, 'update', prior, () =>
            this.saveModified(id, current, next)
        );
    }

    /**
     * Creates a record as `createRecord` would: the fields' default values
     * where the write leaves a field out, then the before-save flows, the
     * validation rules and the after-save flows, which all see the defaults.
     * Apex Developer Guide, "Triggers and Order of Execution": Salesforce
     * "initializes the record", "loads the new record field values from the
     * request", and only then runs before-save flows, triggers and custom
     * validation rules
     * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_order_of_execution.htm);
     * a before-insert trigger already reads the default
     * (https://foobarforce.com/2013/06/03/sobject-secret-life-defaults/).
     */
    create(
        objectApiName: string,
        fields: Record<string, unknown>
    ): StoredRecord {
        const object = this.objectOf(objectApiName);
        const written = this.toStored(
            object,
            this.checkedFields(
                object,
                fields,
                'INVALID_FIELD_FOR_INSERT_UPDATE'
            )
        );
        const id = this.newId(object.apiName);
        const stamp = this.now().toISOString();
        const record: StoredRecord = {
            Name: this.autoNumber(object),
            ...this.newRecordValues(object, written),
            attributes: { type: object.apiName },
            Id: id,
            CreatedDate: stamp,
            LastModifiedDate: stamp,
            SystemModstamp: stamp
        };
        this.runBeforeSaveFlows(object, 'create', record);
        this.validate(object, record);
        return this.saveThenRunFlows(id, 'create', undefined, () => {
            this.records.set(id, record);
            this.invalidate(id);
        });
    }

    /**
     * Deletes a record as `deleteRecord` would; the roll-ups of its masters
     * are recomputed on the next read. As in an org, deleting a master deletes
     * its detail records, and custom lookups to a deleted record are cleared
     * (SetNull, the package's delete constraint). SOAP API Developer Guide,
     * "Relationships Among Objects": "When a record of the master object is
     * deleted, its related detail records are also deleted"
     * (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/relationships_among_objects.htm).
     */
    delete(id: string): void {
        if (!this.records.has(id))
            throw new RecordWriteError(404, [
                {
                    errorCode: 'NOT_FOUND',
                    message: 'The requested resource does not exist'
                }
            ]);
        // Before-delete flows see the record and may change others; a
        // cascade deletes the details without running their triggers (Apex
        // Developer Guide, "Triggers and Order of Execution": cascading
        // deletes do not fire triggers on the child records,
        // https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_order_of_execution.htm).
        this.transaction(() => {
            this.runFlows(id, 'delete', 'RecordBeforeDelete', this.get(id)!);
            this.deleteWithDetails(id);
        });
    }

    /** Removes a record, its detail records with it, and clears custom lookups to them. */
    private deleteWithDetails(id: string): void {
        const deleted = new Set<string>();
        const cascade = (recordId: string) => {
            deleted.add(recordId);
            for (const child of this.records.values())
                if (
                    !deleted.has(child.Id) &&
                    this.referencesTo(child, recordId).some(
                        (field) => field.type === 'MasterDetail'
                    )
                )
                    cascade(child.Id);
        };
        cascade(id);
        for (const recordId of deleted) this.invalidate(recordId);
        for (const recordId of deleted) this.records.delete(recordId);
        for (const record of this.records.values()) {
            const cleared = [...deleted].flatMap((recordId) =>
                this.referencesTo(record, recordId)
            );
            if (!cleared.length) continue;
            this.records.set(record.Id, {
                ...record,
                ...Object.fromEntries(
                    cleared.map((field) => [field.apiName, null])
                )
            });
            this.invalidate(record.Id);
        }
    }

    /** The custom relationship fields of `record` that hold `targetId`. */
    private referencesTo(record: StoredRecord, targetId: string): FieldModel[] {
        return this.objectOf(record.attributes.type).fields.filter(
            (field) =>
                (field.type === 'MasterDetail' || field.type === 'Lookup') &&
                field.custom &&
                record[field.apiName] === targetId
        );
    }

    /**
     * Runs `body` as one transaction: a failure anywhere in it, a flow's
     * included, restores every record as it was before, as an org rolls back
     * the whole save. Nested saves (those flows cause) join the outer one.
     */
    private transaction<T>(body: () => T): T {
        if (this.depth >= MAX_TRIGGER_DEPTH)
            throw new RecordWriteError(400, [
                {
                    errorCode: 'CANNOT_EXECUTE_FLOW_TRIGGER',
                    message: `Maximum trigger depth exceeded: more than ${MAX_TRIGGER_DEPTH} nested saves.`
                }
            ]);
        const records = this.depth === 0 ? new Map(this.records) : undefined;
        const counters = new Map(this.counters);
        this.depth += 1;
        try {
            return body();
        } catch (error) {
            if (records) {
                this.records.clear();
                records.forEach((record, id) => this.records.set(id, record));
                counters.forEach((value, key) => this.counters.set(key, value));
                this.derivedById.clear();
            }
            throw error;
        } finally {
            this.depth -= 1;
        }
    }

    /** Saves a validated record, then runs its after-save flows, in one transaction. */
    private saveThenRunFlows(
        id: string,
        event: TriggerEvent,
        prior: StoredRecord | undefined,
        save: () => void
    ): StoredRecord {
        return this.transaction(() => {
            save();
            this.runFlows(id, event, 'RecordAfterSave', this.get(id)!, prior);
            return this.get(id)!;
        });
    }

    /** Runs the before-save flows on the record about to be saved; their changes go into `record`. */
    private runBeforeSaveFlows(
        object: ObjectModel,
        event: TriggerEvent,
        record: StoredRecord,
        prior?: StoredRecord
    ): void {
        if (
            !triggeredFlows(
                this.project,
                object.apiName,
                event,
                'RecordBeforeSave'
            ).length
        )
            return;
        const seen = toUiApiRecord(object, { ...record });
        this.runFlows(record.Id, event, 'RecordBeforeSave', seen, prior);
        const changed = Object.fromEntries(
            Object.entries(seen).filter(
                ([name, value]) =>
                    value !== toUiApiRecord(object, record)[name] &&
                    object.fields.some(
                        (field) => field.apiName === name && !field.calculated
                    )
            )
        );
        Object.assign(record, this.toStored(object, changed));
    }

    /**
     * Runs the active record-triggered flows of the record's object for one
     * event and timing, in their run order. A flow that fails refuses the
     * save with the platform's CANNOT_EXECUTE_FLOW_TRIGGER; one that reaches
     * a Custom Error refuses it with the element's messages, as a validation
     * rule does (see {@link customValidationError}).
     */
    private runFlows(
        id: string,
        event: TriggerEvent,
        timing: TriggerTiming,
        record: StoredRecord,
        prior?: StoredRecord
    ): void {
        const type = (this.records.get(id) ?? record).attributes.type;
        for (const flow of triggeredFlows(this.project, type, event, timing)) {
            try {
                runRecordTriggeredFlow(flow, this.flowContext, {
                    event,
                    record:
                        timing === 'RecordBeforeSave' ? record : { ...record },
                    prior: prior as FlowRecord | undefined
                });
            } catch (error) {
                if (error instanceof RecordWriteError) throw error;
                if (error instanceof FlowCustomErrorRaised)
                    throw customValidationError(
                        this.objectOf(type),
                        error.messages
                    );
                throw new RecordWriteError(400, [
                    {
                        errorCode: 'CANNOT_EXECUTE_FLOW_TRIGGER',
                        message: (error as Error).message
                    }
                ]);
            }
        }
    }

    /** Stamps a record as modified now without changing a value: a concurrent edit, for tests. */
    touch(id: string): StoredRecord {
        const current = this.records.get(id);
        if (!current)
            throw new RecordWriteError(404, [
                {
                    errorCode: 'NOT_FOUND',
                    message: 'The requested resource does not exist'
                }
            ]);
        return this.saveModified(id, current, current);
    }

    /** Stores a changed record with a fresh modification stamp and drops what was derived from it. */
    private saveModified(
        id: string,
        current: StoredRecord,
        next: StoredRecord
    ): StoredRecord {
        const stamp = this.nextStamp(current);
        this.records.set(id, {
            ...next,
            LastModifiedDate: stamp,
            SystemModstamp: stamp
        });
        this.invalidate(id);
        return this.get(id)!;
    }

    /** A modification stamp strictly later than the record's current one, even within one millisecond. */
    private nextStamp(current: StoredRecord): string {
        const previous = Date.parse(String(current.LastModifiedDate));
        const now = this.now().getTime();
        return new Date(Math.max(now, previous + 1)).toISOString();
    }

    private objectOf(apiName: string): ObjectModel {
        const object = this.project.getObject(apiName);
        if (!object)
            throw new RecordWriteError(400, [
                {
                    errorCode: 'INVALID_TYPE',
                    message: `sObject type '${apiName}' is not supported.`
                }
            ]);
        return object;
    }

    /** The fields of a write, by their exact API names; unknown or computed ones are refused. */
    private checkedFields(
        object: ObjectModel,
        fields: Record<string, unknown>,
        computedCode: string
    ): Record<string, unknown> {
        return Object.fromEntries(
            Object.entries(fields).map(([name, value]) => {
                const field = object.fields.find(
                    (candidate) =>
                        candidate.apiName.toLowerCase() === name.toLowerCase()
                );
                if (!field) {
                    throw new RecordWriteError(
                        400,
                        [
                            {
                                errorCode: 'INVALID_FIELD',
                                message: `No such column '${name}' on sobject of type ${object.apiName}`
                            }
                        ],
                        'request'
                    );
                }
                // The model marks every standard field as system-set; on standard objects only the audit fields are.
                if (
                    field.apiName === 'Id' ||
                    AUDIT_FIELDS.has(field.apiName) ||
                    (object.custom && field.calculated)
                ) {
                    throw new RecordWriteError(400, [
                        {
                            errorCode: computedCode,
                            message: `Unable to create/update fields: ${field.apiName}.`,
                            field: field.apiName
                        }
                    ]);
                }
                return [field.apiName, checkedValue(field, value)];
            })
        );
    }

    /** Runs the object's validation rules; fired ones become field or page errors. */
    private validate(object: ObjectModel, record: StoredRecord): void {
        if (!object.custom) return;
        const withRollUps = { ...this.rollUps(object, record), ...record };
        const fired: FiredRule[] = evaluateValidationRules(
            this.project,
            object.apiName,
            withRollUps,
            { today: this.today }
        );
        if (fired.length) throw customValidationError(object, fired);
    }

    /** UI API values (Percent as percentages) → stored values (fractions). */
    private toStored(
        object: ObjectModel,
        values: Record<string, unknown>
    ): Record<string, unknown> {
        return Object.fromEntries(
            Object.entries(values).map(([name, value]) => {
                const field = object.fields.find(
                    (candidate) => candidate.apiName === name
                );
                return [
                    name,
                    field?.valueType === 'Percent' && typeof value === 'number'
                        ? value / 100
                        : value
                ];
            })
        );
    }

    /** The roll-up values of a record, from its children's entered values. */
    private rollUps(
        object: ObjectModel,
        record: StoredRecord
    ): Record<string, FieldValue> {
        if (!object.fields.some((field) => field.summary)) return {};
        const children: Record<string, RecordValues[]> = {};
        for (const child of this.records.values())
            (children[child.attributes.type] ??= []).push(child);
        return computeRollUps(this.project, object.apiName, record, children, {
            today: this.today
        });
    }

    private derive(record: StoredRecord): StoredRecord {
        const cached = this.derivedById.get(record.Id);
        if (cached) return cached;
        const object = this.objectOf(record.attributes.type);
        const rollUps = object.custom ? this.rollUps(object, record) : {};
        const formulas = object.custom
            ? computeFormulaFields(
                  this.project,
                  object.apiName,
                  { ...record, ...rollUps },
                  { today: this.today }
              )
            : {};
        const derived = toUiApiRecord(object, {
            ...record,
            ...personName(object, record),
            ...rollUps,
            ...formulas
        });
        this.derivedById.set(record.Id, derived);
        return derived;
    }

    /** Drops the derived values of a written record and of the masters whose roll-ups count it. */
    private invalidate(id: string): void {
        this.derivedById.delete(id);
        const record = this.records.get(id);
        if (!record) return;
        for (const field of this.objectOf(record.attributes.type).fields) {
            const parentId = record[field.apiName];
            if (
                field.type === 'MasterDetail' &&
                typeof parentId === 'string' &&
                this.records.has(parentId)
            )
                this.invalidate(parentId);
        }
    }
}

/** Field types whose values are JSON numbers. */
const NUMBER_TYPES = new Set<FieldType>([
    'Number',
    'Currency',
    'Percent',
    'Integer',
    'Long'
]);
/** Field types whose values are JSON strings. */
const STRING_TYPES = new Set<FieldType>([
    'Text',
    'TextArea',
    'LongTextArea',
    'Html',
    'EncryptedText',
    'Email',
    'Phone',
    'Url',
    'Picklist',
    'MultiselectPicklist',
    'Lookup',
    'MasterDetail',
    'Hierarchy',
    'Date',
    'DateTime',
    'Time'
]);

/**
 * A field's value as an org would store it, or the refusal an org answers
 * with. The JSON type must fit the field: a string, array or object in a
 * number field, or a number in a text field, is refused as the REST API
 * refuses a body it cannot deserialize (400 `JSON_PARSER_ERROR`, "Cannot
 * deserialize instance of ... from START_ARRAY value",
 * https://salesforce.stackexchange.com/questions/54882). A number needs at
 * most `precision - scale` digits before the decimal point, and a non-finite
 * one (JSON `1e309` reads as Infinity) has none that fit: both are refused
 * with `NUMBER_OUTSIDE_VALID_RANGE` ("value outside of valid range on
 * numeric field", StatusCode in the SOAP API Developer Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm;
 * precision − scale digits before the point:
 * https://salesforcedictionary.com/errors/number-outside-valid-range). More
 * decimals than the scale are stored as sent: the API does not round, only
 * the UI does (Knowledge Article 000387302,
 * https://help.salesforce.com/s/articleView?id=000387302&type=1). Text
 * longer than the field's length is refused with `STRING_TOO_LONG`.
 */
function checkedValue(field: FieldModel, value: unknown): unknown {
    // A checkbox is never blank (see recordDefaults.ts). What the UI API does
    // with a null for one is not documented (Apex DML refuses it,
    // https://salesforce.stackexchange.com/questions/127548): the preview
    // decides to store it unchecked, so no read ever meets a blank checkbox.
    if (value === null) return field.valueType === 'Checkbox' ? false : null;
    const expected = NUMBER_TYPES.has(field.valueType)
        ? 'number'
        : STRING_TYPES.has(field.valueType)
          ? 'string'
          : field.valueType === 'Checkbox'
            ? 'boolean'
            : undefined;
    if (expected && typeof value !== expected) {
        const found = Array.isArray(value)
            ? 'START_ARRAY'
            : value !== null && typeof value === 'object'
              ? 'START_OBJECT'
              : `VALUE_${typeof value === 'string' ? 'STRING' : typeof value === 'number' ? 'NUMBER' : 'TRUE_FALSE'}`;
        throw new RecordWriteError(
            400,
            [
                {
                    errorCode: 'JSON_PARSER_ERROR',
                    message: `Cannot deserialize instance of ${expected} from ${found} value ${JSON.stringify(value)} for field ${field.apiName}`
                }
            ],
            'request'
        );
    }
    if (typeof value === 'number' && !withinPrecision(field, value)) {
        throw fieldError(
            field,
            'NUMBER_OUTSIDE_VALID_RANGE',
            `${field.label}: value outside of valid range on numeric field: ${value}`
        );
    }
    if (
        typeof value === 'string' &&
        field.length !== undefined &&
        value.length > field.length
    ) {
        throw fieldError(
            field,
            'STRING_TOO_LONG',
            `${field.label}: data value too large: ${value.slice(0, 40)}… (max length=${field.length})`
        );
    }
    return value;
}

/** Whether a number fits the digits a field has before its decimal point. */
function withinPrecision(field: FieldModel, value: number): boolean {
    if (!Number.isFinite(value)) return false;
    if (field.precision === undefined) return true;
    return Math.abs(value) < 10 ** (field.precision - (field.scale ?? 0));
}

/**
 * The refusal of a save by custom messages: a validation rule's, or a flow's
 * Custom Error, which shows its message in a window on the record page or
 * inline on a field as a validation rule does (Salesforce Help, "Custom Error
 * Element",
 * https://help.salesforce.com/s/articleView?id=platform.flow_ref_elements_custom_error.htm).
 * The API reports both with FIELD_CUSTOM_VALIDATION_EXCEPTION, as it does a
 * trigger's addError (https://www.salto.io/blog-posts/field-custom-validation).
 */
function customValidationError(
    object: ObjectModel,
    messages: { message: string; field?: string }[]
): RecordWriteError {
    return new RecordWriteError(
        400,
        messages.map(({ message, field }) => ({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            message,
            field,
            fieldLabel: field
                ? object.fields.find((candidate) => candidate.apiName === field)
                      ?.label
                : undefined
        }))
    );
}

function fieldError(
    field: FieldModel,
    errorCode: string,
    message: string
): RecordWriteError {
    return new RecordWriteError(400, [
        { errorCode, message, field: field.apiName, fieldLabel: field.label }
    ]);
}

function toUiApiRecord(
    object: ObjectModel,
    record: StoredRecord
): StoredRecord {
    const converted: StoredRecord = { ...record };
    for (const field of object.fields) {
        if (field.valueType === 'Percent' && field.apiName in record)
            converted[field.apiName] = toUiApiValue(
                field,
                record[field.apiName] as FieldValue
            );
    }
    return converted;
}

/** Contact and User names are compound fields: Salesforce derives Name from the first and last name. */
function personName(
    object: ObjectModel,
    record: StoredRecord
): Partial<StoredRecord> {
    const parts = [record.FirstName, record.LastName].filter(
        (part) => typeof part === 'string' && part !== ''
    );
    return record.Name === undefined &&
        object.fields.some((field) => field.apiName === 'LastName') &&
        parts.length
        ? { Name: parts.join(' ') }
        : {};
}
