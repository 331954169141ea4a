/**
 * The UI API's Object Info of an object, built from the project model (the one
 * metadata reader), as `getObjectInfo` of `lightning/uiObjectInfoApi` delivers
 * it (https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-object-info.html).
 * Components read field metadata from it, such as the precision and scale of
 * a number field. Only the properties this package reads or a reader would
 * expect next to them are modelled.
 *
 * Like the UI API, it answers as the context user: the `fields` map holds the
 * fields the user may read, and an object the user may not read has no Object
 * Info (the preview server answers 403 `INSUFFICIENT_ACCESS`; what an org
 * answers exactly was not observed, and the components treat any error as
 * "no metadata": the save is then checked by the server alone).
 */
import type { FieldModel, FieldType, ObjectModel } from '../lib/project';
import { FULL_ACCESS, type FieldAccess } from './fieldAccess';

/**
 * The UI API `dataType` of each field type (the values of the Field
 * response body's `dataType`,
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_field.htm).
 */
const DATA_TYPES: Partial<Record<FieldType, string>> = {
    Id: 'String',
    AutoNumber: 'String',
    Text: 'String',
    TextArea: 'TextArea',
    LongTextArea: 'TextArea',
    Html: 'TextArea',
    EncryptedText: 'EncryptedString',
    Email: 'Email',
    Phone: 'Phone',
    Url: 'Url',
    Number: 'Double',
    Integer: 'Int',
    Long: 'Long',
    Currency: 'Currency',
    Percent: 'Percent',
    Date: 'Date',
    DateTime: 'DateTime',
    Time: 'Time',
    Checkbox: 'Boolean',
    Picklist: 'Picklist',
    MultiselectPicklist: 'MultiPicklist',
    Lookup: 'Reference',
    MasterDetail: 'Reference',
    Hierarchy: 'Reference',
    Location: 'Location',
    Address: 'Address'
};

/** One field of an Object Info. */
export interface FieldInfo {
    apiName: string;
    label: string;
    dataType: string;
    calculated: boolean;
    custom: boolean;
    createable: boolean;
    updateable: boolean;
    required: boolean;
    /** Digits in all for a number field; 0 where the field has none. */
    precision: number;
    /** Digits after the decimal point of a number field; 0 where none. */
    scale: number;
    /** Characters of a text field; 0 where the field has none. */
    length: number;
    inlineHelpText: string | null;
    relationshipName: string | null;
    reference: boolean;
}

/** An Object Info response body, as far as modelled. */
export interface ObjectInfo {
    apiName: string;
    label: string;
    labelPlural: string;
    custom: boolean;
    fields: Record<string, FieldInfo>;
}

function fieldInfo(field: FieldModel): FieldInfo {
    const editable = !field.calculated && field.apiName !== 'Id';
    return {
        apiName: field.apiName,
        label: field.label,
        dataType: DATA_TYPES[field.valueType] ?? 'String',
        calculated: field.formula !== undefined || field.type === 'Summary',
        custom: field.custom,
        createable: editable,
        updateable: editable && field.type !== 'MasterDetail',
        required: field.required,
        precision: field.precision ?? 0,
        scale: field.scale ?? 0,
        length: field.length ?? 0,
        inlineHelpText: field.inlineHelpText ?? null,
        relationshipName: field.referenceTo
            ? (field.relationshipName ?? null)
            : null,
        reference: field.referenceTo !== undefined
    };
}

/**
 * The Object Info of `object` for a user with `access`; undefined when the
 * user may not read the object.
 */
export function objectInfo(
    object: ObjectModel,
    access: FieldAccess = FULL_ACCESS
): ObjectInfo | undefined {
    if (!access.canReadObject(object.apiName)) return undefined;
    return {
        apiName: object.apiName,
        label: object.label,
        labelPlural: object.pluralLabel,
        custom: object.custom,
        fields: Object.fromEntries(
            object.fields
                .filter((field) =>
                    access.canRead(object.apiName, field.apiName)
                )
                .map((field) => [field.apiName, fieldInfo(field)])
        )
    };
}
