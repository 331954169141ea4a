/**
 * The `getObjectInfo` and `getPicklistValuesByRecordType` wire adapters of
 * `lightning/uiObjectInfoApi`, as far as our components read them
 * (`@salesforce/lightning-types` does not declare them).
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-object-info.html
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-picklist-values-record.html
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
        /** The record type a new record gets: the master one when the object has none. */
        defaultRecordTypeId: string;
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

    /** A value of a picklist field (UI API Picklist Value). */
    export interface PicklistValue {
        label: string;
        value: string;
    }

    /** The values a picklist field offers for one record type. */
    export interface PicklistFieldValues {
        values: PicklistValue[];
        defaultValue: PicklistValue | null;
    }

    /** The picklist fields the user may read, by API name. */
    export interface PicklistValuesCollection {
        picklistFieldValues: Record<string, PicklistFieldValues | undefined>;
    }

    export interface PicklistValuesResult {
        data?: PicklistValuesCollection;
        error?: unknown;
    }

    export const getPicklistValuesByRecordType: WireAdapterConstructor<
        {
            objectApiName: string | { objectApiName: string };
            recordTypeId: string | undefined;
        },
        PicklistValuesResult
    >;
}
