/**
 * Stand-in for the write half of `lightning/uiRecordApi`. Records go to the
 * preview server's store, which sets LastModifiedDate, runs the objects'
 * validation rules, refuses a stale `ifUnmodifiedSince` with a 412 and
 * deletes (detail records with their master), as the UI API does. Rejections are `FetchResponse`-shaped like LDS's.
 */
import { deleteRecordById, patchRecord, postRecord } from 'preview/api';

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
    fields: Record<string, { value: unknown; displayValue: string | null }>;
}

/** Updates the record named by `fields.Id`; `ifUnmodifiedSince` guards against overwriting someone else's change. */
export function updateRecord(
    recordInput: RecordInput,
    clientOptions?: { ifUnmodifiedSince?: string }
): Promise<RecordRepresentation> {
    const { Id, ...fields } = recordInput.fields;
    return patchRecord(
        String(Id),
        fields,
        clientOptions?.ifUnmodifiedSince
    ) as Promise<RecordRepresentation>;
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

/** LDS would refetch cached records; the preview keeps no record cache, so there is nothing to notify. */
export function notifyRecordUpdateAvailable(): Promise<void> {
    return Promise.resolve();
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
