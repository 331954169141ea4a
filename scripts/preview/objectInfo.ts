/**
 * The UI API's Object Info of an object, built from the project model (the one
 * metadata reader), as `getObjectInfo` of `lightning/uiObjectInfoApi` delivers
 * it (https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-object-info.html),
 * and the values of its picklists, as `getPicklistValuesByRecordType` delivers
 * them. Components read field metadata from them, such as the precision and
 * scale of a number field or the values a picklist offers. Only the
 * properties this package reads or a reader would expect next to them are
 * modelled.
 *
 * Like the UI API, it answers as the context user: the `fields` map holds the
 * fields the user may read, and an object the user may not read has no Object
 * Info (the preview server answers 403 `INSUFFICIENT_ACCESS`; what an org
 * answers exactly was not observed, and the components treat any error as
 * "no metadata": the save is then checked by the server alone).
 */
import {
    defaultPicklistValue,
    type FieldModel,
    type FieldType,
    type ObjectModel,
    type PicklistValueModel
} from '../lib/project';
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

/**
 * The Id of an object's master record type. UI API, "Object Info"
 * (https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_object_info.htm):
 * `defaultRecordTypeId` is "The ID for the default record type for this
 * object, if any. If there isn't a default record type, this value is the
 * master record type, which is 012000000000000AAA"; the LWC guide's
 * getPicklistValues page says the same
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-picklist-values.html).
 */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/**
 * A Record Type Info of the Object Info's `recordTypeInfos` (a map from
 * record type Id to it, Object Info page above).
 */
export interface RecordTypeInfo {
    available: boolean;
    defaultRecordTypeMapping: boolean;
    master: boolean;
    name: string;
    recordTypeId: string;
}

/**
 * The record types of every object: the project model reads no RecordType
 * metadata (the package defines none), so each object has its master record
 * type only, which is then its default. The docs found give no values for the
 * master's Record Type Info; these are an org's, as recorded in the
 * `getObjectInfo` response of Account in trailheadapps/lwc-recipes
 * (force-app/main/default/lwc/wireGetObjectInfo/__tests__/data/getObjectInfo.json).
 */
const MASTER_RECORD_TYPE: RecordTypeInfo = {
    available: true,
    defaultRecordTypeMapping: true,
    master: true,
    name: 'Master',
    recordTypeId: MASTER_RECORD_TYPE_ID
};

/** An Object Info response body, as far as modelled. */
export interface ObjectInfo {
    apiName: string;
    label: string;
    labelPlural: string;
    custom: boolean;
    defaultRecordTypeId: string;
    fields: Record<string, FieldInfo>;
    recordTypeInfos: Record<string, RecordTypeInfo>;
}

/**
 * A Picklist Value (UI API, "Picklist Value",
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_picklist_value.htm).
 */
export interface PicklistValue {
    /**
     * "Either null or one of these response bodies" that explain special
     * values (Work Step statuses...); a custom picklist's values have none.
     */
    attributes: null;
    /** "The displayable value of the picklist to use in a UI." */
    label: string;
    /** The indexes of the controlling values it is valid for; "If the picklist is an independent picklist, the list is empty." */
    validFor: number[];
    /** "The value of the picklist to use in the API." */
    value: string;
}

/**
 * The Picklist Values of one field for a record type (UI API, "Picklist
 * Values",
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_picklist_values.htm).
 */
export interface PicklistValues {
    /** The controlling field's values by index; "If the picklist is independent, the map is empty." */
    controllerValues: Record<string, number>;
    /** "The default value for the picklist, or null if there isn't one." */
    defaultValue: PicklistValue | null;
    /** "A User Interface API resource that represents this payload." */
    url: string;
    /** "A list of values for this object, record type, field combination." */
    values: PicklistValue[];
}

/**
 * What `getPicklistValuesByRecordType` of `lightning/uiObjectInfoApi` delivers
 * (LWC guide,
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-picklist-values-record.html:
 * "data—Picklist Values Collection"), the body of UI API "Get Values for All
 * Picklist Fields of a Record Type", `GET
 * /ui-api/object-info/{objectApiName}/picklist-values/{recordTypeId}`
 * (https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_resources_picklist_values_collection.htm).
 * `picklistFieldValues` maps field names to their values: "If a field isn't a
 * picklist, it isn't represented in the map" (the same body in the Apex
 * reference, ConnectApi.PicklistValuesCollection,
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-connectapi-output-picklist-values-collection.html).
 */
export interface PicklistValuesCollection {
    picklistFieldValues: Record<string, PicklistValues>;
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

const readableFields = (object: ObjectModel, access: FieldAccess) =>
    object.fields.filter((field) =>
        access.canRead(object.apiName, field.apiName)
    );

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
        defaultRecordTypeId: MASTER_RECORD_TYPE_ID,
        fields: Object.fromEntries(
            readableFields(object, access).map((field) => [
                field.apiName,
                fieldInfo(field)
            ])
        ),
        recordTypeInfos: { [MASTER_RECORD_TYPE_ID]: MASTER_RECORD_TYPE }
    };
}

const picklistValue = (value: PicklistValueModel): PicklistValue => ({
    attributes: null,
    label: value.label,
    validFor: [],
    value: value.value
});

/**
 * One field's Picklist Values: every value of its value set in metadata
 * order, the one flagged `<default>` as the default. The model reads no field
 * dependencies (the package has no dependent picklists), so each picklist is
 * answered as independent: empty `controllerValues` and `validFor`.
 */
function fieldPicklistValues(field: FieldModel, url: string): PicklistValues {
    const initial = defaultPicklistValue(field);
    return {
        controllerValues: {},
        defaultValue: initial ? picklistValue(initial) : null,
        url,
        values: (field.picklistValues ?? []).map(picklistValue)
    };
}

/**
 * The Picklist Values Collection of `object`'s record type `recordTypeId` for
 * a user with `access`: the picklists whose values the project defines
 * (standard picklists of the catalogue, such as Account.Industry, have none
 * in the model and are left out), the fields the user may not read left out
 * as in the Object Info (the docs do not say; the preview decides so).
 * Undefined when the user may not read the object or the object has no such
 * record type (only the master record type exists: see above).
 */
export function picklistValuesByRecordType(
    object: ObjectModel,
    recordTypeId: string,
    access: FieldAccess = FULL_ACCESS
): PicklistValuesCollection | undefined {
    if (
        !access.canReadObject(object.apiName) ||
        recordTypeId !== MASTER_RECORD_TYPE_ID
    )
        return undefined;
    // Each field's `url` is the field's own resource, UI API "Get Values for
    // a Picklist Field",
    // https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_resources_picklist_values.htm,
    // written as that page writes it: an org prefixes the
    // `/services/data/vXX.X` it was asked at, which the preview does not know.
    const resource = `/ui-api/object-info/${object.apiName}/picklist-values/${recordTypeId}`;
    return {
        picklistFieldValues: Object.fromEntries(
            readableFields(object, access)
                .filter((field) => field.picklistValues)
                .map((field) => [
                    field.apiName,
                    fieldPicklistValues(field, `${resource}/${field.apiName}`)
                ])
        )
    };
}
