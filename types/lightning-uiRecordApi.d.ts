/**
 * The record-write functions of `lightning/uiRecordApi` that our components use.
 */
declare module 'lightning/uiRecordApi' {
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

    export interface RecordRepresentation {
        id: string;
        apiName: string;
        lastModifiedDate?: string;
        fields: Record<string, { value: unknown; displayValue: string | null }>;
    }

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
