/**
 * What our components use of `lightning/uiRecordApi`: the record writes, and
 * `getRecord` to read the version of a record when its editor opens
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-record.html).
 */
declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';

    /** A field reference imported from `@salesforce/schema/Object.Field`. */
    export interface FieldId {
        objectApiName: string;
        fieldApiName: string;
    }

    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }

    export interface ClientOptions {
        /**
         * The record's LastModifiedDate as read: the update is refused (HTTP 412)
         * when the record was changed after it.
         */
        ifUnmodifiedSince?: string;
    }

    /** A record as the UI API answers it; every answer carries its LastModifiedDate. */
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        lastModifiedDate: string;
        fields: Record<string, { value: unknown; displayValue: string | null }>;
    }

    export interface RecordResult {
        data?: RecordRepresentation;
        error?: unknown;
    }

    /** Reads the record's `fields`; the wire stays current as LDS learns of changes. */
    export const getRecord: WireAdapterConstructor<
        { recordId: string | undefined; fields: FieldId[] },
        RecordResult
    >;

    /** The value of a field of a record as `getRecord` delivered it. */
    export function getFieldValue(
        record: RecordRepresentation | undefined,
        field: FieldId
    ): unknown;

    export function createRecord(
        recordInput: RecordInput
    ): Promise<RecordRepresentation>;

    export function updateRecord(
        recordInput: RecordInput,
        clientOptions?: ClientOptions
    ): Promise<RecordRepresentation>;

    export function deleteRecord(recordId: string): Promise<void>;

    export function notifyRecordUpdateAvailable(
        recordIds: { recordId: string }[]
    ): Promise<void>;
}
