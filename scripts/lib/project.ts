/**
 * The one reader of `force-app`: loads objects, fields, formulas, validation
 * rules, list views, relationships and custom labels into a typed model.
 *
 * The metadata verification, the formula tests, the GraphQL schema and the
 * local preview all start from {@link loadProject}; none of them parses object
 * metadata or keeps a list of field names of its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { childText, childrenNamed, readXml, type XmlElement } from './xml';
import { CUSTOM_OBJECT_SYSTEM_FIELDS, LAST_ACTIVITY_DATE, STANDARD_OBJECTS, type StandardField } from './standardObjects';

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
    picklistValues?: string[];
    defaultPicklistValue?: string;
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

/** A parent-to-children relationship as queries name it, e.g. `Joint_Metrics__r`. */
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
    /** `force-app/main/default` */
    sourceDir: string;
    objects: ObjectModel[];
    labels: LabelModel[];
    /** Case-insensitive, as Salesforce API names are. */
    getObject(apiName: string): ObjectModel | undefined;
    getField(objectApiName: string, fieldApiName: string): FieldModel | undefined;
    /** The object a lookup or master-detail relationship name (`Account__r`, `Owner`) leads to. */
    getRelationshipField(objectApiName: string, relationshipName: string): FieldModel | undefined;
    childRelationships(parentObject: string): ChildRelationship[];
    getChildRelationship(parentObject: string, name: string): ChildRelationship | undefined;
    getLabel(fullName: string): LabelModel | undefined;
    /** Whether the object name is known, refused, or beyond the offline catalogue. */
    judgeObject(apiName: string): NameJudgement;
    /** Whether the field of the object is known, refused, or beyond the offline catalogue. */
    judgeField(objectApiName: string, fieldApiName: string): NameJudgement;
}

/** `ns__Name__c`: a managed package's component, which no offline model knows. */
export const isNamespaced = (apiName: string): boolean => /^[A-Za-z][A-Za-z0-9]*__[A-Za-z0-9_]+__[a-z]+$/i.test(apiName);
/** `Name__c`, `Name__mdt`, `Name__e`...: defined by someone's metadata, not by Salesforce. */
const isCustomName = (apiName: string): boolean => /__[a-z]+$/i.test(apiName);

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const bool = (text: string | undefined): boolean => text === 'true';
const num = (text: string | undefined): number | undefined => (text === undefined || text === '' ? undefined : Number(text));
const listFiles = (dir: string, suffix: string): string[] =>
    existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(suffix)).sort().map((name) => path.join(dir, name)) : [];

function readField(object: string, file: string): FieldModel {
    const xml = readXml(file);
    const type = (childText(xml, 'type') ?? 'Text') as FieldType;
    const formula = childText(xml, 'formula');
    const valueSet = childrenNamed(xml, 'valueSet')[0];
    const values = valueSet ? childrenNamed(childrenNamed(valueSet, 'valueSetDefinition')[0] ?? valueSet, 'value') : [];
    const summaryOperation = childText(xml, 'summaryOperation') as RollUpSummary['operation'] | undefined;
    const foreignKey = childText(xml, 'summaryForeignKey');
    const summary: RollUpSummary | undefined =
        type === 'Summary' && summaryOperation && foreignKey
            ? {
                  operation: summaryOperation,
                  childObject: foreignKey.split('.')[0],
                  foreignKey: foreignKey.split('.')[1] ?? '',
                  summarizedField: childText(xml, 'summarizedField'),
                  filters: childrenNamed(xml, 'summaryFilterItems').map((item) => ({
                      field: childText(item, 'field') ?? '',
                      operation: childText(item, 'operation') ?? '',
                      value: childText(item, 'value') ?? ''
                  }))
              }
            : undefined;
    const referenceTo = childrenNamed(xml, 'referenceTo').map((element) => element.text);
    return {
        object,
        apiName: childText(xml, 'fullName') ?? path.basename(file).replace('.field-meta.xml', ''),
        label: childText(xml, 'label') ?? '',
        type,
        valueType: type === 'Summary' ? 'Number' : type,
        custom: true,
        description: childText(xml, 'description'),
        inlineHelpText: childText(xml, 'inlineHelpText'),
        formula,
        formulaTreatBlanksAs: childText(xml, 'formulaTreatBlanksAs') as FieldModel['formulaTreatBlanksAs'],
        summary,
        precision: num(childText(xml, 'precision')),
        scale: num(childText(xml, 'scale')),
        length: num(childText(xml, 'length')),
        referenceTo: referenceTo.length ? referenceTo : undefined,
        relationshipName: childText(xml, 'relationshipName'),
        picklistValues: values.length ? values.map((value) => childText(value, 'fullName') ?? '') : undefined,
        defaultPicklistValue: values.find((value) => bool(childText(value, 'default'))) ? childText(values.find((value) => bool(childText(value, 'default')))!, 'fullName') : undefined,
        defaultValue: childText(xml, 'defaultValue'),
        required: bool(childText(xml, 'required')) || type === 'MasterDetail',
        trackHistory: bool(childText(xml, 'trackHistory')),
        calculated: formula !== undefined || type === 'Summary',
        file
    };
}

function readValidationRule(object: string, file: string): ValidationRuleModel {
    const xml = readXml(file);
    return {
        object,
        name: childText(xml, 'fullName') ?? path.basename(file).replace('.validationRule-meta.xml', ''),
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
        name: childText(xml, 'fullName') ?? path.basename(file).replace('.listView-meta.xml', ''),
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
        name: childText(xml, 'fullName') ?? path.basename(file).replace('.compactLayout-meta.xml', ''),
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

function readCustomObject(dir: string): ObjectModel {
    const apiName = path.basename(dir);
    const file = path.join(dir, `${apiName}.object-meta.xml`);
    const xml: XmlElement = readXml(file);
    const nameField = childrenNamed(xml, 'nameField')[0];
    const enableActivities = bool(childText(xml, 'enableActivities'));
    const system = [...CUSTOM_OBJECT_SYSTEM_FIELDS, ...(enableActivities ? [LAST_ACTIVITY_DATE] : [])].map((field) =>
        systemField(apiName, field)
    );
    const name = system.find((field) => field.apiName === 'Name')!;
    if (nameField) {
        name.label = childText(nameField, 'label') ?? name.label;
        const nameType = childText(nameField, 'type');
        name.type = nameType === 'AutoNumber' ? 'AutoNumber' : 'Text';
        name.valueType = 'Text';
        name.calculated = nameType === 'AutoNumber';
    }
    const sub = (folder: string, suffix: string) => listFiles(path.join(dir, folder), suffix);
    return {
        apiName,
        label: childText(xml, 'label') ?? apiName,
        pluralLabel: childText(xml, 'pluralLabel') ?? apiName,
        custom: true,
        description: childText(xml, 'description'),
        enableActivities,
        enableHistory: bool(childText(xml, 'enableHistory')),
        compactLayoutAssignment: childText(xml, 'compactLayoutAssignment'),
        nameDisplayFormat: nameField ? childText(nameField, 'displayFormat') : undefined,
        fields: [...system, ...sub('fields', '.field-meta.xml').map((fieldFile) => readField(apiName, fieldFile))],
        validationRules: sub('validationRules', '.validationRule-meta.xml').map((ruleFile) => readValidationRule(apiName, ruleFile)),
        listViews: sub('listViews', '.listView-meta.xml').map((viewFile) => readListView(apiName, viewFile)),
        compactLayouts: sub('compactLayouts', '.compactLayout-meta.xml').map((layoutFile) => readCompactLayout(apiName, layoutFile)),
        file
    };
}

function standardObject(apiName: string): ObjectModel {
    const definition = STANDARD_OBJECTS[apiName];
    return {
        apiName,
        label: definition.label,
        pluralLabel: definition.pluralLabel,
        custom: false,
        enableActivities: true,
        enableHistory: false,
        fields: definition.fields.map((field) => systemField(apiName, field)),
        validationRules: [],
        listViews: [],
        compactLayouts: []
    };
}

function readLabels(sourceDir: string): LabelModel[] {
    return listFiles(path.join(sourceDir, 'labels'), '.labels-meta.xml').flatMap((file) =>
        childrenNamed(readXml(file), 'labels').map((label) => ({
            fullName: childText(label, 'fullName') ?? '',
            value: childText(label, 'value') ?? '',
            shortDescription: childText(label, 'shortDescription'),
            categories: childText(label, 'categories'),
            language: childText(label, 'language') ?? 'en_US',
            protected: bool(childText(label, 'protected'))
        }))
    );
}

/** Loads the model of the project whose root (the folder with sfdx-project.json) is given. */
export function loadProject(root: string = PROJECT_ROOT): ProjectModel {
    const sourceDir = path.join(root, 'force-app', 'main', 'default');
    const objectsDir = path.join(sourceDir, 'objects');
    const custom = existsSync(objectsDir)
        ? readdirSync(objectsDir, { withFileTypes: true })
              .filter((entry) => entry.isDirectory())
              .map((entry) => entry.name)
              .sort()
              .filter((name) => existsSync(path.join(objectsDir, name, `${name}.object-meta.xml`)))
              .map((name) => readCustomObject(path.join(objectsDir, name)))
        : [];
    const objects = [...Object.keys(STANDARD_OBJECTS).filter((name) => !custom.some((o) => o.apiName === name)).map(standardObject), ...custom];
    const labels = readLabels(sourceDir);

    const byName = new Map(objects.map((object) => [object.apiName.toLowerCase(), object]));
    const getObject = (apiName: string) => byName.get(apiName.toLowerCase());
    const getField = (objectApiName: string, fieldApiName: string) =>
        getObject(objectApiName)?.fields.find((field) => field.apiName.toLowerCase() === fieldApiName.toLowerCase());
    // A custom lookup is traversed as `Field__r`; a standard one by its own relationship name.
    const relationshipNameOf = (field: FieldModel) => (field.custom ? field.apiName.replace(/__c$/i, '__r') : field.relationshipName);
    const getRelationshipField = (objectApiName: string, relationshipName: string) =>
        getObject(objectApiName)?.fields.find(
            (field) => field.referenceTo !== undefined && relationshipNameOf(field)?.toLowerCase() === relationshipName.toLowerCase()
        );
    const allChildRelationships: ChildRelationship[] = custom.flatMap((object) =>
        object.fields
            .filter((field) => field.referenceTo && field.relationshipName && (field.type === 'MasterDetail' || field.type === 'Lookup'))
            .flatMap((field) =>
                field.referenceTo!.map((parent) => ({
                    parentObject: parent,
                    name: `${field.relationshipName}__r`,
                    childObject: object.apiName,
                    field: field.apiName
                }))
            )
    );
    const childRelationships = (parentObject: string) =>
        allChildRelationships.filter((relationship) => relationship.parentObject.toLowerCase() === parentObject.toLowerCase());
    const labelsByName = new Map(labels.map((label) => [label.fullName.toLowerCase(), label]));

    return {
        root,
        sourceDir,
        objects,
        labels,
        getObject,
        getField,
        getRelationshipField,
        childRelationships,
        getChildRelationship: (parentObject, name) =>
            childRelationships(parentObject).find((relationship) => relationship.name.toLowerCase() === name.toLowerCase()),
        getLabel: (fullName) => labelsByName.get(fullName.toLowerCase()),
        judgeObject(apiName) {
            if (getObject(apiName)) return 'known';
            return isCustomName(apiName) && !isNamespaced(apiName) ? 'missing' : 'unchecked';
        },
        judgeField(objectApiName, fieldApiName) {
            const object = getObject(objectApiName);
            if (!object) return isCustomName(objectApiName) && !isNamespaced(objectApiName) ? 'missing' : 'unchecked';
            if (getField(objectApiName, fieldApiName)) return 'known';
            if (isNamespaced(fieldApiName)) return 'unchecked';
            // Custom objects are fully defined by the project; the catalogue lists the
            // standard objects' common fields, not all of them.
            return object.custom || isCustomName(fieldApiName) ? 'missing' : 'unchecked';
        }
    };
}
