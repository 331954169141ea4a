/**
 * The `getObjectInfo` wire adapter of `lightning/uiObjectInfoApi`, as far as
 * our components read it (`@salesforce/lightning-types` does not declare it).
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-object-info.html
 */
declare module 'lightning/uiObjectInfoApi' {
    import type { WireAdapterConstructor } from 'lwc';

    /** A field of the Object Info (UI API Field response body). */
    export interface FieldInfo {
        apiName: string;
        dataType: string;
        /** Digits in all of a number field. */
        precision: number;
        /** Digits after the decimal point of a number field. */
        scale: number;
    }

    /** The Object Info response body: the fields the user may read. */
    export interface ObjectInfo {
        apiName: string;
        fields: Record<string, FieldInfo | undefined>;
    }

    export interface ObjectInfoResult {
        data?: ObjectInfo;
        error?: unknown;
    }

    export const getObjectInfo: WireAdapterConstructor<
        { objectApiName: string | { objectApiName: string } | undefined },
        ObjectInfoResult
    >;
}
