/**
 * Flows name only objects, fields, resources and elements that exist, and keep
 * the platform's rules for record-triggered flows: the object of the start and
 * of every record lookup, update, create and delete exists; every field a
 * filter, queried field or field assignment names is a field of the object it
 * is read from; every reference (`elementReference`, `{!merge field}` in
 * formulas, entry formulas and texts, connectors) names a resource or element
 * of the flow, and `$Record.Parent__r.Field__c` paths resolve through lookups.
 * A subflow sets only input variables of the flow it runs and stores only its
 * output variables, into variables; a Custom Error stays in the synchronous
 * paths of a record-triggered flow, with messages of at most 255 characters,
 * inline only on a field of the triggering record.
 * Standard names outside the offline catalogue are notes (`unchecked`).
 * The flows are the project model's (scripts/lib/flowModel.ts reads each).
 */
import type { FieldModel, ProjectModel } from '../../lib/project';
import {
    named,
    type FlowInputFieldAssignment,
    type FlowModel,
    type FlowReference
} from '../../lib/flowModel';
import { objectProblem, resolveFieldPath } from '../fieldPaths';
import type { Check, Problem } from '../types';

type Report = (
    element: string,
    message: string,
    kind?: Problem['kind']
) => void;

/** Reports a field path that does not resolve; returns the field when it does. */
type ResolveField = (
    object: string,
    path: string,
    element: string
) => FieldModel | undefined;

/** What a record resource holds: records of one object, one or many. */
interface RecordType {
    object: string;
    collection: boolean;
}

const RECORD_TRIGGERS = [
    'RecordBeforeSave',
    'RecordAfterSave',
    'RecordBeforeDelete'
];
const SAVE_TRIGGER_TYPES = ['Create', 'Update', 'CreateAndUpdate'];
/** Triggers with a record as it was before the change. */
const UPDATE_TRIGGER_TYPES = ['Update', 'CreateAndUpdate'];

/**
 * Elements a before-save flow cannot hold: it changes only the record being
 * saved, so no other DML, no actions, subflows, screens or pauses.
 * Salesforce Help, "Before-Save Record-Triggered Flows"
 * (https://help.salesforce.com/s/articleView?id=platform.flow_concepts_trigger_record.htm)
 * and "Record-Triggered Flow Considerations"
 * (https://help.salesforce.com/s/articleView?id=platform.flow_considerations_trigger_record.htm).
 */
const NOT_BEFORE_SAVE = [
    'recordCreates',
    'recordDeletes',
    'actionCalls',
    'apexPluginCalls',
    'subflows',
    'screens',
    'waits'
];

/**
 * Salesforce Help, "Custom Error Element"
 * (https://help.salesforce.com/s/articleView?id=platform.flow_ref_elements_custom_error.htm):
 * "You can create a custom error message only in the before-save or after-save
 * path of a record-triggered flow. You can't run an error message
 * asynchronously, and the error message can't be called from another flow
 * type" (its Usage shows one in a flow that a delete triggers, so before-delete
 * flows hold them too); "The error message can have up to 255 characters"; an
 * inline error shows "on the field that is causing the error", a field of the
 * record that triggered the flow.
 */
const CUSTOM_ERROR_MAX_LENGTH = 255;

/** The record type of each record resource: `$Record`, SObject variables, lookups that store their output, loops over them. */
function recordTypes(flow: FlowModel): Map<string, RecordType> {
    const types = new Map<string, RecordType>();
    const object = flow.start?.object;
    if (object) {
        types.set('$record', { object, collection: false });
        types.set('$record__prior', { object, collection: false });
    }
    for (const variable of flow.variables) {
        if (variable.objectType)
            types.set(variable.name.toLowerCase(), {
                object: variable.objectType,
                collection: variable.isCollection
            });
    }
    for (const lookup of flow.recordLookups) {
        if (lookup.storeOutputAutomatically)
            types.set(lookup.name.toLowerCase(), {
                object: lookup.object,
                collection: !lookup.getFirstRecordOnly
            });
    }
    for (const loop of flow.loops) {
        const collection = types.get(loop.collectionReference.toLowerCase());
        if (collection?.collection)
            types.set(loop.name.toLowerCase(), {
                object: collection.object,
                collection: false
            });
    }
    return types;
}

/** The names of the elements that can run after any of `from`, following every connector (fault paths too). */
function reachableFrom(flow: FlowModel, from: string[]): Set<string> {
    const next = new Map<string, string[]>();
    for (const { reference, element, property } of flow.references) {
        const source = /^\w+\[(.+)\]$/.exec(element)?.[1].toLowerCase();
        if (property !== 'targetReference' || !source) continue;
        next.set(source, [
            ...(next.get(source) ?? []),
            reference.toLowerCase()
        ]);
    }
    const reached = new Set<string>();
    const pending = from.map((name) => name.toLowerCase());
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
        if (reached.has(name)) continue;
        reached.add(name);
        pending.push(...(next.get(name) ?? []));
    }
    return reached;
}

/** Where a Custom Error may run, and what its messages may say (see {@link CUSTOM_ERROR_MAX_LENGTH}). */
function checkCustomErrors(
    flow: FlowModel,
    report: Report,
    field: ResolveField
): void {
    const start = flow.start;
    const trigger = start?.triggerType;
    const recordTriggered = !!trigger && RECORD_TRIGGERS.includes(trigger);
    const asynchronous = reachableFrom(
        flow,
        (start?.scheduledPaths ?? []).flatMap((path) =>
            path.connector ? [path.connector] : []
        )
    );
    for (const customError of flow.customErrors) {
        const element = `customErrors[${customError.name}]`;
        if (!recordTriggered)
            report(
                element,
                `a Custom Error runs only in a record-triggered flow (triggerType ${RECORD_TRIGGERS.join(', ')}), not ${trigger ?? 'none'}`
            );
        else if (asynchronous.has(customError.name.toLowerCase()))
            report(
                element,
                'a Custom Error cannot run on a scheduled or asynchronous path: only on the path that runs immediately'
            );
        customError.messages.forEach((message, index) => {
            const where = `${element}.customErrorMessages[${index}]`;
            if (message.errorMessage.length > CUSTOM_ERROR_MAX_LENGTH)
                report(
                    `${where}.errorMessage`,
                    `the message has ${message.errorMessage.length} characters; a Custom Error's message has at most ${CUSTOM_ERROR_MAX_LENGTH}`
                );
            if (!message.isFieldError) return;
            const selection = message.fieldSelection;
            if (!selection)
                report(
                    where,
                    'an inline error (isFieldError) names the field it shows on in fieldSelection'
                );
            else if (selection.includes('.'))
                report(
                    `${where}.fieldSelection`,
                    `an inline error shows on a field of the triggering record itself, not on ${selection}`
                );
            else if (recordTriggered && start?.object)
                field(start.object, selection, `${where}.fieldSelection`);
        });
    }
}

function checkFlow(
    project: ProjectModel,
    flow: FlowModel,
    report: Report
): void {
    const start = flow.start;
    const types = recordTypes(flow);
    const names = new Set(flow.names.map(({ name }) => name.toLowerCase()));
    const beforeSave = start?.triggerType === 'RecordBeforeSave';

    /** Reports an object that does not exist; true when its fields can be checked. */
    const objectKnown = (object: string, element: string): boolean => {
        const problem = objectProblem(project, object);
        if (problem) report(element, problem.error, problem.kind);
        return !problem;
    };
    const field: ResolveField = (object, path, element) => {
        const result = resolveFieldPath(project, object, path);
        if (result.error) report(element, result.error, result.kind);
        return result.field;
    };
    // Formula and roll-up summary fields are computed and read-only: a flow
    // can read them, never set them. Update Records element
    // (https://help.salesforce.com/s/articleView?id=platform.flow_ref_elements_data_update.htm)
    // sets editable fields only; before-save flows refuse to write a
    // non-editable field ("Invalid target field for field update",
    // https://help.salesforce.com/s/articleView?id=005389121&type=1).
    const assignable = (found: FieldModel | undefined, element: string) => {
        if (found?.custom && found.calculated)
            report(
                element,
                `${found.object}.${found.apiName} is a formula or roll-up summary field: a flow cannot set it`
            );
    };
    const assignments = (
        object: string,
        items: FlowInputFieldAssignment[],
        element: string
    ) => {
        for (const item of items) {
            const where = `${element}.inputAssignments[${item.field}]`;
            assignable(field(object, item.field, where), where);
        }
    };
    const filters = (
        object: string,
        list: { field: string }[],
        element: string
    ) => {
        for (const filter of list)
            field(object, filter.field, `${element}.filters[${filter.field}]`);
    };
    const typeOf = (reference: string | undefined) =>
        reference ? types.get(reference.toLowerCase()) : undefined;

    if (start) {
        // Metadata API, FlowStart: a record-triggered flow names its object and
        // when it runs; before- and after-save flows run on create and/or
        // update, before-delete flows on delete
        // (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_visual_workflow.htm).
        const trigger = start.triggerType;
        if (trigger && RECORD_TRIGGERS.includes(trigger)) {
            if (!start.object)
                report(
                    'start',
                    `a ${trigger} flow needs the <object> it runs on`
                );
            const allowed =
                trigger === 'RecordBeforeDelete'
                    ? ['Delete']
                    : SAVE_TRIGGER_TYPES;
            if (!allowed.includes(start.recordTriggerType ?? ''))
                report(
                    'start.recordTriggerType',
                    `a ${trigger} flow runs on ${allowed.join(', ')}, not ${start.recordTriggerType ?? 'nothing'}`
                );
        }
        if (start.object && objectKnown(start.object, 'start.object')) {
            filters(start.object, start.filters, 'start');
        }
        // "Is Changed" compares with the prior record, which only an update has
        // (Record-Triggered Flow Considerations, above).
        for (const filter of start.filters) {
            if (
                filter.operator === 'IsChanged' &&
                !UPDATE_TRIGGER_TYPES.includes(start.recordTriggerType ?? '')
            )
                report(
                    `start.filters[${filter.field}]`,
                    `IsChanged needs a flow triggered by an update (recordTriggerType Update or CreateAndUpdate), not ${start.recordTriggerType ?? 'none'}`
                );
        }
    }

    for (const lookup of flow.recordLookups) {
        const element = `recordLookups[${lookup.name}]`;
        if (!lookup.object || !objectKnown(lookup.object, `${element}.object`))
            continue;
        filters(lookup.object, lookup.filters, element);
        for (const name of lookup.queriedFields)
            field(lookup.object, name, `${element}.queriedFields[${name}]`);
        for (const output of lookup.outputAssignments)
            field(
                lookup.object,
                output.field,
                `${element}.outputAssignments[${output.field}]`
            );
        if (lookup.sortField)
            field(lookup.object, lookup.sortField, `${element}.sortField`);
    }

    const dml = [
        ...flow.recordUpdates.map((update) => ({
            ...update,
            kind: 'recordUpdates',
            assign: update.inputAssignments,
            filters: update.filters
        })),
        ...flow.recordCreates.map((create) => ({
            ...create,
            kind: 'recordCreates',
            assign: create.inputAssignments,
            filters: []
        })),
        ...flow.recordDeletes.map((remove) => ({
            ...remove,
            kind: 'recordDeletes',
            assign: [],
            filters: remove.filters
        }))
    ];
    for (const element of dml) {
        const name = `${element.kind}[${element.name}]`;
        if (element.object && !objectKnown(element.object, `${name}.object`))
            continue;
        const object = element.object ?? typeOf(element.inputReference)?.object;
        if (!object || project.judgeObject(object) !== 'known') continue;
        filters(object, element.filters, name);
        assignments(object, element.assign, name);
    }

    if (beforeSave) {
        const subflows = flow.subflows.map((subflow) => ({
            ...subflow,
            kind: 'subflows'
        }));
        for (const element of [...dml, ...subflows, ...flow.otherElements]) {
            const kind = element.kind;
            if (NOT_BEFORE_SAVE.includes(kind))
                report(
                    `${kind}[${element.name}]`,
                    `a before-save flow (RecordBeforeSave) changes only the record being saved: it cannot hold ${kind}; run it after save`
                );
        }
        for (const update of flow.recordUpdates) {
            if (update.inputReference !== '$Record')
                report(
                    `recordUpdates[${update.name}]`,
                    'a before-save flow (RecordBeforeSave) can update only the triggering record ($Record); run it after save'
                );
        }
    }

    // A Subflow element runs another flow of the org by its API name, sets
    // only that flow's input variables and stores only its output variables,
    // in variables of the calling flow ("To use the referenced flow's outputs
    // later in the flow, store them in variables... the Subflow elements show
    // only output variables": Salesforce Help, "Subflow Element",
    // https://help.salesforce.com/s/articleView?id=platform.flow_ref_elements_subflow.htm).
    for (const subflow of flow.subflows) {
        const element = `subflows[${subflow.name}]`;
        const called = project.getFlow(subflow.flowName);
        if (!called) {
            report(
                `${element}.flowName`,
                `runs the flow ${subflow.flowName}, which is not a flow of this project`
            );
            continue;
        }
        for (const input of subflow.inputAssignments) {
            const variable = named(called.variables, input.name);
            if (!variable?.isInput)
                report(
                    `${element}.inputAssignments[${input.name}]`,
                    `${called.apiName} has no input variable ${input.name}`
                );
        }
        for (const output of subflow.outputAssignments) {
            const where = `${element}.outputAssignments[${output.name}]`;
            const variable = named(called.variables, output.name);
            if (!variable?.isOutput)
                report(
                    where,
                    `${called.apiName} has no output variable ${output.name}`
                );
            const target = output.assignToReference.split('.')[0];
            if (!named(flow.variables, target))
                report(
                    `${where}.assignToReference`,
                    `stores the output in ${output.assignToReference}, which is not a variable of this flow`
                );
        }
    }

    checkCustomErrors(flow, report, field);

    for (const reference of flow.references)
        checkReference(reference, {
            project,
            flow,
            names,
            types,
            beforeSave,
            report,
            field,
            assignable
        });
}

interface ReferenceContext {
    project: ProjectModel;
    flow: FlowModel;
    names: Set<string>;
    types: Map<string, RecordType>;
    beforeSave: boolean;
    report: Report;
    field: ResolveField;
    assignable: (found: FieldModel | undefined, element: string) => void;
}

function checkReference(
    { reference, element, property }: FlowReference,
    context: ReferenceContext
): void {
    const { flow, names, types, report } = context;
    const [head, ...rest] = reference.split('.');
    const where = `${element}.${property}[${reference}]`;
    if (property === 'targetReference') {
        if (!names.has(reference.toLowerCase()))
            report(
                where,
                `goes to ${reference}, which is not an element of this flow`
            );
        return;
    }
    const global = /^\$(Record|Record__Prior|User)$/i.test(head);
    if (head.startsWith('$') && !global) return; // $Flow, $Label, $Setup, $Api...: not modelled
    if (/^\$User$/i.test(head)) {
        if (rest.length > 0) context.field('User', rest.join('.'), where);
        return;
    }
    if (!global && !names.has(head.toLowerCase())) {
        report(where, `there is no resource or element ${head} in this flow`);
        return;
    }
    if (/^\$Record/i.test(head)) {
        if (!flow.start?.object) {
            report(
                where,
                `${head} exists only in a flow that starts on an object (record-triggered or scheduled)`
            );
            return;
        }
        // The prior values exist only when a record is updated: Salesforce
        // Help, "Flow Resource: Global Variables"
        // (https://help.salesforce.com/s/articleView?id=platform.flow_ref_resources_global_variables.htm).
        if (
            /^\$Record__Prior$/i.test(head) &&
            !UPDATE_TRIGGER_TYPES.includes(flow.start.recordTriggerType ?? '')
        ) {
            report(
                where,
                `$Record__Prior exists only in a flow triggered by an update (recordTriggerType Update or CreateAndUpdate), not ${flow.start.recordTriggerType ?? 'none'}`
            );
            return;
        }
    }
    const type = types.get(head.toLowerCase());
    if (!type || type.collection || rest.length === 0) return;
    if (context.project.judgeObject(type.object) !== 'known') return;
    const found = context.field(type.object, rest.join('.'), where);
    if (
        context.beforeSave &&
        property === 'assignToReference' &&
        /^\$Record$/i.test(head)
    )
        context.assignable(found, where);
}

export const flows: Check = {
    name: 'flows',
    description:
        'flows name existing objects, fields, resources and elements, and keep the rules of record-triggered flows',
    run(context) {
        const problems: Problem[] = [];
        for (const flow of context.project.flows) {
            checkFlow(context.project, flow, (element, message, kind) =>
                problems.push({
                    file: context.relative(flow.file),
                    element,
                    message,
                    ...(kind ? { kind } : {})
                })
            );
        }
        return problems;
    }
};
