/**
 * Stand-in for `lightning/uiRecordApi`, read and write halves. `getRecord`
 * reads the requested fields of a record from the preview server's store
 * (`GET /api/records/:id?fields=`), as the page's user may read them. Writes
 * go to the store, which sets LastModifiedDate, runs the objects' validation
 * rules, refuses a stale `ifUnmodifiedSince` with a 412 and deletes (detail
 * records with their master), as the UI API does. As LDS keeps wires current,
 * a successful `updateRecord` and `notifyRecordUpdateAvailable` refetch every
 * connected `getRecord` wire of the record. Rejections and wire errors are
 * `FetchResponse`-shaped like LDS's.
 */
import {
    deleteRecordById,
    getRecordJson,
    patchRecord,
    postRecord
} from 'preview/api';

/** `{ objectApiName, fieldApiName }` as `@salesforce/schema` imports are, or a qualified name. */
type FieldId = string | { objectApiName?: string; fieldApiName: string };

interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
}

/** A record as the UI API returns it. */
export interface RecordRepresentation {
    apiName: string;
    id: string;
    lastModifiedDate?: string;
    systemModstamp?: string;
    fields: Record<string, { value: unknown; displayValue: string | null }>;
}

interface RecordConfig {
    recordId?: string;
    fields?: FieldId[];
}

/** What a wired property or function receives. */
interface RecordWireResult {
    data: RecordRepresentation | undefined;
    error: unknown;
}

type DataCallback = (result: RecordWireResult) => void;

/** `Object.Field`, the form the UI API takes field names in. */
const qualifiedName = (field: FieldId): string =>
    typeof field === 'string'
        ? field
        : [field.objectApiName, field.fieldApiName].filter(Boolean).join('.');

/** The connected `getRecord` wires, which a write of their record refetches. */
const connectedWires = new Set<getRecord>();

/**
 * Refetches every connected wire of the records; settles once each has been
 * emitted to ("Updated information is sent to all affected wire adapters
 * before the Promise is resolved",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-notify-record-update.html).
 */
async function refetchWires(recordIds: readonly string[]): Promise<void> {
    const ids = new Set(recordIds);
    await Promise.all(
        [...connectedWires]
            .filter((wire) => wire.reads(ids))
            .map((wire) => wire.refetch())
    );
}

/**
 * The `getRecord` wire adapter (`recordId` and `fields` only). Each wire
 * requests its own record: the preview keeps no record cache.
 */
export class getRecord {
    private recordId?: string;
    private fields: string[] = [];

    constructor(private readonly callback: DataCallback) {
        callback({ data: undefined, error: undefined });
    }

    update(config: RecordConfig): void {
        const previous = this.recordId;
        this.recordId = config.recordId;
        this.fields = (config.fields ?? []).map(qualifiedName);
        // Without a record the wire holds no data, not a previous record's.
        if (!this.recordId && previous)
            this.callback({ data: undefined, error: undefined });
        if (connectedWires.has(this)) void this.refetch();
    }

    connect(): void {
        connectedWires.add(this);
        void this.refetch();
    }

    disconnect(): void {
        connectedWires.delete(this);
    }

    /** Whether the wire reads one of the records. */
    reads(recordIds: ReadonlySet<string>): boolean {
        return !!this.recordId && recordIds.has(this.recordId);
    }

    /** Requests the configured record and emits it; an answer for a configuration no longer current is dropped. */
    refetch(): Promise<void> {
        const { recordId, fields } = this;
        if (!recordId) return Promise.resolve();
        const key = this.configKey();
        const emit = (result: RecordWireResult) => {
            if (connectedWires.has(this) && this.configKey() === key)
                this.callback(result);
        };
        return getRecordJson(recordId, fields).then(
            (data) =>
                emit({
                    data: data as RecordRepresentation,
                    error: undefined
                }),
            (error: unknown) => emit({ data: undefined, error })
        );
    }

    private configKey(): string {
        return JSON.stringify([this.recordId, this.fields]);
    }
}

/**
 * Updates the record named by `fields.Id`; `ifUnmodifiedSince` guards against
 * overwriting someone else's change. Resolves once the record's `getRecord`
 * wires have the saved record.
 */
export async function updateRecord(
    recordInput: RecordInput,
    clientOptions?: { ifUnmodifiedSince?: string }
): Promise<RecordRepresentation> {
    const { Id, ...fields } = recordInput.fields;
    const record = (await patchRecord(
        String(Id),
        fields,
        clientOptions?.ifUnmodifiedSince
    )) as RecordRepresentation;
    await refetchWires([record.id]);
    return record;
}

/** Creates a record of `recordInput.apiName`. */
export function createRecord(
    recordInput: RecordInput
): Promise<RecordRepresentation> {
    return postRecord(
        String(recordInput.apiName),
        recordInput.fields
    ) as Promise<RecordRepresentation>;
}

/** Deletes a record; resolves with nothing, as `deleteRecord(recordId): Promise<void>` does. */
export function deleteRecord(recordId: string): Promise<void> {
    return deleteRecordById(recordId);
}

/** Tells the wires that the records changed elsewhere: each connected `getRecord` wire of them refetches. */
export function notifyRecordUpdateAvailable(
    recordIds: { recordId: string }[]
): Promise<void> {
    return refetchWires(recordIds.map(({ recordId }) => recordId));
}

function fieldPath(field: FieldId): string[] {
    const name =
        typeof field === 'string'
            ? field.split('.').slice(1).join('.') || field
            : field.fieldApiName;
    return name.split('.');
}

function fieldValueRecord(
    record: RecordRepresentation | undefined,
    field: FieldId
) {
    const names = fieldPath(field);
    let current: RecordRepresentation | undefined = record;
    for (const [index, name] of names.entries()) {
        const wrapper = current?.fields?.[name];
        if (!wrapper) return undefined;
        if (index === names.length - 1) return wrapper;
        current = wrapper.value as RecordRepresentation;
    }
    return undefined;
}

/** The value of a field of a record representation. */
export function getFieldValue(
    record: RecordRepresentation | undefined,
    field: FieldId
): unknown {
    return fieldValueRecord(record, field)?.value;
}

/** The display value of a field of a record representation. */
export function getFieldDisplayValue(
    record: RecordRepresentation | undefined,
    field: FieldId
): unknown {
    return fieldValueRecord(record, field)?.displayValue;
}
