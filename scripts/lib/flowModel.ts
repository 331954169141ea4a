/**
 * A typed reader of Flow metadata (`flows/*.flow-meta.xml`): the start, the
 * resources and the elements a record-triggered flow is made of, with their
 * connectors, so that the verification can cross-check them and an
 * interpreter can walk them. A data model only: nothing here evaluates.
 *
 * The XML shape is the Metadata API's, as `@salesforce/types`
 * `lib/metadata.d.ts` describes it (type names in brackets below):
 * `<Flow>` [Flow] holds `<start>` [FlowStart: object, recordTriggerType
 * (RecordTriggerType), triggerType (FlowTriggerType), filters
 * [FlowRecordFilter: field, operator, value], filterLogic, filterFormula,
 * connector, scheduledPaths], resources (`variables` [FlowVariable],
 * `constants` [FlowConstant], `formulas` [FlowFormula: expression],
 * `textTemplates` [FlowTextTemplate]) and elements, each a repeated child:
 * `recordLookups` [FlowRecordLookup: object, filters, queriedFields,
 * outputAssignments (FlowOutputFieldAssignment), outputReference,
 * storeOutputAutomatically, getFirstRecordOnly], `recordUpdates`
 * [FlowRecordUpdate: object or inputReference, filters, inputAssignments
 * (FlowInputFieldAssignment)], `recordCreates` [FlowRecordCreate],
 * `recordDeletes` [FlowRecordDelete], `assignments` [FlowAssignment:
 * assignmentItems], `decisions` [FlowDecision: rules (FlowRule: conditions
 * (FlowCondition), connector), defaultConnector], `loops` [FlowLoop],
 * `subflows` [FlowSubflow: flowName, inputAssignments (FlowSubflowInputAssignment:
 * name, value), outputAssignments (FlowSubflowOutputAssignment: name,
 * assignToReference), storeOutputAutomatically], `customErrors`
 * [FlowCustomError: connector, customErrorMessages (FlowCustomErrorMessage:
 * errorMessage, isFieldError, fieldSelection)]. A value
 * is a FlowElementReferenceOrValue (`<elementReference>`, `<stringValue>`,
 * `<numberValue>`...); a connector is a FlowConnector (`<targetReference>`).
 * Merge fields (`{!Name.Field__c}`) reference resources inside formulas and
 * texts.
 */
import path from 'node:path';
import {
    childText,
    childrenNamed,
    readXml,
    XmlSyntaxError,
    type XmlElement
} from './xml';

/** A FlowElementReferenceOrValue: a reference to a resource, or a literal. */
export type FlowValue =
    | { kind: 'reference'; reference: string }
    | { kind: 'string'; value: string }
    | { kind: 'number'; value: number }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'date' | 'dateTime'; value: string };

/** FlowRecordFilter: `field operator value` on the object an element reads. */
export interface FlowRecordFilter {
    field: string;
    operator: string;
    value?: FlowValue;
}

/** FlowCondition: `leftValueReference operator rightValue`. */
export interface FlowCondition {
    leftValueReference: string;
    operator: string;
    rightValue?: FlowValue;
}

export interface FlowStart {
    /** The object of a record-triggered (or scheduled) flow: what `$Record` is. */
    object?: string;
    /** Create, Update, CreateAndUpdate, Delete. */
    recordTriggerType?: string;
    /** RecordBeforeSave, RecordAfterSave, RecordBeforeDelete, Scheduled... */
    triggerType?: string;
    filters: FlowRecordFilter[];
    /** `and`, `or`, `1 AND (2 OR 3)`, or `formula` with {@link filterFormula}. */
    filterLogic?: string;
    /** The entry condition written as a formula. */
    filterFormula?: string;
    doesRequireRecordChangedToMeetCriteria: boolean;
    connector?: string;
    /** Asynchronous and scheduled paths (FlowScheduledPath). */
    scheduledPaths: { name: string; connector?: string }[];
}

export interface FlowVariable {
    name: string;
    dataType: string;
    isCollection: boolean;
    isInput: boolean;
    isOutput: boolean;
    /** The object of an SObject variable. */
    objectType?: string;
    scale?: number;
    value?: FlowValue;
}

export interface FlowConstant {
    name: string;
    dataType: string;
    value?: FlowValue;
}

export interface FlowFormula {
    name: string;
    dataType?: string;
    expression: string;
    scale?: number;
}

export interface FlowTextTemplate {
    name: string;
    text: string;
}

/** What every element of the canvas has: its API name and where it goes next. */
interface FlowNode {
    name: string;
    label?: string;
    connector?: string;
    /** Where the flow goes when the element fails. */
    faultConnector?: string;
}

export interface FlowRecordLookup extends FlowNode {
    object: string;
    filterLogic?: string;
    filters: FlowRecordFilter[];
    queriedFields: string[];
    /** Fields copied into variables (`field` → `assignToReference`). */
    outputAssignments: { field: string; assignToReference: string }[];
    /** A record (collection) variable that receives the records. */
    outputReference?: string;
    /** The element's own name then holds the record(s) it found. */
    storeOutputAutomatically: boolean;
    getFirstRecordOnly: boolean;
    sortField?: string;
    sortOrder?: string;
    assignNullValuesIfNoRecordsFound: boolean;
}

/** The fields a create or update sets. */
export interface FlowInputFieldAssignment {
    field: string;
    value?: FlowValue;
}

export interface FlowRecordUpdate extends FlowNode {
    /** Set when the element finds records by {@link filters}. */
    object?: string;
    /** The record (collection) variable to save, e.g. `$Record`. */
    inputReference?: string;
    filterLogic?: string;
    filters: FlowRecordFilter[];
    inputAssignments: FlowInputFieldAssignment[];
}

export interface FlowRecordCreate extends FlowNode {
    object?: string;
    inputReference?: string;
    inputAssignments: FlowInputFieldAssignment[];
    assignRecordIdToReference?: string;
    storeOutputAutomatically: boolean;
}

export interface FlowRecordDelete extends FlowNode {
    object?: string;
    inputReference?: string;
    filterLogic?: string;
    filters: FlowRecordFilter[];
}

export interface FlowAssignment extends FlowNode {
    items: { assignToReference: string; operator: string; value?: FlowValue }[];
}

/** One outcome of a decision (FlowRule). */
export interface FlowRule {
    name: string;
    label?: string;
    conditionLogic: string;
    conditions: FlowCondition[];
    doesRequireRecordChangedToMeetCriteria: boolean;
    connector?: string;
}

export interface FlowDecision extends FlowNode {
    rules: FlowRule[];
    defaultConnector?: string;
}

export interface FlowLoop extends FlowNode {
    collectionReference: string;
    /** Absent since API 57: the loop's own name then holds the current item. */
    assignNextValueToReference?: string;
    iterationOrder: string;
    nextValueConnector?: string;
    noMoreValuesConnector?: string;
}

/** FlowSubflow: runs another (autolaunched) flow with input values. */
export interface FlowSubflow extends FlowNode {
    flowName: string;
    inputAssignments: { name: string; value?: FlowValue }[];
    /** Subflow outputs copied into this flow's variables (`name` → `assignToReference`). */
    outputAssignments: { name: string; assignToReference: string }[];
    /** The element's own name then holds the called flow's outputs. */
    storeOutputAutomatically: boolean;
}

/** FlowCustomErrorMessage: one message, in a window on the record page or inline on one of its fields. */
export interface FlowCustomErrorMessage {
    /** The text, merge fields included, as written (at most 255 characters). */
    errorMessage: string;
    isFieldError: boolean;
    /** The field of the triggering record an inline error shows on. */
    fieldSelection?: string;
}

/** FlowCustomError: refuses the change that triggered the flow with messages for the user. */
export interface FlowCustomError extends FlowNode {
    messages: FlowCustomErrorMessage[];
}

/** Something a flow names, that references and connectors can point at. */
export interface FlowName {
    name: string;
    /** The XML element that defines it: `variables`, `recordLookups`, `screens`, `rules`... */
    kind: string;
}

/** One reference to a resource or element, as written, and where it is written. */
export interface FlowReference {
    /** `$Record.Parent__r.Name`, `Get_Plan.Id`, `Next_Step`... */
    reference: string;
    /** The element or resource holding it, e.g. `recordLookups[Get_Plan]`, `start`. */
    element: string;
    /** The XML property it came from (`elementReference`, `assignToReference`...) or `{!merge field}`. */
    property: string;
}

export interface FlowModel {
    file: string;
    /** The flow's API name: its file name. */
    apiName: string;
    label: string;
    apiVersion?: string;
    /** FlowProcessType: AutoLaunchedFlow (record-triggered too), Flow (screen flow)... */
    processType?: string;
    /** Active, Draft, Obsolete, InvalidDraft. */
    status?: string;
    runInMode?: string;
    /** The run order among the object's record-triggered flows of the same timing (1–2,000). */
    triggerOrder?: number;
    start?: FlowStart;
    variables: FlowVariable[];
    constants: FlowConstant[];
    formulas: FlowFormula[];
    textTemplates: FlowTextTemplate[];
    recordLookups: FlowRecordLookup[];
    recordUpdates: FlowRecordUpdate[];
    recordCreates: FlowRecordCreate[];
    recordDeletes: FlowRecordDelete[];
    assignments: FlowAssignment[];
    decisions: FlowDecision[];
    loops: FlowLoop[];
    subflows: FlowSubflow[];
    customErrors: FlowCustomError[];
    /** Elements this model does not describe (screens, actionCalls, waits...): an interpreter must refuse them. */
    otherElements: FlowName[];
    /** Every name the flow defines, resources and elements, nested ones too (screen fields, decision outcomes). */
    names: FlowName[];
    /** Every reference in the flow, connectors included, in document order. */
    references: FlowReference[];
}

/** The children of `<Flow>` this model reads as resources or elements. */
const MODELLED = new Set([
    'variables',
    'constants',
    'formulas',
    'textTemplates',
    'recordLookups',
    'recordUpdates',
    'recordCreates',
    'recordDeletes',
    'assignments',
    'decisions',
    'loops',
    'subflows',
    'customErrors'
]);

/** Named things defined inside other named things (FlowScreen.fields, FlowDecision.rules...). */
const NESTED_NAMES: Record<string, string[]> = {
    screens: ['fields'],
    fields: ['fields'],
    decisions: ['rules'],
    waits: ['waitEvents'],
    start: ['scheduledPaths'],
    orchestratedStages: ['stageSteps']
};

/** Properties whose text is a reference to a resource or element. */
const REFERENCE_PROPERTIES = new Set([
    'elementReference',
    'leftValueReference',
    'assignToReference',
    'collectionReference',
    'inputReference',
    'outputReference',
    'assignRecordIdToReference',
    'assignNextValueToReference',
    'targetReference',
    'choiceReferences',
    'defaultSelectedChoiceReference',
    'resumeDateReference'
]);

/** Free text that is not flow logic: merge-field-like text there is not a reference. */
const NOT_LOGIC = new Set(['description', 'processMetadataValues']);

const MERGE_FIELD = /\{!([^{}]+)\}/g;

const bool = (text: string | undefined): boolean => text === 'true';
const optionalNumber = (text: string | undefined): number | undefined =>
    text === undefined || text === '' ? undefined : Number(text);
const child = (element: XmlElement, name: string): XmlElement | undefined =>
    childrenNamed(element, name)[0];
const connectorOf = (element: XmlElement, name: string): string | undefined => {
    const connector = child(element, name);
    return connector ? childText(connector, 'targetReference') : undefined;
};

function readValue(element: XmlElement | undefined): FlowValue | undefined {
    const value = element?.children[0];
    if (!value) return undefined;
    switch (value.name) {
        case 'elementReference':
            return { kind: 'reference', reference: value.text };
        case 'numberValue':
            return { kind: 'number', value: Number(value.text) };
        case 'booleanValue':
            return { kind: 'boolean', value: value.text === 'true' };
        case 'dateValue':
            return { kind: 'date', value: value.text };
        case 'dateTimeValue':
            return { kind: 'dateTime', value: value.text };
        default:
            return { kind: 'string', value: value.text };
    }
}

const readFilters = (element: XmlElement): FlowRecordFilter[] =>
    childrenNamed(element, 'filters').map((filter) => ({
        field: childText(filter, 'field') ?? '',
        operator: childText(filter, 'operator') ?? '',
        value: readValue(child(filter, 'value'))
    }));

const readConditions = (element: XmlElement): FlowCondition[] =>
    childrenNamed(element, 'conditions').map((condition) => ({
        leftValueReference: childText(condition, 'leftValueReference') ?? '',
        operator: childText(condition, 'operator') ?? '',
        rightValue: readValue(child(condition, 'rightValue'))
    }));

const readInputAssignments = (
    element: XmlElement
): FlowInputFieldAssignment[] =>
    childrenNamed(element, 'inputAssignments').map((assignment) => ({
        field: childText(assignment, 'field') ?? '',
        value: readValue(child(assignment, 'value'))
    }));

function readNode(element: XmlElement): FlowNode {
    return {
        name: childText(element, 'name') ?? '',
        label: childText(element, 'label'),
        connector: connectorOf(element, 'connector'),
        faultConnector: connectorOf(element, 'faultConnector')
    };
}

function readStart(start: XmlElement): FlowStart {
    return {
        object: childText(start, 'object'),
        recordTriggerType: childText(start, 'recordTriggerType'),
        triggerType: childText(start, 'triggerType'),
        filters: readFilters(start),
        filterLogic: childText(start, 'filterLogic'),
        filterFormula: childText(start, 'filterFormula'),
        doesRequireRecordChangedToMeetCriteria: bool(
            childText(start, 'doesRequireRecordChangedToMeetCriteria')
        ),
        connector: connectorOf(start, 'connector'),
        scheduledPaths: childrenNamed(start, 'scheduledPaths').map((path) => ({
            name: childText(path, 'name') ?? '',
            connector: connectorOf(path, 'connector')
        }))
    };
}

const readers = {
    variables: (element: XmlElement): FlowVariable => ({
        name: childText(element, 'name') ?? '',
        dataType: childText(element, 'dataType') ?? '',
        isCollection: bool(childText(element, 'isCollection')),
        isInput: bool(childText(element, 'isInput')),
        isOutput: bool(childText(element, 'isOutput')),
        objectType: childText(element, 'objectType'),
        scale: optionalNumber(childText(element, 'scale')),
        value: readValue(child(element, 'value'))
    }),
    constants: (element: XmlElement): FlowConstant => ({
        name: childText(element, 'name') ?? '',
        dataType: childText(element, 'dataType') ?? '',
        value: readValue(child(element, 'value'))
    }),
    formulas: (element: XmlElement): FlowFormula => ({
        name: childText(element, 'name') ?? '',
        dataType: childText(element, 'dataType'),
        expression: childText(element, 'expression') ?? '',
        scale: optionalNumber(childText(element, 'scale'))
    }),
    textTemplates: (element: XmlElement): FlowTextTemplate => ({
        name: childText(element, 'name') ?? '',
        text: childText(element, 'text') ?? ''
    }),
    recordLookups: (element: XmlElement): FlowRecordLookup => ({
        ...readNode(element),
        object: childText(element, 'object') ?? '',
        filterLogic: childText(element, 'filterLogic'),
        filters: readFilters(element),
        queriedFields: childrenNamed(element, 'queriedFields').map(
            (field) => field.text
        ),
        outputAssignments: childrenNamed(element, 'outputAssignments').map(
            (assignment) => ({
                field: childText(assignment, 'field') ?? '',
                assignToReference:
                    childText(assignment, 'assignToReference') ?? ''
            })
        ),
        outputReference: childText(element, 'outputReference'),
        storeOutputAutomatically: bool(
            childText(element, 'storeOutputAutomatically')
        ),
        getFirstRecordOnly: bool(childText(element, 'getFirstRecordOnly')),
        sortField: childText(element, 'sortField'),
        sortOrder: childText(element, 'sortOrder'),
        assignNullValuesIfNoRecordsFound: bool(
            childText(element, 'assignNullValuesIfNoRecordsFound')
        )
    }),
    recordUpdates: (element: XmlElement): FlowRecordUpdate => ({
        ...readNode(element),
        object: childText(element, 'object'),
        inputReference: childText(element, 'inputReference'),
        filterLogic: childText(element, 'filterLogic'),
        filters: readFilters(element),
        inputAssignments: readInputAssignments(element)
    }),
    recordCreates: (element: XmlElement): FlowRecordCreate => ({
        ...readNode(element),
        object: childText(element, 'object'),
        inputReference: childText(element, 'inputReference'),
        inputAssignments: readInputAssignments(element),
        assignRecordIdToReference: childText(
            element,
            'assignRecordIdToReference'
        ),
        storeOutputAutomatically: bool(
            childText(element, 'storeOutputAutomatically')
        )
    }),
    recordDeletes: (element: XmlElement): FlowRecordDelete => ({
        ...readNode(element),
        object: childText(element, 'object'),
        inputReference: childText(element, 'inputReference'),
        filterLogic: childText(element, 'filterLogic'),
        filters: readFilters(element)
    }),
    assignments: (element: XmlElement): FlowAssignment => ({
        ...readNode(element),
        items: childrenNamed(element, 'assignmentItems').map((item) => ({
            assignToReference: childText(item, 'assignToReference') ?? '',
            operator: childText(item, 'operator') ?? '',
            value: readValue(child(item, 'value'))
        }))
    }),
    decisions: (element: XmlElement): FlowDecision => ({
        ...readNode(element),
        rules: childrenNamed(element, 'rules').map((rule) => ({
            name: childText(rule, 'name') ?? '',
            label: childText(rule, 'label'),
            conditionLogic: childText(rule, 'conditionLogic') ?? 'and',
            conditions: readConditions(rule),
            doesRequireRecordChangedToMeetCriteria: bool(
                childText(rule, 'doesRequireRecordChangedToMeetCriteria')
            ),
            connector: connectorOf(rule, 'connector')
        })),
        defaultConnector: connectorOf(element, 'defaultConnector')
    }),
    loops: (element: XmlElement): FlowLoop => ({
        ...readNode(element),
        collectionReference: childText(element, 'collectionReference') ?? '',
        assignNextValueToReference: childText(
            element,
            'assignNextValueToReference'
        ),
        iterationOrder: childText(element, 'iterationOrder') ?? 'Asc',
        nextValueConnector: connectorOf(element, 'nextValueConnector'),
        noMoreValuesConnector: connectorOf(element, 'noMoreValuesConnector')
    }),
    subflows: (element: XmlElement): FlowSubflow => ({
        ...readNode(element),
        flowName: childText(element, 'flowName') ?? '',
        inputAssignments: childrenNamed(element, 'inputAssignments').map(
            (assignment) => ({
                name: childText(assignment, 'name') ?? '',
                value: readValue(child(assignment, 'value'))
            })
        ),
        outputAssignments: childrenNamed(element, 'outputAssignments').map(
            (assignment) => ({
                name: childText(assignment, 'name') ?? '',
                assignToReference:
                    childText(assignment, 'assignToReference') ?? ''
            })
        ),
        storeOutputAutomatically: bool(
            childText(element, 'storeOutputAutomatically')
        )
    }),
    customErrors: (element: XmlElement): FlowCustomError => ({
        ...readNode(element),
        messages: childrenNamed(element, 'customErrorMessages').map(
            (message) => ({
                errorMessage: childText(message, 'errorMessage') ?? '',
                isFieldError: bool(childText(message, 'isFieldError')),
                fieldSelection: childText(message, 'fieldSelection')
            })
        )
    })
};

function namesIn(element: XmlElement): FlowName[] {
    const name = childText(element, 'name');
    const own = name ? [{ name, kind: element.name }] : [];
    const nested = (NESTED_NAMES[element.name] ?? []).flatMap((kind) =>
        childrenNamed(element, kind).flatMap(namesIn)
    );
    return [...own, ...nested];
}

/** Every reference under `element`, attributed to the top-level element `owner`. */
function referencesIn(element: XmlElement, owner: string): FlowReference[] {
    if (NOT_LOGIC.has(element.name)) return [];
    const direct = REFERENCE_PROPERTIES.has(element.name)
        ? [{ reference: element.text, element: owner, property: element.name }]
        : [...element.text.matchAll(MERGE_FIELD)].map((match) => ({
              reference: match[1].trim(),
              element: owner,
              property: '{!merge field}'
          }));
    return [
        ...direct.filter((reference) => reference.reference !== ''),
        ...element.children.flatMap((item) => referencesIn(item, owner))
    ];
}

/** `recordLookups[Get_Plan]`, `start`, `interviewLabel`: how problems name an element. */
const ownerName = (element: XmlElement): string => {
    const name = childText(element, 'name');
    return name ? `${element.name}[${name}]` : element.name;
};

/** The flow whose parsed `<Flow>` document is given (read from `file`). */
export function flowFromXml(xml: XmlElement, file: string): FlowModel {
    const all = (kind: keyof typeof readers) => childrenNamed(xml, kind);
    const start = child(xml, 'start');
    const topLevel = xml.children.filter(
        (element) => !NOT_LOGIC.has(element.name)
    );
    return {
        file,
        apiName: path.basename(file).replace(/\.flow-meta\.xml$/, ''),
        label: childText(xml, 'label') ?? '',
        apiVersion: childText(xml, 'apiVersion'),
        processType: childText(xml, 'processType'),
        status: childText(xml, 'status'),
        runInMode: childText(xml, 'runInMode'),
        triggerOrder: optionalNumber(childText(xml, 'triggerOrder')),
        start: start ? readStart(start) : undefined,
        variables: all('variables').map(readers.variables),
        constants: all('constants').map(readers.constants),
        formulas: all('formulas').map(readers.formulas),
        textTemplates: all('textTemplates').map(readers.textTemplates),
        recordLookups: all('recordLookups').map(readers.recordLookups),
        recordUpdates: all('recordUpdates').map(readers.recordUpdates),
        recordCreates: all('recordCreates').map(readers.recordCreates),
        recordDeletes: all('recordDeletes').map(readers.recordDeletes),
        assignments: all('assignments').map(readers.assignments),
        decisions: all('decisions').map(readers.decisions),
        loops: all('loops').map(readers.loops),
        subflows: all('subflows').map(readers.subflows),
        customErrors: all('customErrors').map(readers.customErrors),
        otherElements: topLevel
            .filter(
                (element) =>
                    !MODELLED.has(element.name) &&
                    childText(element, 'name') !== undefined
            )
            .map((element) => ({
                name: childText(element, 'name')!,
                kind: element.name
            })),
        names: topLevel.flatMap(namesIn),
        references: topLevel.flatMap((element) =>
            referencesIn(element, ownerName(element))
        )
    };
}

/** Reads one flow; throws XmlSyntaxError when the file is not well formed. */
export function readFlow(file: string): FlowModel {
    return flowFromXml(readXml(file), file);
}

/**
 * Reads the flows of the files given, leaving out a file that is not well
 * formed (the metadataSchema check reports it with its line).
 */
export function readFlows(files: string[]): FlowModel[] {
    return files.flatMap((file) => {
        try {
            return [readFlow(file)];
        } catch (error) {
            if (error instanceof XmlSyntaxError) return [];
            throw error;
        }
    });
}

/** The resource of `resources` called `name` (flow API names are case-insensitive), if any. */
export function named<Resource extends { name: string }>(
    resources: readonly Resource[],
    name: string
): Resource | undefined {
    const key = name.toLowerCase();
    return resources.find((resource) => resource.name.toLowerCase() === key);
}
