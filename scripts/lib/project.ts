/**
 * The one reader of an SFDX project's metadata: loads objects, fields,
 * formulas, validation rules, list views, compact layouts, relationships,
 * flows (read by flowModel.ts) and custom labels into a typed model.
 *
 * It reads what the Salesforce CLI would deploy (projectFiles.ts): every
 * package directory of sfdx-project.json, minus `.forceignore`, each file
 * typed by the CLI's registry. An object is everything filed under
 * `objects/<Object>/` in any package directory: a custom object (`__c`,
 * custom metadata types `__mdt`, platform events `__e`, custom settings), or a
 * standard object (Account) that the project adds fields, validation rules or
 * list views to, merged with the standard catalogue (standardObjects.ts).
 *
 * The metadata verification, the formula tests, the GraphQL schema and the
 * local preview all start from {@link loadProject}; none of them parses object
 * or flow metadata or keeps a list of field names of its own.
 */
import path from 'node:path';
import { readFlows, type FlowModel } from './flowModel';
import { readProjectFiles, type ProjectFiles } from './projectFiles';
import { childText, childrenNamed, readXml, type XmlElement } from './xml';
import {
    CUSTOM_METADATA_SYSTEM_FIELDS,
    CUSTOM_OBJECT_OWNER,
    CUSTOM_OBJECT_SYSTEM_FIELDS,
    LAST_ACTIVITY_DATE,
    PLATFORM_EVENT_SYSTEM_FIELDS,
    STANDARD_OBJECTS,
    type StandardField
} from './standardObjects';

export type FieldType =
    | 'Id'
    | 'AutoNumber'
    | 'Text'
    | 'TextArea'
    | 'LongTextArea'
    | 'Email'
    | 'Phone'
    | 'Url'
    | 'Number'
    | 'Currency'
    | 'Percent'
    | 'Date'
    | 'DateTime'
    | 'Checkbox'
    | 'Picklist'
    | 'Lookup'
    | 'MasterDetail'
    | 'Summary'
    // The rest of @salesforce/types' CustomField FieldType, and the compound
    // types of standard fields (Address, and Location for geolocation).
    | 'MultiselectPicklist'
    | 'Html'
    | 'EncryptedText'
    | 'Hierarchy'
    | 'File'
    | 'MetadataRelationship'
    | 'Location'
    | 'ExternalLookup'
    | 'IndirectLookup'
    | 'CustomDataType'
    | 'Time'
    | 'Address'
    | 'Array'
    | 'Integer'
    | 'Long';

export interface SummaryFilter {
    field: string;
    operation: string;
    value: string;
}

export interface RollUpSummary {
    operation: 'count' | 'sum' | 'min' | 'max';
    childObject: string;
    /** The master-detail field on the child that points at this object. */
    foreignKey: string;
    summarizedField?: string;
    filters: SummaryFilter[];
}

/**
 * One value of a picklist's value set: a CustomValue of the Metadata API
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_customvalue.htm;
 * @salesforce/types' `CustomValue`: `fullName`, optional `label`, `default`).
 */
export interface PicklistValueModel {
    /** The API value (`<fullName>`). */
    value: string;
    /** What a user reads (`<label>`); the API value where the file has none (label is optional in CustomValue). */
    label: string;
    /** `<default>true</default>`: the value a new record starts with. */
    default: boolean;
}

export interface FieldModel {
    object: string;
    apiName: string;
    label: string;
    /** The metadata type: for a formula its return type, 'Summary' for a roll-up. */
    type: FieldType;
    /** What the value is: a formula's return type, a roll-up's result type, Text for AutoNumber. */
    valueType: FieldType;
    custom: boolean;
    description?: string;
    inlineHelpText?: string;
    formula?: string;
    formulaTreatBlanksAs?: 'BlankAsZero' | 'BlankAsBlank';
    summary?: RollUpSummary;
    precision?: number;
    scale?: number;
    length?: number;
    referenceTo?: string[];
    relationshipName?: string;
    /** The value set in metadata order, inline in the field (`valueSet`, `valueSetDefinition`). */
    picklistValues?: PicklistValueModel[];
    defaultValue?: string;
    required: boolean;
    trackHistory: boolean;
    /** Formula, roll-up, auto number and system fields: nobody types into them. */
    calculated: boolean;
    /** Source file, for messages; undefined for standard and system fields. */
    file?: string;
}

export interface ValidationRuleModel {
    object: string;
    name: string;
    active: boolean;
    description?: string;
    formula: string;
    errorDisplayField?: string;
    errorMessage: string;
    file: string;
}

export interface ListViewFilter {
    field: string;
    operation: string;
    value: string;
}

export interface ListViewModel {
    object: string;
    name: string;
    label: string;
    columns: string[];
    filters: ListViewFilter[];
    file: string;
}

export interface CompactLayoutModel {
    object: string;
    name: string;
    fields: string[];
    file: string;
}

export interface ObjectModel {
    apiName: string;
    label: string;
    pluralLabel: string;
    custom: boolean;
    description?: string;
    enableActivities: boolean;
    enableHistory: boolean;
    compactLayoutAssignment?: string;
    /** An auto-number Name's format, e.g. `BSL-{00000}`. */
    nameDisplayFormat?: string;
    fields: FieldModel[];
    validationRules: ValidationRuleModel[];
    listViews: ListViewModel[];
    compactLayouts: CompactLayoutModel[];
    file?: string;
}

/** A parent-to-children relationship as queries name it, e.g. `Joint_Metrics__r`, `Contacts`. */
export interface ChildRelationship {
    parentObject: string;
    name: string;
    childObject: string;
    field: string;
}

export interface LabelModel {
    fullName: string;
    value: string;
    shortDescription?: string;
    categories?: string;
    language: string;
    protected: boolean;
}

/**
 * How far the offline model can judge a name. `known`: defined in the project
 * or in the standard catalogue (standardObjects.ts). `missing`: an org would
 * refuse it (a custom name the project does not define, a field the catalogue
 * lists every field of its object without). `unchecked`: outside what the
 * model knows (a standard object or field the catalogue does not list, a
 * managed package's namespace): a note, never a failure.
 */
export type NameJudgement = 'known' | 'missing' | 'unchecked';

export interface ProjectModel {
    root: string;
    /** Absolute paths of the package directories of sfdx-project.json. */
    packageDirs: string[];
    objects: ObjectModel[];
    /** The flows (`Flow` in the CLI registry); a file that is not well formed is left out. */
    flows: FlowModel[];
    labels: LabelModel[];
    /** Case-insensitive, as Salesforce API names are. */
    getObject(apiName: string): ObjectModel | undefined;
    getField(
        objectApiName: string,
        fieldApiName: string
    ): FieldModel | undefined;
    /** The object a lookup or master-detail relationship name (`Account__r`, `Owner`) leads to. */
    getRelationshipField(
        objectApiName: string,
        relationshipName: string
    ): FieldModel | undefined;
    childRelationships(parentObject: string): ChildRelationship[];
    getChildRelationship(
        parentObject: string,
        name: string
    ): ChildRelationship | undefined;
    getLabel(fullName: string): LabelModel | undefined;
    getFlow(apiName: string): FlowModel | undefined;
    /** Whether the object name is known, refused, or beyond the offline catalogue. */
    judgeObject(apiName: string): NameJudgement;
    /** Whether the field of the object is known, refused, or beyond the offline catalogue. */
    judgeField(objectApiName: string, fieldApiName: string): NameJudgement;
}

/** `ns__Name__c`: a managed package's component, which no offline model knows. */
export const isNamespaced = (apiName: string): boolean =>
    /^[A-Za-z][A-Za-z0-9]*__[A-Za-z0-9_]+__[a-z]+$/i.test(apiName);
/** `Name__c`, `Name__mdt`, `Name__e`...: defined by someone's metadata, not by Salesforce. */
const isCustomName = (apiName: string): boolean => /__[a-z]+$/i.test(apiName);

/** The API values of a picklist field's value set; undefined for a field without one. */
export const picklistValueNames = (field: FieldModel): string[] | undefined =>
    field.picklistValues?.map(({ value }) => value);

/** The value of a picklist field's value set flagged `<default>`, if any. */
export const defaultPicklistValue = (
    field: FieldModel
): PicklistValueModel | undefined =>
    field.picklistValues?.find((value) => value.default);

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const bool = (text: string | undefined): boolean => text === 'true';
const num = (text: string | undefined): number | undefined =>
    text === undefined || text === '' ? undefined : Number(text);

/**
 * A field from its file. A custom field (`__c`) is defined there. A standard
 * field's file only tunes what Salesforce defines (help text, history
 * tracking), so it is read as a standard field, and only when it states its
 * type (and target, for a relationship); otherwise it tells the model nothing.
 */
function readField(object: string, file: string): FieldModel | undefined {
    const xml = readXml(file);
    const apiName =
        childText(xml, 'fullName') ??
        path.basename(file).replace('.field-meta.xml', '');
    const custom = isCustomName(apiName);
    const statedType = childText(xml, 'type') as FieldType | undefined;
    const type = statedType ?? 'Text';
    const referenceTo = childrenNamed(xml, 'referenceTo').map(
        (element) => element.text
    );
    if (
        !custom &&
        (!statedType ||
            ((type === 'Lookup' || type === 'MasterDetail') &&
                !referenceTo.length))
    )
        return undefined;
    const formula = childText(xml, 'formula');
    const valueSet = childrenNamed(xml, 'valueSet')[0];
    const values = valueSet
        ? childrenNamed(
              childrenNamed(valueSet, 'valueSetDefinition')[0] ?? valueSet,
              'value'
          )
        : [];
    const summaryOperation = childText(xml, 'summaryOperation') as
        RollUpSummary['operation'] | undefined;
    const foreignKey = childText(xml, 'summaryForeignKey');
    const summary: RollUpSummary | undefined =
        type === 'Summary' && summaryOperation && foreignKey
            ? {
                  operation: summaryOperation,
                  childObject: foreignKey.split('.')[0],
                  foreignKey: foreignKey.split('.')[1] ?? '',
                  summarizedField: childText(xml, 'summarizedField'),
                  filters: childrenNamed(xml, 'summaryFilterItems').map(
                      (item) => ({
                          field: childText(item, 'field') ?? '',
                          operation: childText(item, 'operation') ?? '',
                          value: childText(item, 'value') ?? ''
                      })
                  )
              }
            : undefined;
    return {
        object,
        apiName,
        label: childText(xml, 'label') ?? '',
        type,
        valueType: type === 'Summary' ? 'Number' : type,
        custom,
        description: childText(xml, 'description'),
        inlineHelpText: childText(xml, 'inlineHelpText'),
        formula,
        formulaTreatBlanksAs: childText(
            xml,
            'formulaTreatBlanksAs'
        ) as FieldModel['formulaTreatBlanksAs'],
        summary,
        precision: num(childText(xml, 'precision')),
        scale: num(childText(xml, 'scale')),
        length: num(childText(xml, 'length')),
        referenceTo: referenceTo.length ? referenceTo : undefined,
        relationshipName: childText(xml, 'relationshipName'),
        picklistValues: values.length
            ? values.map((value) => {
                  const fullName = childText(value, 'fullName') ?? '';
                  return {
                      value: fullName,
                      label: childText(value, 'label') ?? fullName,
                      default: bool(childText(value, 'default'))
                  };
              })
            : undefined,
        defaultValue: childText(xml, 'defaultValue'),
        required: bool(childText(xml, 'required')) || type === 'MasterDetail',
        trackHistory: bool(childText(xml, 'trackHistory')),
        // Standard fields count as calculated like the catalogue's: the model does not know which a user edits.
        calculated: !custom || formula !== undefined || type === 'Summary',
        file: custom ? file : undefined
    };
}

function readValidationRule(object: string, file: string): ValidationRuleModel {
    const xml = readXml(file);
    return {
        object,
        name:
            childText(xml, 'fullName') ??
            path.basename(file).replace('.validationRule-meta.xml', ''),
        active: bool(childText(xml, 'active')),
        description: childText(xml, 'description'),
        formula: childText(xml, 'errorConditionFormula') ?? '',
        errorDisplayField: childText(xml, 'errorDisplayField'),
        errorMessage: childText(xml, 'errorMessage') ?? '',
        file
    };
}

function readListView(object: string, file: string): ListViewModel {
    const xml = readXml(file);
    return {
        object,
        name:
            childText(xml, 'fullName') ??
            path.basename(file).replace('.listView-meta.xml', ''),
        label: childText(xml, 'label') ?? '',
        columns: childrenNamed(xml, 'columns').map((column) => column.text),
        filters: childrenNamed(xml, 'filters').map((filter) => ({
            field: childText(filter, 'field') ?? '',
            operation: childText(filter, 'operation') ?? '',
            value: childText(filter, 'value') ?? ''
        })),
        file
    };
}

function readCompactLayout(object: string, file: string): CompactLayoutModel {
    const xml = readXml(file);
    return {
        object,
        name:
            childText(xml, 'fullName') ??
            path.basename(file).replace('.compactLayout-meta.xml', ''),
        fields: childrenNamed(xml, 'fields').map((field) => field.text),
        file
    };
}

function systemField(object: string, field: StandardField): FieldModel {
    return {
        object,
        apiName: field.apiName,
        label: field.label,
        type: field.type,
        valueType: field.type,
        custom: false,
        referenceTo: field.referenceTo,
        relationshipName: field.relationshipName,
        required: false,
        trackHistory: false,
        calculated: true
    };
}

/** The files of one object, gathered from every package directory. */
interface ObjectFiles {
    /** `Name.object-meta.xml`; absent where the project only adds to an object defined elsewhere (fields of Account). */
    file?: string;
    fields: string[];
    validationRules: string[];
    listViews: string[];
    compactLayouts: string[];
}

/** The child types of CustomObject in the CLI registry that the model reads, by the list they fill. */
const OBJECT_CHILDREN: Record<string, keyof Omit<ObjectFiles, 'file'>> = {
    CustomField: 'fields',
    ValidationRule: 'validationRules',
    ListView: 'listViews',
    CompactLayout: 'compactLayouts'
};

const noFiles = (): ObjectFiles => ({
    fields: [],
    validationRules: [],
    listViews: [],
    compactLayouts: []
});

/** Object API name → its files, as the CLI resolves them (`objects/<Object>/fields/...` in any package directory). */
function filesByObject(files: ProjectFiles): Map<string, ObjectFiles> {
    const byObject = new Map<string, ObjectFiles>();
    const filesOf = (apiName: string): ObjectFiles => {
        const found = byObject.get(apiName) ?? noFiles();
        byObject.set(apiName, found);
        return found;
    };
    for (const { type, fullName, parent, file } of files.metadata) {
        if (type === 'CustomObject') filesOf(fullName).file ??= file;
        else if (parent && Object.hasOwn(OBJECT_CHILDREN, type))
            filesOf(parent)[OBJECT_CHILDREN[type]].push(file);
    }
    return byObject;
}

/**
 * The fields Salesforce gives a custom object besides its own, by kind
 * (standardObjects.ts cites each list): custom metadata types and platform
 * events have their own; a custom object has an owner unless it is the detail
 * of a master-detail relationship or a custom setting.
 */
function customObjectSystemFields(
    apiName: string,
    xml: XmlElement | undefined,
    own: FieldModel[]
): StandardField[] {
    if (/__mdt$/i.test(apiName)) return CUSTOM_METADATA_SYSTEM_FIELDS;
    if (/__e$/i.test(apiName)) return PLATFORM_EVENT_SYSTEM_FIELDS;
    const owned =
        !own.some((field) => field.type === 'MasterDetail') &&
        !(xml && childText(xml, 'customSettingsType'));
    return [
        ...CUSTOM_OBJECT_SYSTEM_FIELDS,
        ...(owned ? [CUSTOM_OBJECT_OWNER] : []),
        ...(xml && bool(childText(xml, 'enableActivities'))
            ? [LAST_ACTIVITY_DATE]
            : [])
    ];
}

/**
 * An object of the project: a custom one (`__c`, `__mdt`, `__e`...), or a
 * standard one the project adds fields, rules or list views to, whose
 * Salesforce-defined fields come from the catalogue (standardObjects.ts).
 */
function readObject(apiName: string, files: ObjectFiles): ObjectModel {
    const xml = files.file ? readXml(files.file) : undefined;
    const text = (name: string) => (xml ? childText(xml, name) : undefined);
    const custom = isCustomName(apiName);
    const standard = custom ? undefined : STANDARD_OBJECTS[apiName];
    const nameField = xml && childrenNamed(xml, 'nameField')[0];
    const own = files.fields.flatMap((file) => readField(apiName, file) ?? []);
    const fields = (
        custom
            ? customObjectSystemFields(apiName, xml, own)
            : (standard?.fields ?? [])
    ).map((field) => systemField(apiName, field));
    const name = fields.find((field) => field.apiName === 'Name');
    if (custom && name && nameField) {
        name.label = childText(nameField, 'label') ?? name.label;
        const nameType = childText(nameField, 'type');
        name.type = nameType === 'AutoNumber' ? 'AutoNumber' : 'Text';
        name.valueType = 'Text';
        name.calculated = nameType === 'AutoNumber';
    }
    // A standard field's file only tunes a field Salesforce defines: the catalogue's definition stays.
    const defined = new Set(fields.map((field) => field.apiName.toLowerCase()));
    fields.push(
        ...own.filter((field) => !defined.has(field.apiName.toLowerCase()))
    );
    return {
        apiName,
        label: text('label') ?? standard?.label ?? apiName,
        pluralLabel: text('pluralLabel') ?? standard?.pluralLabel ?? apiName,
        custom,
        description: text('description'),
        enableActivities: custom ? bool(text('enableActivities')) : true,
        enableHistory: bool(text('enableHistory')),
        compactLayoutAssignment: text('compactLayoutAssignment'),
        nameDisplayFormat: nameField
            ? childText(nameField, 'displayFormat')
            : undefined,
        fields,
        validationRules: files.validationRules.map((file) =>
            readValidationRule(apiName, file)
        ),
        listViews: files.listViews.map((file) => readListView(apiName, file)),
        compactLayouts: files.compactLayouts.map((file) =>
            readCompactLayout(apiName, file)
        ),
        file: files.file
    };
}

/** Salesforce's own child relationships of the catalogued standard objects (`Account.Contacts`). */
const STANDARD_CHILD_RELATIONSHIPS: ChildRelationship[] = Object.entries(
    STANDARD_OBJECTS
).flatMap(([parentObject, standard]) =>
    standard.childRelationships.map((relationship) => ({
        parentObject,
        ...relationship
    }))
);

/** Custom labels, from `CustomLabels` files and from labels decomposed one a file (`CustomLabel`). */
function readLabels(files: ProjectFiles): LabelModel[] {
    return files.metadata
        .filter(({ type }) => type === 'CustomLabels' || type === 'CustomLabel')
        .flatMap(({ type, file }) => {
            const xml = readXml(file);
            return type === 'CustomLabels'
                ? childrenNamed(xml, 'labels')
                : [xml];
        })
        .map((label) => ({
            fullName: childText(label, 'fullName') ?? '',
            value: childText(label, 'value') ?? '',
            shortDescription: childText(label, 'shortDescription'),
            categories: childText(label, 'categories'),
            language: childText(label, 'language') ?? 'en_US',
            protected: bool(childText(label, 'protected'))
        }));
}

/**
 * Loads the model of the project whose root (the folder with sfdx-project.json)
 * is given, from every package directory; `files` when the caller has read them.
 */
export function loadProject(
    root: string = PROJECT_ROOT,
    files: ProjectFiles = readProjectFiles(root)
): ProjectModel {
    const own = [...filesByObject(files)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([apiName, objectFiles]) => readObject(apiName, objectFiles));
    const objects = [
        ...Object.keys(STANDARD_OBJECTS)
            .filter((name) => !own.some((o) => o.apiName === name))
            .map((apiName) => readObject(apiName, noFiles())),
        ...own
    ];
    const labels = readLabels(files);
    const flows = readFlows(
        files.metadata
            .filter(({ type }) => type === 'Flow')
            .map(({ file }) => file)
    );

    const byName = new Map(
        objects.map((object) => [object.apiName.toLowerCase(), object])
    );
    const getObject = (apiName: string) => byName.get(apiName.toLowerCase());
    const getField = (objectApiName: string, fieldApiName: string) =>
        getObject(objectApiName)?.fields.find(
            (field) =>
                field.apiName.toLowerCase() === fieldApiName.toLowerCase()
        );
    // A COUNT roll-up is a number; SUM, MIN and MAX hold values of the field
    // they summarize (SUM: number, currency, percent; MIN and MAX also date and
    // date/time), so a MAX of review dates is a date
    // (help.salesforce.com "Defining Roll-Up Summaries",
    // http://login.salesforce.com/help/doc/en/fields_defining_summary_fields.htm).
    for (const field of own.flatMap((object) => object.fields)) {
        const summary = field.summary;
        const summarized =
            summary?.operation !== 'count' && summary?.summarizedField
                ? getField(
                      summary.childObject,
                      summary.summarizedField.split('.')[1] ?? ''
                  )
                : undefined;
        if (summarized) {
            field.valueType = summarized.valueType;
            field.precision ??= summarized.precision;
            field.scale ??= summarized.scale;
        }
    }
    // A custom lookup is traversed as `Field__r`; a standard one by its own relationship name.
    const relationshipNameOf = (field: FieldModel) =>
        field.custom
            ? field.apiName.replace(/__c$/i, '__r')
            : field.relationshipName;
    const getRelationshipField = (
        objectApiName: string,
        relationshipName: string
    ) =>
        getObject(objectApiName)?.fields.find(
            (field) =>
                field.referenceTo !== undefined &&
                relationshipNameOf(field)?.toLowerCase() ===
                    relationshipName.toLowerCase()
        );
    const customChildRelationships: ChildRelationship[] = own.flatMap(
        (object) =>
            object.fields
                .filter(
                    (field) =>
                        field.custom &&
                        field.referenceTo &&
                        field.relationshipName &&
                        (field.type === 'MasterDetail' ||
                            field.type === 'Lookup')
                )
                .flatMap((field) =>
                    field.referenceTo!.map((parent) => ({
                        parentObject: parent,
                        name: `${field.relationshipName}__r`,
                        childObject: object.apiName,
                        field: field.apiName
                    }))
                )
    );
    const allChildRelationships = [
        ...STANDARD_CHILD_RELATIONSHIPS,
        ...customChildRelationships
    ];
    const childRelationships = (parentObject: string) =>
        allChildRelationships.filter(
            (relationship) =>
                relationship.parentObject.toLowerCase() ===
                parentObject.toLowerCase()
        );
    const labelsByName = new Map(
        labels.map((label) => [label.fullName.toLowerCase(), label])
    );
    const flowsByName = new Map(
        flows.map((flow) => [flow.apiName.toLowerCase(), flow])
    );

    return {
        root,
        packageDirs: files.packageDirs,
        objects,
        flows,
        labels,
        getObject,
        getField,
        getRelationshipField,
        childRelationships,
        getChildRelationship: (parentObject, name) =>
            childRelationships(parentObject).find(
                (relationship) =>
                    relationship.name.toLowerCase() === name.toLowerCase()
            ),
        getLabel: (fullName) => labelsByName.get(fullName.toLowerCase()),
        getFlow: (apiName) => flowsByName.get(apiName.toLowerCase()),
        judgeObject(apiName) {
            if (getObject(apiName)) return 'known';
            return isCustomName(apiName) && !isNamespaced(apiName)
                ? 'missing'
                : 'unchecked';
        },
        judgeField(objectApiName, fieldApiName) {
            const object = getObject(objectApiName);
            if (!object)
                return isCustomName(objectApiName) &&
                    !isNamespaced(objectApiName)
                    ? 'missing'
                    : 'unchecked';
            if (getField(objectApiName, fieldApiName)) return 'known';
            if (isNamespaced(fieldApiName)) return 'unchecked';
            // Custom objects are fully defined by the project; the catalogue lists the
            // standard objects' common fields, not all of them.
            return object.custom || isCustomName(fieldApiName)
                ? 'missing'
                : 'unchecked';
        }
    };
}
