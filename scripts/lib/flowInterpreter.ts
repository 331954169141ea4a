/**
 * Runs the shipped record-triggered flows from their own XML (read by
 * flowModel.ts), so the preview and the tests execute what an org executes,
 * not a TypeScript copy of the flow's logic. Formulas (resources and entry
 * conditions) run through formulaEngine.ts.
 *
 * What it runs: the start's entry conditions (filters, custom logic or a
 * formula with ISNEW, ISCHANGED and PRIORVALUE; "only when updated to meet the
 * condition"), $Record and $Record__Prior, variables, constants, formulas and
 * text templates, Get Records (filters, sort, first or all, automatic or
 * variable output), assignments, decisions, loops, Create, Update and Delete
 * Records (by record variable or by filters) with their fault paths, subflows
 * with their inputs and outputs, and Custom Errors. Anything else — an
 * element, operator, global variable or data type it does not know — fails
 * before the flow runs with a {@link FlowUnsupportedError} naming the flow and
 * the element: nothing is skipped.
 *
 * When flows run, and what each may change, is the platform's (Apex Developer
 * Guide, "Triggers and Order of Execution",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_order_of_execution.htm;
 * Salesforce Help, "Record-Triggered Flow Considerations",
 * https://help.salesforce.com/s/articleView?id=platform.flow_considerations_trigger_record.htm):
 * before-save flows change only the record being saved, without DML, before
 * the validation rules; after-save flows run once the record is saved and may
 * query and change other records, and each of their changes is a save of its
 * own that runs that record's flows in turn; before-delete flows run before
 * the record is deleted and may change other records. The caller (the preview
 * store) owns that order; this module runs one flow.
 */
import {
    evaluateExpression,
    type ExpressionInput,
    type FieldValue
} from './formulaEngine';
import {
    named,
    type FlowCondition,
    type FlowModel,
    type FlowRecordFilter,
    type FlowValue,
    type FlowVariable
} from './flowModel';
import type { FieldModel, FieldType, ProjectModel } from './project';

/** A record as a flow sees it: API values by field API name (Percent as 50, dates as `YYYY-MM-DD`). */
export type FlowRecord = Record<string, unknown> & { Id?: string };

/** The records a flow reads and writes; the preview store implements it, each write a full save. */
export interface FlowDatabase {
    /** Every record of an object, formula and roll-up fields included. */
    list(objectApiName: string): FlowRecord[];
    get(id: string): FlowRecord | undefined;
    /** Creates a record; returns its Id. */
    create(objectApiName: string, fields: FlowRecord): string;
    update(id: string, fields: FlowRecord): void;
    delete(id: string): void;
}

/** A flow element or feature the interpreter cannot run: the flow must not run at all. */
export class FlowUnsupportedError extends Error {
    constructor(
        readonly flow: string,
        readonly element: string,
        reason: string
    ) {
        super(
            `Flow ${flow}: ${element} cannot run offline: ${reason}. The flow interpreter (scripts/lib/flowInterpreter.ts) must learn it first.`
        );
        this.name = 'FlowUnsupportedError';
    }
}

/** A flow that failed while running, as an org reports an unhandled fault. */
export class FlowRuntimeError extends Error {
    constructor(
        readonly flow: string,
        readonly element: string,
        reason: string
    ) {
        super(`Flow ${flow}: ${element}: ${reason}`);
        this.name = 'FlowRuntimeError';
    }
}

/** One message of a Custom Error: in a window on the record page, or inline on a field of the triggering record. */
export interface FlowErrorMessage {
    message: string;
    field?: string;
}

/**
 * A Custom Error element reached: the change that triggered the flow is
 * refused with its messages and rolled back (Salesforce Help, "Custom Error
 * Element",
 * https://help.salesforce.com/s/articleView?id=platform.flow_ref_elements_custom_error.htm:
 * "If an executed fault path has a Custom Error element, the change that
 * triggered the flow is rolled back"). The caller (the preview store) refuses
 * the save as it refuses one that fails a validation rule.
 */
export class FlowCustomErrorRaised extends Error {
    constructor(
        readonly flow: string,
        readonly element: string,
        readonly messages: FlowErrorMessage[]
    ) {
        super(messages.map(({ message }) => message).join('; '));
        this.name = 'FlowCustomErrorRaised';
    }
}

export type TriggerEvent = 'create' | 'update' | 'delete';
export type TriggerTiming =
    'RecordBeforeSave' | 'RecordAfterSave' | 'RecordBeforeDelete';

export interface FlowRunContext {
    project: ProjectModel;
    db: FlowDatabase;
    /** `TODAY()` for formulas, `YYYY-MM-DD`. */
    today: string;
    now: () => Date;
}

export interface TriggerRun {
    event: TriggerEvent;
    /** The record being saved or deleted; a before-save flow changes it in place. */
    record: FlowRecord;
    /** The record as it was before an update. */
    prior?: FlowRecord;
}

const RECORD_TRIGGER_TYPES: Record<TriggerEvent, string[]> = {
    create: ['Create', 'CreateAndUpdate'],
    update: ['Update', 'CreateAndUpdate'],
    delete: ['Delete']
};

/**
 * The active flows of `objectApiName` that `event` triggers at `timing`, in
 * the platform's run order: by trigger order, then by API name (Salesforce
 * Help, "Define the Run Order of Record-Triggered Flows for an Object",
 * https://help.salesforce.com/s/articleView?id=platform.flow_task_trigger_run_order.htm).
 */
export function triggeredFlows(
    project: ProjectModel,
    objectApiName: string,
    event: TriggerEvent,
    timing: TriggerTiming
): FlowModel[] {
    return project.flows
        .filter(
            (flow) =>
                flow.status === 'Active' &&
                flow.start?.triggerType === timing &&
                flow.start.object?.toLowerCase() ===
                    objectApiName.toLowerCase() &&
                RECORD_TRIGGER_TYPES[event].includes(
                    flow.start.recordTriggerType ?? ''
                )
        )
        .sort(
            (a, b) =>
                (a.triggerOrder ?? Infinity) - (b.triggerOrder ?? Infinity) ||
                a.apiName.localeCompare(b.apiName)
        );
}

const DECISION_OPERATORS = new Set([
    'EqualTo',
    'NotEqualTo',
    'GreaterThan',
    'GreaterThanOrEqualTo',
    'LessThan',
    'LessThanOrEqualTo',
    'IsNull',
    'Contains',
    'StartsWith',
    'EndsWith',
    'IsChanged'
]);
const FILTER_OPERATORS = new Set(
    [...DECISION_OPERATORS].filter((operator) => operator !== 'IsChanged')
);
const ASSIGNMENT_OPERATORS = new Set(['Assign', 'Add', 'Subtract']);
const DATA_TYPES: Record<string, FieldType> = {
    String: 'Text',
    Number: 'Number',
    Currency: 'Currency',
    Boolean: 'Checkbox',
    Date: 'Date',
    DateTime: 'DateTime',
    Picklist: 'Picklist'
};

/** Every element and feature of `flow` the interpreter cannot run, as errors; checked before a flow runs. */
function unsupported(
    project: ProjectModel,
    flow: FlowModel,
    checked = new Set<FlowModel>()
): FlowUnsupportedError[] {
    // A flow that calls itself (or a cycle of subflows) is checked once.
    if (checked.has(flow)) return [];
    checked.add(flow);
    const problems: FlowUnsupportedError[] = [];
    const refuse = (element: string, reason: string) =>
        problems.push(new FlowUnsupportedError(flow.apiName, element, reason));
    for (const element of flow.otherElements)
        refuse(
            `${element.kind}[${element.name}]`,
            `${element.kind} elements are not interpreted`
        );
    for (const path of flow.start?.scheduledPaths ?? [])
        refuse(
            `start.scheduledPaths[${path.name}]`,
            'scheduled and asynchronous paths are not interpreted'
        );
    for (const filter of flow.start?.filters ?? [])
        if (!DECISION_OPERATORS.has(filter.operator))
            refuse(
                `start.filters[${filter.field}]`,
                `operator ${filter.operator}`
            );
    for (const lookup of flow.recordLookups)
        for (const filter of lookup.filters)
            if (!FILTER_OPERATORS.has(filter.operator))
                refuse(
                    `recordLookups[${lookup.name}].filters[${filter.field}]`,
                    `operator ${filter.operator}`
                );
    for (const element of [...flow.recordUpdates, ...flow.recordDeletes])
        for (const filter of element.filters)
            if (!FILTER_OPERATORS.has(filter.operator))
                refuse(
                    `${element.name}.filters[${filter.field}]`,
                    `operator ${filter.operator}`
                );
    for (const decision of flow.decisions)
        for (const rule of decision.rules) {
            if (rule.doesRequireRecordChangedToMeetCriteria)
                refuse(
                    `decisions[${decision.name}].rules[${rule.name}]`,
                    'outcomes that run only when the record is changed to meet the conditions'
                );
            for (const condition of rule.conditions)
                if (!DECISION_OPERATORS.has(condition.operator))
                    refuse(
                        `decisions[${decision.name}].rules[${rule.name}]`,
                        `operator ${condition.operator}`
                    );
        }
    for (const assignment of flow.assignments)
        for (const item of assignment.items)
            if (!ASSIGNMENT_OPERATORS.has(item.operator))
                refuse(
                    `assignments[${assignment.name}]`,
                    `operator ${item.operator}`
                );
    for (const variable of [...flow.variables, ...flow.constants])
        if (!DATA_TYPES[variable.dataType] && variable.dataType !== 'SObject')
            refuse(
                `variables[${variable.name}]`,
                `data type ${variable.dataType}`
            );
    for (const formula of flow.formulas)
        if (!DATA_TYPES[formula.dataType ?? ''])
            refuse(
                `formulas[${formula.name}]`,
                `data type ${formula.dataType ?? 'none'}`
            );
    // What follows a Custom Error is not known to run (the element can have a connector).
    for (const customError of flow.customErrors)
        if (customError.connector)
            refuse(
                `customErrors[${customError.name}]`,
                'elements after a Custom Error'
            );
    for (const subflow of flow.subflows) {
        if (subflow.storeOutputAutomatically)
            refuse(
                `subflows[${subflow.name}]`,
                'subflow outputs stored automatically (assign each output instead)'
            );
        const called = project.getFlow(subflow.flowName);
        if (!called)
            refuse(
                `subflows[${subflow.name}]`,
                `there is no flow ${subflow.flowName}`
            );
        else problems.push(...unsupported(project, called, checked));
    }
    for (const reference of flow.references) {
        const head = reference.reference.split('.')[0];
        if (
            head.startsWith('$') &&
            !/^\$(Record|Record__Prior|Flow|GlobalConstant)$/i.test(head)
        )
            refuse(reference.element, `the global variable ${head}`);
    }
    return problems;
}

/** Throws the first reason `flow` cannot run offline; the preview and the tests call it before anything runs. */
export function assertInterpretable(
    project: ProjectModel,
    flow: FlowModel
): void {
    const [first] = unsupported(project, flow);
    if (first) throw first;
}

/** Marks a record that Get Records read with a field list: reading any other field fails, as in an org. */
const QUERIED = Symbol('queried fields only');

const isBlank = (value: unknown): boolean =>
    value === null || value === undefined || value === '';

const copy = (value: unknown): unknown =>
    Array.isArray(value)
        ? value.map(copy)
        : value && typeof value === 'object'
          ? { ...(value as FlowRecord) }
          : value;

/** Flow equality: blank equals blank, numbers by value, text exactly. */
function equal(left: unknown, right: unknown, ignoreCase = false): boolean {
    if (isBlank(left) || isBlank(right)) return isBlank(left) && isBlank(right);
    if (ignoreCase && typeof left === 'string' && typeof right === 'string')
        return left.toLowerCase() === right.toLowerCase();
    return left === right;
}

function compare(
    operator: string,
    left: unknown,
    right: unknown,
    ignoreCase = false
): boolean {
    switch (operator) {
        case 'EqualTo':
            return equal(left, right, ignoreCase);
        case 'NotEqualTo':
            return !equal(left, right, ignoreCase);
        case 'IsNull':
            return isBlank(left) === (right === true);
        case 'Contains':
        case 'StartsWith':
        case 'EndsWith': {
            const text = String(left ?? '');
            const part = String(right ?? '');
            const [a, b] = ignoreCase
                ? [text.toLowerCase(), part.toLowerCase()]
                : [text, part];
            return operator === 'Contains'
                ? a.includes(b)
                : operator === 'StartsWith'
                  ? a.startsWith(b)
                  : a.endsWith(b);
        }
        default: {
            if (isBlank(left) || isBlank(right)) return false;
            const order =
                (left as number | string) < (right as number | string)
                    ? -1
                    : left === right
                      ? 0
                      : 1;
            return (
                (operator === 'GreaterThan' && order > 0) ||
                (operator === 'GreaterThanOrEqualTo' && order >= 0) ||
                (operator === 'LessThan' && order < 0) ||
                (operator === 'LessThanOrEqualTo' && order <= 0)
            );
        }
    }
}

/**
 * Evaluates condition logic: `and`, `or`, or custom logic such as
 * `1 AND (2 OR NOT 3)` over the results of the numbered conditions.
 */
export function evaluateLogic(logic: string, results: boolean[]): boolean {
    const normal = logic.trim().toLowerCase();
    if (normal === 'and') return results.every(Boolean);
    if (normal === 'or') return results.some(Boolean);
    const tokens = logic.match(/\d+|\(|\)|\w+/g) ?? [];
    let position = 0;
    const next = () => tokens[position++]?.toUpperCase();
    const peek = () => tokens[position]?.toUpperCase();
    const primary = (): boolean => {
        const token = next();
        if (token === 'NOT') return !primary();
        if (token === '(') {
            const value = or();
            if (next() !== ')')
                throw new Error(`unbalanced parentheses in "${logic}"`);
            return value;
        }
        const index = Number(token) - 1;
        if (!Number.isInteger(index) || index < 0 || index >= results.length)
            throw new Error(`"${logic}" names no condition ${token}`);
        return results[index];
    };
    const and = (): boolean => {
        let value = primary();
        while (peek() === 'AND') {
            next();
            value = primary() && value;
        }
        return value;
    };
    const or = (): boolean => {
        let value = and();
        while (peek() === 'OR') {
            next();
            value = and() || value;
        }
        return value;
    };
    const value = or();
    if (position !== tokens.length)
        throw new Error(`cannot read the condition logic "${logic}"`);
    return value;
}

/** A pseudo field typing a flow resource for the formula engine. */
function resourceField(
    flow: string,
    name: string,
    dataType: string,
    scale?: number
): FieldModel {
    const valueType = DATA_TYPES[dataType] ?? 'Text';
    return {
        object: flow,
        apiName: name,
        label: name,
        type: valueType,
        valueType,
        custom: true,
        scale,
        required: false,
        trackHistory: false,
        calculated: false
    };
}

const MERGE_OR_QUOTED = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\{!([^{}]+)\}/g;

/** One run of one flow (an "interview"). */
class Interview {
    private readonly values = new Map<string, unknown>();
    private readonly loops = new Map<
        string,
        { items: unknown[]; index: number }
    >();
    private readonly evaluating = new Set<string>();

    constructor(
        private readonly flow: FlowModel,
        private readonly context: FlowRunContext,
        private readonly trigger?: TriggerRun,
        inputs: Record<string, unknown> = {}
    ) {
        for (const variable of flow.variables)
            this.values.set(
                variable.name.toLowerCase(),
                variable.isCollection ? [] : this.literal(variable.value)
            );
        for (const [name, value] of Object.entries(inputs)) {
            const variable = named(flow.variables, name);
            if (!variable?.isInput)
                this.fail('inputs', `${name} is not an input variable`);
            this.values.set(name.toLowerCase(), copy(value));
        }
    }

    private fail(element: string, reason: string): never {
        throw new FlowRuntimeError(this.flow.apiName, element, reason);
    }

    private get objectName(): string | undefined {
        return this.flow.start?.object;
    }

    private literal(value: FlowValue | undefined): unknown {
        if (!value) return null;
        return value.kind === 'reference'
            ? this.resolve(value.reference)
            : value.value;
    }

    /** The field model of `path` on `object`, following `__r` relationships. */
    private fieldOf(object: string, path: string[]): FieldModel | undefined {
        const [head, ...rest] = path;
        if (rest.length === 0)
            return this.context.project.getField(object, head);
        const lookup = this.context.project.getField(
            object,
            head.replace(/__r$/i, '__c')
        );
        const target = lookup?.referenceTo?.[0];
        return target ? this.fieldOf(target, rest) : undefined;
    }

    /** What a reference names: `$Record.Level__c`, `Get_Plan.Id`, `Prior_Level`, `Each_Item.Parent__r.Name`. */
    resolve(reference: string): unknown {
        const [head, ...path] = reference.split('.');
        const key = head.toLowerCase();
        let base: unknown;
        if (key === '$record') base = this.trigger?.record;
        else if (key === '$record__prior') base = this.trigger?.prior;
        else if (key === '$flow') {
            if (path[0] === 'CurrentDateTime')
                return this.context.now().toISOString();
            if (path[0] === 'CurrentDate') return this.context.today;
            if (path[0] === 'FaultMessage')
                return this.values.get('$flow.faultmessage') ?? null;
            this.fail(reference, `$Flow.${path[0]} is not interpreted`);
        } else if (key === '$globalconstant') {
            const constants: Record<string, unknown> = {
                True: true,
                False: false,
                EmptyString: ''
            };
            if (!(path[0] in constants))
                this.fail(reference, `no global constant ${path[0]}`);
            return constants[path[0]];
        } else if (this.values.has(key)) base = this.values.get(key);
        else {
            const formula = named(this.flow.formulas, key);
            const constant = named(this.flow.constants, key);
            const template = named(this.flow.textTemplates, key);
            if (formula)
                base = this.formula(
                    formula.name,
                    formula.expression,
                    formula.dataType ?? 'String'
                );
            else if (constant) base = this.literal(constant.value);
            else if (template) base = this.mergeText(template.text);
            else if (named(this.flow.names, key)) base = null;
            else this.fail(reference, `there is no resource ${head}`);
        }
        return this.walk(base, path, reference);
    }

    private walk(base: unknown, path: string[], reference: string): unknown {
        let current = base;
        for (const [index, name] of path.entries()) {
            if (current === null || current === undefined) return null;
            const record = current as FlowRecord;
            if (/__r$/i.test(name)) {
                const id = record[name.replace(/__r$/i, '__c')];
                current =
                    typeof id === 'string' ? this.context.db.get(id) : null;
                continue;
            }
            const field = Object.keys(record).find(
                (candidate) => candidate.toLowerCase() === name.toLowerCase()
            );
            if (field === undefined) {
                if (!(QUERIED in record) || index < path.length - 1)
                    return null;
                this.fail(
                    reference,
                    `${name} was not queried, so the flow cannot read it`
                );
            }
            current = record[field];
        }
        return current;
    }

    private mergeText(text: string): string {
        return text.replace(/\{!([^{}]+)\}/g, (_, reference: string) =>
            String(this.resolve(reference.trim()) ?? '')
        );
    }

    /** The field-like type of a merge field, for the formula engine. */
    private typeOf(reference: string): FieldModel {
        const [head, ...path] = reference.split('.');
        const key = head.toLowerCase();
        const recordObject =
            key === '$record' || key === '$record__prior'
                ? this.objectName
                : (named(this.flow.variables, key)?.objectType ??
                  this.recordObjectOf(key));
        if (recordObject && path.length) {
            const field = this.fieldOf(recordObject, path);
            if (!field)
                this.fail(
                    reference,
                    `${path.join('.')} is not a field of ${recordObject}`
                );
            return field;
        }
        const resource:
            | FlowVariable
            | { name: string; dataType?: string; scale?: number }
            | undefined =
            named(this.flow.variables, key) ??
            named(this.flow.formulas, key) ??
            named(this.flow.constants, key);
        if (resource)
            return resourceField(
                this.flow.apiName,
                resource.name,
                resource.dataType ?? 'String',
                resource.scale
            );
        if (named(this.flow.textTemplates, key) || key === '$flow')
            return resourceField(this.flow.apiName, head, 'String');
        if (key === '$globalconstant')
            return resourceField(
                this.flow.apiName,
                head,
                path[0] === 'EmptyString' ? 'String' : 'Boolean'
            );
        this.fail(reference, `cannot type ${reference} for a formula`);
    }

    /** The object of a record lookup or loop that holds records. */
    private recordObjectOf(key: string): string | undefined {
        const lookup = named(this.flow.recordLookups, key);
        if (lookup) return lookup.object;
        const loop = named(this.flow.loops, key);
        return loop
            ? (this.recordObjectOf(loop.collectionReference.toLowerCase()) ??
                  named(this.flow.variables, loop.collectionReference)
                      ?.objectType)
            : undefined;
    }

    /** Whether a field of the triggering record changed (false on create, as ISCHANGED is). */
    private changed(field: string): boolean {
        if (!this.trigger?.prior) return false;
        return !equal(
            this.walk(this.trigger.record, [field], field),
            this.walk(this.trigger.prior, [field], field)
        );
    }

    /**
     * Evaluates a flow formula. ISNEW(), ISCHANGED({!$Record.F}) and
     * PRIORVALUE({!$Record.F}), which record-triggered flows allow (Salesforce
     * Help, "Flow Formula Considerations",
     * https://help.salesforce.com/s/articleView?id=platform.flow_considerations_formulas.htm;
     * ISCHANGED is false on a new record: "ISCHANGED",
     * https://help.salesforce.com/s/articleView?id=platform.customize_functions_ischanged.htm),
     * become literals; each other merge field an identifier typed by its field or resource.
     */
    formula(name: string, expression: string, dataType: string): FieldValue {
        if (this.evaluating.has(name))
            this.fail(`formulas[${name}]`, 'refers to itself');
        this.evaluating.add(name);
        try {
            const inputs: Record<string, ExpressionInput> = {};
            const record = (reference: string) => {
                const match = /^\{!\s*\$Record\.([\w.]+)\s*\}$/i.exec(
                    reference.trim()
                );
                if (!match)
                    this.fail(
                        `formulas[${name}]`,
                        `${reference}: ISCHANGED and PRIORVALUE take a field of $Record`
                    );
                return match[1];
            };
            const text = expression
                .replace(/\bISNEW\s*\(\s*\)/gi, () =>
                    this.trigger?.event === 'create' ? 'TRUE' : 'FALSE'
                )
                .replace(
                    /\bISCHANGED\s*\(([^()]*)\)/gi,
                    (_, argument: string) =>
                        this.changed(record(argument)) ? 'TRUE' : 'FALSE'
                )
                .replace(
                    /\bPRIORVALUE\s*\(([^()]*)\)/gi,
                    (_, argument: string) =>
                        `{!$Record__Prior.${record(argument)}}`
                )
                .replace(
                    MERGE_OR_QUOTED,
                    (
                        match,
                        quoted: string | undefined,
                        reference: string | undefined
                    ) => {
                        if (quoted !== undefined || reference === undefined)
                            return match;
                        const identifier = `flowMerge${Object.keys(inputs).length}`;
                        const trimmed = reference.trim();
                        const field = this.typeOf(trimmed);
                        const value = this.resolve(trimmed);
                        inputs[identifier] = {
                            field,
                            // Flows hold Percent values as the API does (50); formulas see fractions (0.5).
                            value:
                                field.valueType === 'Percent' &&
                                typeof value === 'number'
                                    ? value / 100
                                    : value
                        };
                        return identifier;
                    }
                );
            const result = evaluateExpression(
                this.flow.apiName,
                name,
                text,
                inputs,
                { today: this.context.today }
            );
            if (dataType === 'Boolean') return result === true;
            return result;
        } finally {
            this.evaluating.delete(name);
        }
    }

    /** Whether the start's entry conditions let the flow run. */
    entryConditionsMet(): boolean {
        const start = this.flow.start;
        if (!start) return true;
        const met = (record: FlowRecord | undefined): boolean => {
            if (start.filterLogic?.toLowerCase() === 'formula')
                return (
                    this.formula(
                        'start.filterFormula',
                        start.filterFormula ?? '',
                        'Boolean'
                    ) === true
                );
            if (!start.filters.length) return true;
            const results = start.filters.map((filter) =>
                filter.operator === 'IsChanged'
                    ? this.changed(filter.field) ===
                      (this.literal(filter.value) === true)
                    : compare(
                          filter.operator,
                          this.walk(
                              record,
                              [filter.field],
                              `start.filters[${filter.field}]`
                          ),
                          this.literal(filter.value)
                      )
            );
            return evaluateLogic(start.filterLogic ?? 'and', results);
        };
        const now = met(this.trigger?.record);
        // "Only when a record is updated to meet the condition requirements".
        if (
            now &&
            start.doesRequireRecordChangedToMeetCriteria &&
            this.trigger?.event === 'update'
        )
            return !new Interview(this.flow, this.context, {
                ...this.trigger,
                record: this.trigger.prior!
            }).entryConditionsMet();
        return now;
    }

    private conditionMet(condition: FlowCondition): boolean {
        if (condition.operator === 'IsChanged') {
            const [head, ...path] = condition.leftValueReference.split('.');
            if (!/^\$Record$/i.test(head))
                this.fail(
                    condition.leftValueReference,
                    'IsChanged compares a field of $Record'
                );
            return (
                this.changed(path.join('.')) ===
                (this.literal(condition.rightValue) === true)
            );
        }
        return compare(
            condition.operator,
            this.resolve(condition.leftValueReference),
            this.literal(condition.rightValue)
        );
    }

    private matches(
        record: FlowRecord,
        filters: FlowRecordFilter[],
        logic: string | undefined,
        element: string
    ): boolean {
        // SOQL compares text case-insensitively.
        const results = filters.map((filter) =>
            compare(
                filter.operator,
                this.walk(
                    record,
                    [filter.field],
                    `${element}.filters[${filter.field}]`
                ),
                this.literal(filter.value),
                true
            )
        );
        return evaluateLogic(logic ?? 'and', results);
    }

    private find(
        object: string,
        filters: FlowRecordFilter[],
        logic: string | undefined,
        element: string
    ): FlowRecord[] {
        return this.context.db
            .list(object)
            .filter((record) => this.matches(record, filters, logic, element));
    }

    private assign(reference: string, value: unknown): void {
        const [head, ...path] = reference.split('.');
        const key = head.toLowerCase();
        if (path.length === 0) {
            if (key.startsWith('$'))
                this.fail(reference, 'a global variable cannot be assigned');
            this.values.set(key, copy(value));
            return;
        }
        if (path.length > 1)
            this.fail(
                reference,
                'only a field of a record variable can be assigned'
            );
        const record =
            key === '$record'
                ? this.trigger?.record
                : (this.values.get(key) as FlowRecord | null | undefined);
        if (!record) this.fail(reference, `${head} holds no record`);
        const field =
            Object.keys(record).find(
                (candidate) => candidate.toLowerCase() === path[0].toLowerCase()
            ) ?? path[0];
        record[field] = value;
    }

    /** The record(s) a Create, Update or Delete element names by `inputReference`, as a list. */
    private inputRecords(reference: string): FlowRecord[] {
        const value = this.resolve(reference);
        if (value === null || value === undefined)
            this.fail(reference, 'holds no record');
        return (Array.isArray(value) ? value : [value]) as FlowRecord[];
    }

    /** The writable fields of a record variable: what Update Records sends. */
    private writable(object: string, record: FlowRecord): FlowRecord {
        return Object.fromEntries(
            Object.entries(record).filter(([name]) => {
                const field = this.context.project.getField(object, name);
                return field && name !== 'Id' && !field.calculated;
            })
        );
    }

    private objectOfRecords(reference: string): string {
        const key = reference.split('.')[0].toLowerCase();
        const object =
            key === '$record'
                ? this.objectName
                : (named(this.flow.variables, key)?.objectType ??
                  this.recordObjectOf(key));
        if (!object) this.fail(reference, 'is not a record variable');
        return object;
    }

    /** The value of an output variable once the interview has run, as a subflow hands it to its caller. */
    output(name: string): unknown {
        if (!named(this.flow.variables, name)?.isOutput)
            this.fail('outputs', `${name} is not an output variable`);
        return copy(this.values.get(name.toLowerCase()));
    }

    /** Runs the flow from its start; returns when it ends. */
    run(): void {
        let next = this.flow.start?.connector;
        let steps = 0;
        while (next) {
            // An interview that never ends exceeds the platform's limit of 2,000 executed elements.
            if (++steps > 2000)
                this.fail(next, 'more than 2,000 elements executed');
            next = this.step(next);
        }
    }

    /** Runs one element; returns the name of the next. */
    private step(name: string): string | undefined {
        const key = name.toLowerCase();
        const byName = <T extends { name: string }>(list: T[]) =>
            named(list, name);
        const assignment = byName(this.flow.assignments);
        if (assignment) {
            for (const item of assignment.items) {
                const value = this.literal(item.value);
                const current =
                    item.operator === 'Assign'
                        ? undefined
                        : this.resolve(item.assignToReference);
                if (item.operator === 'Assign')
                    this.assign(item.assignToReference, value);
                else if (Array.isArray(current)) {
                    if (item.operator !== 'Add')
                        this.fail(
                            `assignments[${name}]`,
                            `${item.operator} on a collection`
                        );
                    current.push(
                        ...(Array.isArray(value)
                            ? value.map(copy)
                            : [copy(value)])
                    );
                } else if (
                    item.operator === 'Add' &&
                    (typeof current === 'string' || typeof value === 'string')
                )
                    this.assign(
                        item.assignToReference,
                        `${(current as string | null) ?? ''}${(value as string | null) ?? ''}`
                    );
                else
                    this.assign(
                        item.assignToReference,
                        ((current as number | null) ?? 0) +
                            (item.operator === 'Add' ? 1 : -1) *
                                ((value as number | null) ?? 0)
                    );
            }
            return assignment.connector;
        }
        const decision = byName(this.flow.decisions);
        if (decision) {
            for (const rule of decision.rules)
                if (
                    evaluateLogic(
                        rule.conditionLogic,
                        rule.conditions.map((condition) =>
                            this.conditionMet(condition)
                        )
                    )
                )
                    return rule.connector;
            return decision.defaultConnector;
        }
        const loop = byName(this.flow.loops);
        if (loop) {
            let state = this.loops.get(key);
            if (!state) {
                const collection = this.resolve(loop.collectionReference);
                const items = Array.isArray(collection) ? [...collection] : [];
                state = {
                    items:
                        loop.iterationOrder === 'Desc'
                            ? items.reverse()
                            : items,
                    index: -1
                };
                this.loops.set(key, state);
            }
            state.index += 1;
            if (state.index >= state.items.length) {
                this.loops.delete(key);
                return loop.noMoreValuesConnector;
            }
            this.assign(
                loop.assignNextValueToReference ?? loop.name,
                state.items[state.index]
            );
            return loop.nextValueConnector;
        }
        const lookup = byName(this.flow.recordLookups);
        if (lookup) {
            return this.guarded(lookup.name, lookup.faultConnector, () => {
                let found = this.find(
                    lookup.object,
                    lookup.filters,
                    lookup.filterLogic,
                    `recordLookups[${lookup.name}]`
                );
                if (lookup.sortField) {
                    const field = lookup.sortField;
                    const descending = lookup.sortOrder === 'Desc';
                    // SOQL sorts blanks first ascending and last descending; equal keys keep the stored order.
                    found = [...found].sort((a, b) => {
                        const [x, y] = [a[field], b[field]];
                        if (isBlank(x) || isBlank(y))
                            return isBlank(x) === isBlank(y)
                                ? 0
                                : isBlank(x) !== descending
                                  ? -1
                                  : 1;
                        const order =
                            (x as string | number) < (y as string | number)
                                ? -1
                                : x === y
                                  ? 0
                                  : 1;
                        return descending ? -order : order;
                    });
                }
                const fields = lookup.queriedFields.length
                    ? ['Id', ...lookup.queriedFields]
                    : undefined;
                const records = found.map((record): FlowRecord =>
                    fields
                        ? {
                              ...Object.fromEntries(
                                  fields.map((field) => [
                                      field,
                                      record[field] ?? null
                                  ])
                              ),
                              [QUERIED]: true
                          }
                        : { ...record }
                );
                const value = lookup.getFirstRecordOnly
                    ? (records[0] ?? null)
                    : records;
                if (lookup.storeOutputAutomatically)
                    this.values.set(key, value);
                if (lookup.outputReference)
                    this.assign(lookup.outputReference, value);
                for (const output of lookup.outputAssignments)
                    if (records[0] || lookup.assignNullValuesIfNoRecordsFound)
                        this.assign(
                            output.assignToReference,
                            records[0]?.[output.field] ?? null
                        );
                return lookup.connector;
            });
        }
        const update = byName(this.flow.recordUpdates);
        if (update) {
            return this.guarded(update.name, update.faultConnector, () => {
                const element = `recordUpdates[${update.name}]`;
                const beforeSave =
                    this.flow.start?.triggerType === 'RecordBeforeSave';
                if (update.inputReference) {
                    const object = this.objectOfRecords(update.inputReference);
                    for (const record of this.inputRecords(
                        update.inputReference
                    )) {
                        for (const assignment of update.inputAssignments)
                            record[assignment.field] = this.literal(
                                assignment.value
                            );
                        // A before-save flow's changes to $Record are saved with it, without DML.
                        if (beforeSave && record === this.trigger?.record)
                            continue;
                        if (!record.Id)
                            this.fail(
                                element,
                                'a record without an Id cannot be updated'
                            );
                        this.context.db.update(
                            record.Id,
                            this.writable(object, record)
                        );
                    }
                } else {
                    const values = Object.fromEntries(
                        update.inputAssignments.map((assignment) => [
                            assignment.field,
                            this.literal(assignment.value)
                        ])
                    );
                    for (const record of this.find(
                        update.object ?? '',
                        update.filters,
                        update.filterLogic,
                        element
                    ))
                        this.context.db.update(record.Id!, values);
                }
                return update.connector;
            });
        }
        const create = byName(this.flow.recordCreates);
        if (create) {
            return this.guarded(create.name, create.faultConnector, () => {
                if (create.inputReference) {
                    const object = this.objectOfRecords(create.inputReference);
                    for (const record of this.inputRecords(
                        create.inputReference
                    ))
                        record.Id = this.context.db.create(
                            object,
                            this.writable(object, record)
                        );
                } else {
                    const values = Object.fromEntries(
                        create.inputAssignments.map((assignment) => [
                            assignment.field,
                            this.literal(assignment.value)
                        ])
                    );
                    const id = this.context.db.create(
                        create.object ?? '',
                        values
                    );
                    if (create.assignRecordIdToReference)
                        this.assign(create.assignRecordIdToReference, id);
                    if (create.storeOutputAutomatically)
                        this.values.set(key, id);
                }
                return create.connector;
            });
        }
        const remove = byName(this.flow.recordDeletes);
        if (remove) {
            return this.guarded(remove.name, remove.faultConnector, () => {
                const records = remove.inputReference
                    ? this.inputRecords(remove.inputReference)
                    : this.find(
                          remove.object ?? '',
                          remove.filters,
                          remove.filterLogic,
                          `recordDeletes[${remove.name}]`
                      );
                for (const record of records)
                    this.context.db.delete(record.Id!);
                return remove.connector;
            });
        }
        const subflow = byName(this.flow.subflows);
        if (subflow) {
            const called = this.context.project.getFlow(subflow.flowName)!;
            const inputs = Object.fromEntries(
                subflow.inputAssignments.map((input) => [
                    input.name,
                    this.literal(input.value)
                ])
            );
            const interview = new Interview(
                called,
                this.context,
                undefined,
                inputs
            );
            interview.run();
            for (const output of subflow.outputAssignments)
                this.assign(
                    output.assignToReference,
                    interview.output(output.name)
                );
            return subflow.connector;
        }
        const customError = byName(this.flow.customErrors);
        if (customError)
            throw new FlowCustomErrorRaised(
                this.flow.apiName,
                customError.name,
                customError.messages.map((message) => ({
                    message: this.mergeText(message.errorMessage),
                    field: message.isFieldError
                        ? message.fieldSelection
                        : undefined
                }))
            );
        this.fail(name, 'is not an element this interpreter runs');
    }

    /** Runs a data element; a failure follows its fault connector, if it has one, with $Flow.FaultMessage set. */
    private guarded(
        name: string,
        fault: string | undefined,
        body: () => string | undefined
    ): string | undefined {
        if (!fault) return body();
        try {
            return body();
        } catch (error) {
            if (error instanceof FlowUnsupportedError) throw error;
            this.values.set('$flow.faultmessage', (error as Error).message);
            return fault;
        }
    }
}

/**
 * Runs one record-triggered flow for one record, if its entry conditions
 * are met; a before-save flow's changes are left on `trigger.record`.
 *
 * @returns whether the flow ran
 * @throws FlowUnsupportedError before anything runs when the flow holds something the interpreter cannot run
 */
export function runRecordTriggeredFlow(
    flow: FlowModel,
    context: FlowRunContext,
    trigger: TriggerRun
): boolean {
    assertInterpretable(context.project, flow);
    const interview = new Interview(flow, context, trigger);
    if (!interview.entryConditionsMet()) return false;
    interview.run();
    return true;
}
