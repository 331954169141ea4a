/**
 * Executes the components' GraphQL queries the way the UI API does, over the
 * preview's in-memory store: the query is parsed and validated against the
 * schema generated from force-app (`scripts/lib/graphqlSchema.ts`), checked
 * against the wire adapter's limits with the request's variables
 * (`scripts/lib/graphqlLimits.ts`: one level of child relationships, 10
 * subqueries, `first` up to 2,000, no variables in directives), judged by
 * the context user's read access as the user's schema would be
 * (`./fieldAccess.ts`: a name the user may not read fails the query, unless it
 * is an `@optional` selection, which is left out), then resolved record by
 * record — `edges/node` connections, `{ value, displayValue }` wrappers,
 * parent and child relationships, `where`, `orderBy`, `first` and `after`.
 */
import {
    execute,
    GraphQLError,
    parse,
    validate,
    type ExecutionResult,
    type GraphQLFieldResolver,
    type GraphQLSchema
} from 'graphql';
import { wireAdapterLimitErrors } from '../lib/graphqlLimits';
import { parentRelationshipName, valueTypeOf } from '../lib/graphqlSchema';
import type { FieldModel, ObjectModel, ProjectModel } from '../lib/project';
import { applyFieldAccess, FULL_ACCESS, type FieldAccess } from './fieldAccess';
import type { PreviewStore, StoredRecord } from './store';

/** The UI API returns 10 records when a query does not say `first:`. */
const DEFAULT_PAGE_SIZE = 10;

/** A query as the `lightning/graphql` stand-in posts it. */
export interface GraphqlRequest {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
}

interface ListArguments {
    where?: Filter;
    orderBy?: Record<string, unknown>;
    first?: number;
    after?: string;
}

type Filter = Record<string, unknown>;

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', {
    maximumFractionDigits: 2
});
const CURRENCY_FORMAT = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD'
});
const DATE_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
const DATETIME_FORMAT = new Intl.DateTimeFormat('en-US', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'UTC'
});

/** `displayValue` as the UI API fills it: formatted numbers and dates, picklist labels, null for plain text. */
function displayValueOf(
    project: ProjectModel,
    field: FieldModel,
    value: unknown
): string | null {
    if (value === null || value === undefined) return null;
    switch (valueTypeOf(project, field)) {
        case 'DoubleValue':
            return NUMBER_FORMAT.format(value as number);
        case 'CurrencyValue':
            return CURRENCY_FORMAT.format(value as number);
        case 'PercentValue':
            return `${NUMBER_FORMAT.format(value as number)}%`;
        case 'DateValue':
            return DATE_FORMAT.format(new Date(`${value as string}T00:00:00Z`));
        case 'DateTimeValue':
            return DATETIME_FORMAT.format(new Date(value as string));
        case 'PicklistValue':
            // The value's label in the metadata; a value the field does not
            // define (an unrestricted picklist) shows as itself.
            return (
                field.picklistValues?.find((entry) => entry.value === value)
                    ?.label ?? String(value)
            );
        default:
            return null;
    }
}

/** One record as the resolvers see it; every field it is asked for is looked up in the project model. */
class RecordNode {
    constructor(
        private readonly context: ExecutionContext,
        readonly object: ObjectModel,
        readonly record: StoredRecord
    ) {}

    resolve(name: string, args: ListArguments): unknown {
        const { project, store } = this.context;
        if (name === 'Id') return this.record.Id;
        if (name === 'ApiName') return this.object.apiName;
        if (name === 'WeakEtag')
            return Date.parse(String(this.record.LastModifiedDate ?? 0)) || 0;
        if (name === 'DisplayValue') return this.record.Name ?? null;
        const child = project.getChildRelationship(this.object.apiName, name);
        if (child) {
            const children = store
                .list(child.childObject)
                .filter((record) => record[child.field] === this.record.Id);
            return connection(
                this.context,
                project.getObject(child.childObject)!,
                children,
                args
            );
        }
        const lookup = project.getRelationshipField(this.object.apiName, name);
        if (lookup && parentRelationshipName(lookup) === name) {
            const parent = store.get(String(this.record[lookup.apiName] ?? ''));
            return parent ? this.context.node(parent) : null;
        }
        const field = project.getField(this.object.apiName, name)!;
        const value = this.record[field.apiName] ?? null;
        const wrapper: Record<string, unknown> = {
            value,
            displayValue: displayValueOf(project, field, value)
        };
        if (valueTypeOf(project, field) === 'PicklistValue')
            wrapper.label = value;
        return wrapper;
    }
}

interface ExecutionContext {
    project: ProjectModel;
    store: PreviewStore;
    node(record: StoredRecord): RecordNode;
}

function compare(left: unknown, right: unknown): number {
    if (left === right) return 0;
    if (left === null || left === undefined) return -1;
    if (right === null || right === undefined) return 1;
    return left < right ? -1 : 1;
}

/** A filter operand: a scalar, or `{ value, literal }` for dates (only the TODAY literal is supported here). */
function operand(context: ExecutionContext, raw: unknown): unknown {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return raw;
    const { value, literal } = raw as { value?: unknown; literal?: string };
    if (literal === undefined) return value;
    if (literal === 'TODAY') return context.store.today;
    throw new GraphQLError(
        `The preview does not support the date literal ${literal}`
    );
}

function likePattern(pattern: string): RegExp {
    const escaped = pattern
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/%/g, '.*')
        .replace(/_/g, '.');
    return new RegExp(`^${escaped}$`, 'i');
}

function matchesOperators(
    context: ExecutionContext,
    value: unknown,
    operators: Record<string, unknown>
): boolean {
    return Object.entries(operators).every(([operator, raw]) => {
        const target = Array.isArray(raw)
            ? raw.map((item) => operand(context, item))
            : operand(context, raw);
        switch (operator) {
            case 'eq':
                return (value ?? null) === (target ?? null);
            case 'ne':
                return (value ?? null) !== (target ?? null);
            case 'in':
                return (target as unknown[]).includes(value);
            case 'nin':
                return !(target as unknown[]).includes(value);
            case 'lt':
                return (
                    value !== null &&
                    value !== undefined &&
                    compare(value, target) < 0
                );
            case 'gt':
                return (
                    value !== null &&
                    value !== undefined &&
                    compare(value, target) > 0
                );
            case 'lte':
                return (
                    value !== null &&
                    value !== undefined &&
                    compare(value, target) <= 0
                );
            case 'gte':
                return (
                    value !== null &&
                    value !== undefined &&
                    compare(value, target) >= 0
                );
            case 'like':
                return (
                    typeof value === 'string' &&
                    likePattern(String(target)).test(value)
                );
            default:
                throw new GraphQLError(`Unknown filter operator ${operator}`);
        }
    });
}

function matches(
    context: ExecutionContext,
    object: ObjectModel,
    record: StoredRecord,
    filter: Filter | undefined
): boolean {
    if (!filter) return true;
    return Object.entries(filter).every(([key, condition]) => {
        if (condition === null || condition === undefined) return true;
        if (key === 'and')
            return (condition as Filter[]).every((part) =>
                matches(context, object, record, part)
            );
        if (key === 'or')
            return (condition as Filter[]).some((part) =>
                matches(context, object, record, part)
            );
        if (key === 'not')
            return !matches(context, object, record, condition as Filter);
        const lookup = context.project.getRelationshipField(
            object.apiName,
            key
        );
        if (lookup && !context.project.getField(object.apiName, key)) {
            const parent = context.store.get(
                String(record[lookup.apiName] ?? '')
            );
            const parentObject =
                parent && context.project.getObject(parent.attributes.type);
            return (
                !!parentObject &&
                matches(context, parentObject, parent, condition as Filter)
            );
        }
        const field = context.project.getField(object.apiName, key)!;
        return matchesOperators(
            context,
            record[field.apiName],
            condition as Record<string, unknown>
        );
    });
}

function sortKeys(
    context: ExecutionContext,
    object: ObjectModel,
    orderBy: Record<string, unknown>,
    prefix: string[] = []
) {
    const keys: { path: string[]; descending: boolean; nullsFirst: boolean }[] =
        [];
    for (const [name, clause] of Object.entries(orderBy)) {
        const { order, nulls } = clause as { order?: string; nulls?: string };
        const field = context.project.getField(object.apiName, name);
        if (field) {
            const descending = order === 'DESC';
            keys.push({
                path: [...prefix, field.apiName],
                descending,
                nullsFirst: nulls ? nulls === 'FIRST' : !descending
            });
        } else {
            const lookup = context.project.getRelationshipField(
                object.apiName,
                name
            )!;
            const parent = context.project.getObject(lookup.referenceTo![0])!;
            keys.push(
                ...sortKeys(
                    context,
                    parent,
                    clause as Record<string, unknown>,
                    [...prefix, lookup.apiName]
                )
            );
        }
    }
    return keys;
}

function valueAt(
    context: ExecutionContext,
    record: StoredRecord | undefined,
    path: string[]
): unknown {
    if (!record) return null;
    if (path.length === 1) return record[path[0]] ?? null;
    return valueAt(
        context,
        context.store.get(String(record[path[0]] ?? '')),
        path.slice(1)
    );
}

function sortRecords(
    context: ExecutionContext,
    object: ObjectModel,
    records: StoredRecord[],
    orderBy: Record<string, unknown> | undefined
) {
    if (!orderBy) return records;
    const keys = sortKeys(context, object, orderBy);
    return [...records].sort((a, b) => {
        for (const key of keys) {
            const left = valueAt(context, a, key.path);
            const right = valueAt(context, b, key.path);
            if (left === right) continue;
            if (left === null) return key.nullsFirst ? -1 : 1;
            if (right === null) return key.nullsFirst ? 1 : -1;
            return key.descending ? compare(right, left) : compare(left, right);
        }
        return 0;
    });
}

const cursorOf = (index: number): string =>
    Buffer.from(`v1:${index}`).toString('base64');
const indexOf = (cursor: string): number =>
    Number(Buffer.from(cursor, 'base64').toString().split(':')[1]);

function connection(
    context: ExecutionContext,
    object: ObjectModel,
    records: StoredRecord[],
    args: ListArguments
) {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (first < 0) throw new GraphQLError('first must not be negative');
    const selected = sortRecords(
        context,
        object,
        records.filter((record) =>
            matches(context, object, record, args.where)
        ),
        args.orderBy
    );
    const start = args.after ? indexOf(args.after) + 1 : 0;
    const page = selected.slice(start, start + first);
    return {
        edges: page.map((record, offset) => ({
            node: context.node(record),
            cursor: cursorOf(start + offset)
        })),
        totalCount: selected.length,
        pageInfo: {
            hasNextPage: start + first < selected.length,
            hasPreviousPage: start > 0,
            startCursor: page.length ? cursorOf(start) : null,
            endCursor: page.length ? cursorOf(start + page.length - 1) : null
        }
    };
}

/**
 * Validates `request` against `schema` and executes it over `store` for a
 * user with `access`. Like the UI API, a query that does not validate, breaks
 * a limit or names what the user may not read (outside `@optional`
 * selections) yields `errors` and no `data`.
 */
export async function executeGraphql(
    schema: GraphQLSchema,
    project: ProjectModel,
    store: PreviewStore,
    request: GraphqlRequest,
    access: FieldAccess = FULL_ACCESS
): Promise<ExecutionResult> {
    let document;
    try {
        document = parse(request.query);
    } catch (error) {
        return { errors: [error as GraphQLError] };
    }
    const visible = applyFieldAccess(schema, project, access, document);
    const refusals = [
        ...validate(schema, document),
        ...wireAdapterLimitErrors(schema, document, request.variables),
        ...visible.errors
    ];
    if (refusals.length) return { errors: refusals };
    const context: ExecutionContext = {
        project,
        store,
        node: (record) =>
            new RecordNode(
                context,
                project.getObject(record.attributes.type)!,
                record
            )
    };
    const fieldResolver: GraphQLFieldResolver<
        unknown,
        ExecutionContext,
        ListArguments
    > = (source, args, ctx, info) => {
        if (source instanceof RecordNode)
            return source.resolve(info.fieldName, args);
        if (info.parentType.name === 'RecordQuery') {
            const object = project.getObject(info.fieldName)!;
            return connection(ctx, object, store.list(object.apiName), args);
        }
        if (
            info.parentType.name === 'Query' ||
            info.parentType.name === 'UIAPI'
        )
            return {};
        return (source as Record<string, unknown>)[info.fieldName];
    };
    return execute({
        schema,
        document: visible.document,
        variableValues: request.variables,
        operationName: request.operationName,
        contextValue: context,
        fieldResolver
    });
}
