/**
 * Evaluates the objects' own formula fields, roll-up summaries and validation
 * rules, reading their text from the project model and running it with
 * formulon. The formula tests and the local preview both compute through here,
 * so no rule of the data model is ever re-implemented in TypeScript.
 *
 * Records are plain JSON: numbers, strings, booleans, null, dates as
 * `YYYY-MM-DD`, date-times as ISO strings. A field missing from a record is
 * blank. Percent values are fractions (0.5 for 50%), as formulas see them; the
 * UI API shows them as percentages, which {@link toUiApiValue} converts to.
 */
import {
    ast,
    extract,
    parse,
    type FormulonError,
    type FormulonLiteral,
    type FormulonNode
} from 'formulon';
import {
    picklistValueNames,
    type FieldModel,
    type ObjectModel,
    type ProjectModel,
    type SummaryFilter
} from './project';
import { localToday } from './localToday';

/** A field value as JSON carries it. */
export type FieldValue = string | number | boolean | null;

/** A record as plain JSON, keyed by field API name; extra keys are ignored. */
export type RecordValues = Readonly<Record<string, unknown>>;

export interface EvaluationOptions {
    /** The day `TODAY()` returns, `YYYY-MM-DD`; defaults to this machine's local date. */
    today?: string;
}

/** A validation rule that fired: what the user would see, and at which field. */
export interface FiredRule {
    rule: string;
    /** The `errorDisplayField`; undefined when the message shows at the top of the page. */
    field?: string;
    message: string;
}

/** A formula that cannot be evaluated, or a record value that does not fit its field. */
export class FormulaEngineError extends Error {
    /**
     * @param object the object API name
     * @param element the field or validation rule concerned
     * @param reason what went wrong (formulon's own message where it has one)
     */
    constructor(
        readonly object: string,
        readonly element: string,
        readonly reason: string
    ) {
        super(`${object}.${element}: ${reason}`);
        this.name = 'FormulaEngineError';
    }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent']);
const TEXT_TYPES = new Set([
    'Id',
    'AutoNumber',
    'Text',
    'TextArea',
    'LongTextArea',
    'Email',
    'Phone',
    'Url',
    'Lookup',
    'MasterDetail'
]);
/** Salesforce allows 18 digits in a number; formulon wants the digits left of the point. */
const MAX_DIGITS = 18;

/**
 * formulon's `TODAY()` reads the system clock in UTC and has no hook to change
 * it, so the formula text handed to formulon has each `TODAY()` (outside string
 * literals) replaced by a `DATE(y, m, d)` literal of the requested day. The
 * replacement is local to one evaluation; nothing global (such as the clock) is
 * patched, and error messages still show readable formula text.
 */
function withFixedToday(formula: string, today: string): string {
    const [, year, month, day] = ISO_DATE.exec(today) ?? [];
    const literal = `DATE(${Number(year)}, ${Number(month)}, ${Number(day)})`;
    return formula.replace(
        /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\bTODAY\s*\(\s*\)/gi,
        (_match, quoted?: string) => quoted ?? literal
    );
}

function parseIsoDate(object: string, element: string, value: string): Date {
    const [, year, month, day] = ISO_DATE.exec(value) ?? [];
    const date = new Date(
        Date.UTC(Number(year), Number(month) - 1, Number(day))
    );
    if (!year || date.toISOString().slice(0, 10) !== value) {
        throw new FormulaEngineError(
            object,
            element,
            `expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`
        );
    }
    return date;
}

const isBlank = (value: unknown): boolean =>
    value === null || value === undefined || value === '';

/** Digits right of the point that a number field holds; Percent fields hold fractions, two digits more. */
const scaleOf = (field: FieldModel): number =>
    (field.scale ?? 0) + (field.valueType === 'Percent' ? 2 : 0);

/** Count and sum roll-ups over no matching children are 0 in Salesforce, never blank. */
const blankMeansZero = (field: FieldModel): boolean =>
    field.summary?.operation === 'count' || field.summary?.operation === 'sum';

/** The formulon input literal of one record value, typed by its field. */
function toLiteral(
    field: FieldModel,
    raw: unknown,
    blankAsZero: boolean
): FormulonLiteral {
    const { object, apiName, valueType } = field;
    const expect = (ok: boolean, what: string) => {
        if (!ok)
            throw new FormulaEngineError(
                object,
                apiName,
                `expected ${what}, got ${JSON.stringify(raw)}`
            );
    };
    if (NUMBER_TYPES.has(valueType)) {
        const value =
            isBlank(raw) && (blankAsZero || blankMeansZero(field))
                ? 0
                : isBlank(raw)
                  ? null
                  : raw;
        expect(
            value === null ||
                (typeof value === 'number' && Number.isFinite(value)),
            'a number'
        );
        return {
            type: 'literal',
            dataType: 'number',
            value,
            options: {
                length: (field.precision ?? MAX_DIGITS) - (field.scale ?? 0),
                scale: scaleOf(field)
            }
        };
    }
    if (valueType === 'Checkbox') {
        expect(isBlank(raw) || typeof raw === 'boolean', 'true or false');
        return {
            type: 'literal',
            dataType: 'checkbox',
            value: raw === true,
            options: {}
        };
    }
    if (valueType === 'Date' || valueType === 'DateTime') {
        expect(isBlank(raw) || typeof raw === 'string', 'an ISO date string');
        const value = isBlank(raw)
            ? null
            : valueType === 'Date'
              ? parseIsoDate(object, apiName, raw as string)
              : new Date(raw as string);
        expect(
            !(value instanceof Date) || !Number.isNaN(value.getTime()),
            'an ISO date-time'
        );
        return {
            type: 'literal',
            dataType: valueType === 'Date' ? 'date' : 'datetime',
            value,
            options: {}
        };
    }
    expect(isBlank(raw) || typeof raw === 'string', 'text');
    // Blank text and picklists are '' (as TEXT(), LEN() and ISPICKVAL() see them in an org);
    // formulon's TEXT() of a null picklist would be "NULL".
    const value = isBlank(raw) ? '' : (raw as string);
    if (valueType === 'Picklist') {
        return {
            type: 'literal',
            dataType: 'picklist',
            value,
            options: { values: picklistValueNames(field) ?? [] }
        };
    }
    if (!TEXT_TYPES.has(valueType)) {
        throw new FormulaEngineError(
            object,
            apiName,
            `fields of type ${valueType} cannot be used in formulas here`
        );
    }
    return {
        type: 'literal',
        dataType: 'text',
        value,
        options: { length: field.length ?? 255 }
    };
}

/** Rounds half away from zero, as Salesforce does, without binary-fraction surprises (1.005 → 1.01). */
function roundTo(value: number, places: number): number {
    const rounded = Number(
        `${Math.round(Number(`${Math.abs(value)}e${places}`))}e-${places}`
    );
    return value < 0 ? -rounded : rounded;
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The JSON value of a formula result, checked against the field's return type
 * (an org refuses to save a formula whose result type differs). Numbers are
 * rounded to the field's decimal places, as an org returns them.
 */
function fromResult(field: FieldModel, result: FormulonLiteral): FieldValue {
    const { dataType, value } = result;
    const wrongType = () =>
        new FormulaEngineError(
            field.object,
            field.apiName,
            `returns ${dataType}, but the field is ${field.valueType}`
        );
    if (dataType === 'null' || value === null)
        return field.valueType === 'Checkbox' ? false : null;
    if (NUMBER_TYPES.has(field.valueType)) {
        if (dataType !== 'number') throw wrongType();
        return roundTo(value as number, scaleOf(field));
    }
    if (field.valueType === 'Checkbox') {
        if (dataType !== 'checkbox') throw wrongType();
        return value as boolean;
    }
    if (field.valueType === 'Date') {
        if (dataType !== 'date') throw wrongType();
        return isoDate(value as Date);
    }
    if (field.valueType === 'DateTime') {
        if (dataType !== 'datetime') throw wrongType();
        return (value as Date).toISOString();
    }
    if (dataType !== 'text') throw wrongType();
    // An empty text is blank in Salesforce: the API returns null.
    return value === '' ? null : (value as string);
}

/** formulon parses the whole formula to list its identifiers; formulas are few and evaluated often, so each is parsed for that once. */
const identifierCache = new Map<string, string[]>();
function identifiersOf(formula: string): string[] {
    if (!identifierCache.has(formula))
        identifierCache.set(formula, extract(formula));
    return identifierCache.get(formula)!;
}

/** formulon's operator names, which a formula cannot call as functions (its parser lower-cases names). */
export const FORMULON_OPERATORS: Readonly<Record<string, string>> = {
    add: '+',
    subtract: '-',
    multiply: '*',
    divide: '/',
    exponentiate: '^',
    equal: '=',
    unequal: '<>',
    greaterThan: '>',
    greaterThanOrEqual: '>=',
    lessThan: '<',
    lessThanOrEqual: '<='
};

/** Each formula text is parsed once; the preview evaluates the same few formulas on every record. */
const treeCache = new Map<string, FormulonNode>();
function treeOf(formula: string): FormulonNode {
    if (!treeCache.has(formula)) treeCache.set(formula, ast(formula));
    return treeCache.get(formula)!;
}

/**
 * Evaluates a syntax tree the way Salesforce does `IF`: only the branch the
 * condition picks is computed, which is what makes the documented guard
 * `IF(ISBLANK(d), NULL, ADDMONTHS(d, 3))` blank instead of an error
 * ("IF ... returns one value if the condition is true and another if it is
 * false", https://help.salesforce.com/s/articleView?id=platform.customize_functions_if.htm).
 * formulon computes every argument of every call first, and fails on
 * ADDMONTHS of a blank date; so each call here is handed to formulon with its
 * arguments already computed, as substitutions, and an IF picks its branch
 * before computing it.
 */
function evaluate(
    node: FormulonNode,
    literalOf: (identifier: string) => FormulonLiteral
): FormulonLiteral | FormulonError {
    if (node.type === 'literal' || node.type === 'error') return node;
    if (node.type === 'identifier') return literalOf(node.name);
    if (node.id === 'if' && node.arguments.length === 3) {
        const condition = evaluate(node.arguments[0], literalOf);
        if (condition.type === 'error') return condition;
        return evaluate(
            node.arguments[condition.value === true ? 1 : 2],
            literalOf
        );
    }
    const args: Record<string, FormulonLiteral> = {};
    for (const [index, argument] of node.arguments.entries()) {
        const value = evaluate(argument, literalOf);
        if (value.type === 'error') return value;
        args[`arg${index}`] = value;
    }
    const names = Object.keys(args);
    const operator = FORMULON_OPERATORS[node.id];
    return parse(
        operator
            ? `${names[0]} ${operator} ${names[1]}`
            : `${node.id}(${names.join(', ')})`,
        args
    );
}

/** Runs one formula with formulon; any error becomes a FormulaEngineError naming the object and element. */
function run(
    object: Pick<ObjectModel, 'apiName'>,
    element: string,
    formula: string,
    literalOf: (identifier: string) => FormulonLiteral,
    today: string
): FormulonLiteral {
    try {
        const result = evaluate(
            treeOf(withFixedToday(formula, today)),
            literalOf
        );
        if (result.type === 'error') {
            throw new FormulaEngineError(
                object.apiName,
                element,
                `${result.errorType}: ${result.message}`
            );
        }
        return result;
    } catch (error) {
        if (error instanceof FormulaEngineError) throw error;
        throw new FormulaEngineError(
            object.apiName,
            element,
            `formulon failed: ${(error as Error).message}`
        );
    }
}

/** The object's formula fields, each after the formula fields it references. */
function formulaFieldsInDependencyOrder(object: ObjectModel): FieldModel[] {
    const formulas = new Map(
        object.fields
            .filter((field) => field.formula !== undefined)
            .map((field) => [field.apiName.toLowerCase(), field])
    );
    const ordered: FieldModel[] = [];
    const state = new Map<FieldModel, 'visiting' | 'done'>();
    const visit = (field: FieldModel, path: string[]) => {
        if (state.get(field) === 'done') return;
        if (state.get(field) === 'visiting') {
            throw new FormulaEngineError(
                object.apiName,
                field.apiName,
                `circular formula reference: ${[...path, field.apiName].join(' → ')}`
            );
        }
        state.set(field, 'visiting');
        for (const identifier of identifiersOf(field.formula!)) {
            const dependency = formulas.get(identifier.toLowerCase());
            if (dependency) visit(dependency, [...path, field.apiName]);
        }
        state.set(field, 'done');
        ordered.push(field);
    };
    formulas.forEach((field) => visit(field, []));
    return ordered;
}

interface Evaluation {
    object: ObjectModel;
    today: string;
    /** Formula results at full precision, by lower-case API name: what referencing formulas see. */
    results: Map<string, FormulonLiteral>;
    values: Record<string, FieldValue>;
}

function objectOf(project: ProjectModel, objectApiName: string): ObjectModel {
    const object = project.getObject(objectApiName);
    if (!object)
        throw new FormulaEngineError(
            objectApiName,
            '*',
            'no such object in force-app'
        );
    return object;
}

/**
 * What a formula (`element`) sees for each identifier: a formula field's computed
 * result, unrounded as in an org, or the record's value typed by its field.
 */
function literalResolver(
    object: ObjectModel,
    record: RecordValues,
    results: Map<string, FormulonLiteral>,
    element: string,
    blankAsZero: boolean
) {
    return (identifier: string): FormulonLiteral => {
        const computed = results.get(identifier.toLowerCase());
        if (computed) return computed;
        const field = object.fields.find(
            (candidate) =>
                candidate.apiName.toLowerCase() === identifier.toLowerCase()
        );
        if (!field)
            throw new FormulaEngineError(
                object.apiName,
                element,
                `refers to ${identifier}, which is not a field of ${object.apiName}`
            );
        return toLiteral(field, record[field.apiName], blankAsZero);
    };
}

function evaluateRecord(
    project: ProjectModel,
    objectApiName: string,
    record: RecordValues,
    options: EvaluationOptions
): Evaluation {
    const object = objectOf(project, objectApiName);
    const today = options.today ?? localToday();
    parseIsoDate(object.apiName, 'today', today);
    const results = new Map<string, FormulonLiteral>();
    const values: Record<string, FieldValue> = {};
    for (const field of formulaFieldsInDependencyOrder(object)) {
        const resolve = literalResolver(
            object,
            record,
            results,
            field.apiName,
            field.formulaTreatBlanksAs === 'BlankAsZero'
        );
        const result = run(
            object,
            field.apiName,
            field.formula!,
            resolve,
            today
        );
        results.set(field.apiName.toLowerCase(), result);
        values[field.apiName] = fromResult(field, result);
    }
    return { object, today, results, values };
}

/**
 * Computes every formula field of a record of `objectApiName`, in dependency
 * order, from the record's other values (values it holds for formula fields are
 * ignored). Roll-up summary values are inputs (see {@link computeRollUps});
 * count and sum roll-ups missing from the record count as 0. Numbers come back
 * rounded to the field's decimal places; Percent results are fractions
 * (0.5 = 50%); blank text is null.
 *
 * @throws FormulaEngineError when a formula cannot be evaluated or a record value does not fit its field
 */
export function computeFormulaFields(
    project: ProjectModel,
    objectApiName: string,
    record: RecordValues,
    options: EvaluationOptions = {}
): Record<string, FieldValue> {
    return evaluateRecord(project, objectApiName, record, options).values;
}

/**
 * Evaluates the active validation rules of `objectApiName` against a record
 * (whose formula fields are computed first) and returns the rules that fire,
 * in the order of their files.
 *
 * @throws FormulaEngineError when a rule cannot be evaluated or does not return a checkbox
 */
export function evaluateValidationRules(
    project: ProjectModel,
    objectApiName: string,
    record: RecordValues,
    options: EvaluationOptions = {}
): FiredRule[] {
    const { object, results, today } = evaluateRecord(
        project,
        objectApiName,
        record,
        options
    );
    return object.validationRules
        .filter((rule) => rule.active)
        .filter((rule) => {
            const result = run(
                object,
                rule.name,
                rule.formula,
                literalResolver(object, record, results, rule.name, false),
                today
            );
            if (result.dataType !== 'checkbox') {
                throw new FormulaEngineError(
                    object.apiName,
                    rule.name,
                    `returns ${result.dataType}; a validation rule must return a checkbox`
                );
            }
            return result.value === true;
        })
        .map((rule) => ({
            rule: rule.name,
            field: rule.errorDisplayField,
            message: rule.errorMessage
        }));
}

/**
 * Evaluates formula expressions (e.g. the conditions inside a formula) against
 * one record of `objectApiName`; they see the record's values and its computed
 * formula fields, unrounded. Numbers come back unrounded, dates as `YYYY-MM-DD`.
 *
 * @returns one value per expression, in order
 * @throws FormulaEngineError when an expression cannot be evaluated
 */
export function evaluateFormulas(
    project: ProjectModel,
    objectApiName: string,
    formulas: readonly string[],
    record: RecordValues,
    options: EvaluationOptions = {}
): FieldValue[] {
    const { object, results, today } = evaluateRecord(
        project,
        objectApiName,
        record,
        options
    );
    return formulas.map((formula) => {
        const { dataType, value } = run(
            object,
            formula,
            formula,
            literalResolver(object, record, results, formula, false),
            today
        );
        if (value instanceof Date)
            return dataType === 'date' ? isoDate(value) : value.toISOString();
        return value as FieldValue;
    });
}

/** One input of {@link evaluateExpression}: a value typed by the field (or field-like resource) it comes from. */
export interface ExpressionInput {
    field: FieldModel;
    value: unknown;
}

export interface DefaultValueOptions extends EvaluationOptions {
    /** Values of the global variables a default reads, by name as written (`$User.Email`). */
    globals?: Readonly<Record<string, ExpressionInput>>;
}

/**
 * The value a field's `<defaultValue>` formula gives a new record, typed,
 * checked and rounded as the field holds it (Percent as a fraction). A default
 * cannot read the record it fills (Salesforce Help, "Default Field Value
 * Considerations": "you cannot use the fields on the current record",
 * https://help.salesforce.com/s/articleView?id=platform.fields_default_field_value_considerations.htm);
 * it may read `$User`, `$Organization` and other global variables, which this
 * engine does not model: such a default is refused, naming the variable,
 * rather than guessed, unless `options.globals` gives the variable a value.
 *
 * @throws FormulaEngineError when the formula cannot be evaluated or its result does not fit the field
 */
export function evaluateDefaultValue(
    field: FieldModel,
    options: DefaultValueOptions = {}
): FieldValue {
    const element = `${field.apiName} (default value)`;
    const result = run(
        { apiName: field.object },
        element,
        field.defaultValue!,
        (identifier) => {
            const input = options.globals?.[identifier];
            if (input) return toLiteral(input.field, input.value, false);
            throw new FormulaEngineError(
                field.object,
                element,
                `refers to ${identifier}; a default value here may use constants and functions only`
            );
        },
        options.today ?? localToday()
    );
    return fromResult(field, result);
}

/**
 * Evaluates one formula expression whose identifiers are the keys of
 * `inputs` (a flow's formula resources and entry conditions, once the flow
 * interpreter has turned its merge fields into identifiers). Returns the
 * result unrounded; dates as `YYYY-MM-DD`, date-times as ISO strings, blank
 * text as null.
 *
 * @param owner what holds the expression (a flow's API name), for messages
 * @param element the resource or element it belongs to, for messages
 * @throws FormulaEngineError when the expression cannot be evaluated
 */
export function evaluateExpression(
    owner: string,
    element: string,
    expression: string,
    inputs: Readonly<Record<string, ExpressionInput>>,
    options: EvaluationOptions = {}
): FieldValue {
    const { dataType, value } = run(
        { apiName: owner },
        element,
        expression,
        (identifier) => {
            const input = inputs[identifier];
            if (!input)
                throw new FormulaEngineError(
                    owner,
                    element,
                    `refers to ${identifier}, which it was not given`
                );
            return toLiteral(input.field, input.value, false);
        },
        options.today ?? localToday()
    );
    if (value instanceof Date)
        return dataType === 'date' ? isoDate(value) : value.toISOString();
    return value === '' ? null : (value as FieldValue);
}

/** Records of each child object, by child object API name; only those whose master-detail field holds the parent's Id count. */
export type ChildRecordsByObject = Readonly<
    Record<string, readonly RecordValues[]>
>;

const childFieldName = (qualified: string): string =>
    qualified.split('.').pop() ?? qualified;

/** A child's value or a filter's value in one comparable form: text lower-cased, Percent as the percentage, blank as null. */
function comparable(
    field: FieldModel,
    value: unknown
): string | number | boolean | null {
    if (field.valueType === 'Checkbox')
        return value === true || String(value).toLowerCase() === 'true';
    if (isBlank(value)) return null;
    if (NUMBER_TYPES.has(field.valueType)) return Number(value);
    return field.valueType === 'Date'
        ? String(value)
        : String(value).toLowerCase();
}

/** Whether a child's value matches one roll-up filter item, compared as Salesforce does: by the child field's type, text case-insensitively. */
function matchesFilter(
    rollUp: FieldModel,
    childField: FieldModel,
    filter: SummaryFilter,
    raw: unknown
): boolean {
    const actual = comparable(
        childField,
        childField.valueType === 'Percent' && typeof raw === 'number'
            ? toUiApiValue(childField, raw)
            : raw
    );
    const expected = comparable(childField, filter.value);
    // "equals A, B" means any of them.
    const equalsAny = () =>
        filter.value
            .split(',')
            .some(
                (candidate) =>
                    comparable(childField, candidate.trim()) === actual
            );
    const ordered = actual !== null && expected !== null;
    const [a, b] = [actual as number | string, expected as number | string];
    switch (filter.operation) {
        case 'equals':
            return equalsAny();
        case 'notEqual':
            return !equalsAny();
        case 'lessThan':
            return ordered && a < b;
        case 'greaterThan':
            return ordered && a > b;
        case 'lessOrEqual':
            return ordered && a <= b;
        case 'greaterOrEqual':
            return ordered && a >= b;
        default:
            throw new FormulaEngineError(
                rollUp.object,
                rollUp.apiName,
                `roll-up filter operation ${filter.operation} is not supported`
            );
    }
}

function aggregate(
    project: ProjectModel,
    rollUp: FieldModel,
    children: RecordValues[]
): FieldValue {
    const { operation, childObject, summarizedField } = rollUp.summary!;
    if (operation === 'count') return children.length;
    const summarized = project.getField(
        childObject,
        childFieldName(summarizedField ?? '')
    );
    if (!summarized)
        throw new FormulaEngineError(
            rollUp.object,
            rollUp.apiName,
            `summarizes ${summarizedField}, which does not exist`
        );
    const values = children
        .map((child) => child[summarized.apiName])
        .filter((value): value is number | string => !isBlank(value));
    if (operation === 'sum') {
        if (values.some((value) => typeof value !== 'number')) {
            throw new FormulaEngineError(
                rollUp.object,
                rollUp.apiName,
                `sums ${summarized.apiName}, whose values are not all numbers`
            );
        }
        return roundTo(
            (values as number[]).reduce((sum, value) => sum + value, 0),
            scaleOf(summarized)
        );
    }
    if (!values.length) return null;
    const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return operation === 'min' ? sorted[0] : sorted[sorted.length - 1];
}

/**
 * Computes every roll-up summary field of a parent record from its children:
 * each child's formula fields are computed first (filters often compare a
 * formula, such as a metric's Status__c), then the roll-up's filters and
 * operation from the metadata apply. Count and sum over no children are 0,
 * min and max blank.
 *
 * @param parentRecord needs `Id`: children count when their master-detail field holds it
 * @param childRecordsByObject child records by object API name (all records of the type may be passed)
 * @throws FormulaEngineError on a child formula error or a filter this engine does not support
 */
export function computeRollUps(
    project: ProjectModel,
    parentObjectApiName: string,
    parentRecord: RecordValues,
    childRecordsByObject: ChildRecordsByObject,
    options: EvaluationOptions = {}
): Record<string, FieldValue> {
    const parent = objectOf(project, parentObjectApiName);
    const parentId = parentRecord.Id;
    if (typeof parentId !== 'string' || parentId === '') {
        throw new FormulaEngineError(
            parent.apiName,
            'Id',
            'the parent record needs an Id to find its children'
        );
    }
    const computed = new Map<RecordValues, RecordValues>();
    const withFormulas = (
        childObject: string,
        child: RecordValues
    ): RecordValues => {
        if (!computed.has(child))
            computed.set(child, {
                ...child,
                ...computeFormulaFields(project, childObject, child, options)
            });
        return computed.get(child)!;
    };
    return Object.fromEntries(
        parent.fields
            .filter((field) => field.summary)
            .map((rollUp) => {
                const { childObject, foreignKey, filters } = rollUp.summary!;
                const children = (childRecordsByObject[childObject] ?? [])
                    .filter((child) => child[foreignKey] === parentId)
                    .map((child) => withFormulas(childObject, child))
                    .filter((child) =>
                        filters.every((filter) => {
                            const childField = project.getField(
                                childObject,
                                childFieldName(filter.field)
                            );
                            if (!childField)
                                throw new FormulaEngineError(
                                    parent.apiName,
                                    rollUp.apiName,
                                    `filters on ${filter.field}, which does not exist`
                                );
                            return matchesFilter(
                                rollUp,
                                childField,
                                filter,
                                child[childField.apiName]
                            );
                        })
                    );
                return [rollUp.apiName, aggregate(project, rollUp, children)];
            })
    );
}

/**
 * A value as the UI API (and GraphQL) returns it: Percent fields as the
 * percentage (0.5 → 50, rounded to the field's decimal places); others unchanged.
 */
export function toUiApiValue(field: FieldModel, value: FieldValue): FieldValue {
    return field.valueType === 'Percent' && typeof value === 'number'
        ? roundTo(value * 100, field.scale ?? 0)
        : value;
}
