/**
 * TypeScript types of a GraphQL query's response, generated from the query
 * and the UI API schema of the project (`graphqlSchema.ts`), so that a
 * component's mapper reads the response through types that say exactly what
 * the query selects: a misspelt or unselected field fails `tsc`.
 *
 * The types follow the GraphQL response rules: a nullable field is `T | null`,
 * a list `T[]`, and a selection the UI API may leave out, one marked
 * `@optional`, is an optional property (it is absent from the response when
 * the user may not read it, see `graphqlSchema.ts` `OPTIONAL_DIRECTIVE`).
 * A field wrapper is `{ value, displayValue }` typed by its scalar.
 *
 * The output is a global namespace in a `.d.ts` of `types/`, named after the
 * operation (`query strategicAccountPlans` → `StrategicAccountPlansQuery`):
 * `Data` is the response's `data`, and the node of each connection is an
 * interface named after its object (`Joint_Metric__c`). Fragments are not
 * supported: the page query has none.
 */
import {
    getNamedType,
    getNullableType,
    isInterfaceType,
    isListType,
    isNonNullType,
    isObjectType,
    isScalarType,
    Kind,
    parse,
    type DocumentNode,
    type FieldNode,
    type GraphQLCompositeType,
    type GraphQLOutputType,
    type GraphQLSchema,
    type OperationDefinitionNode,
    type SelectionSetNode
} from 'graphql';
import path from 'node:path';
import prettier from 'prettier';
import { readComponentSource } from '../verify/components';
import { buildGraphqlSchema, OPTIONAL_DIRECTIVE } from './graphqlSchema';
import { loadProject, PROJECT_ROOT } from './project';

/**
 * How each scalar of the schema arrives in JSON. GraphQL serializes `ID`,
 * `String` and `Boolean` as JSON strings and booleans, `Int` as a number
 * (https://spec.graphql.org/October2021/#sec-Scalars); the UI API's own
 * scalars carry a field's value as the UI API returns it: numbers (Double,
 * Currency, Percent as the percentage number, Long) as JSON numbers, dates,
 * times and every text-like type as strings
 * (https://developer.salesforce.com/docs/platform/graphql/guide/query-record-objects.html).
 */
const TS_TYPE_OF_SCALAR: Record<string, string> = {
    ID: 'string',
    String: 'string',
    Boolean: 'boolean',
    Int: 'number',
    Long: 'number',
    Double: 'number',
    Currency: 'number',
    Percent: 'number',
    Latitude: 'number',
    Longitude: 'number',
    TextArea: 'string',
    LongTextArea: 'string',
    RichTextArea: 'string',
    EncryptedString: 'string',
    Email: 'string',
    PhoneNumber: 'string',
    Url: 'string',
    Picklist: 'string',
    MultiPicklist: 'string',
    Date: 'string',
    DateTime: 'string',
    Time: 'string'
};

/** What to generate, and from where (for the header). */
export interface QueryTypesSource {
    /** The module the query is read from, relative to the project root. */
    module: string;
    /** The constant that holds the query. */
    constant: string;
    /** The command that regenerates the file. */
    command: string;
}

const INDENT = '    ';

const isOptionalSelection = (field: FieldNode): boolean =>
    !!field.directives?.some(
        (directive) => directive.name.value === OPTIONAL_DIRECTIVE.name
    );

/** `strategicAccountPlans` → `StrategicAccountPlansQuery`. */
export function namespaceOf(operation: OperationDefinitionNode): string {
    const name = operation.name?.value;
    if (!name) throw new Error('The query needs a name to name its types');
    return `${name[0].toUpperCase()}${name.slice(1)}Query`;
}

/**
 * The `.d.ts` text (not yet formatted) of the response types of the one
 * operation in `document`.
 */
export function generateQueryTypes(
    schema: GraphQLSchema,
    document: DocumentNode,
    source: QueryTypesSource
): string {
    const operations = document.definitions.filter(
        (definition): definition is OperationDefinitionNode =>
            definition.kind === Kind.OPERATION_DEFINITION
    );
    if (operations.length !== 1 || operations[0].operation !== 'query')
        throw new Error('Expected a document with exactly one query');
    const [operation] = operations;
    const namespace = namespaceOf(operation);
    const queryType = schema.getQueryType()!;
    /** Node interfaces by name, in the order they are met. */
    const nodes = new Map<string, string>();

    const objectType = (
        type: GraphQLCompositeType,
        selectionSet: SelectionSetNode,
        depth: number,
        path: string[]
    ): string => {
        if (!isObjectType(type) && !isInterfaceType(type))
            throw new Error(`${path.join('.')}: unions are not supported`);
        const fields = type.getFields();
        const lines = selectionSet.selections.map((selection) => {
            if (selection.kind !== Kind.FIELD)
                throw new Error(
                    `${path.join('.')}: fragments are not supported`
                );
            const name = selection.name.value;
            const key = selection.alias?.value ?? name;
            const definition = fields[name];
            if (!definition)
                throw new Error(
                    `${path.join('.')}: ${type.name} has no field ${name}`
                );
            const optional = isOptionalSelection(selection) ? '?' : '';
            const comment = definition.description
                ? `${INDENT.repeat(depth + 1)}/** ${definition.description} */\n`
                : '';
            return `${comment}${INDENT.repeat(depth + 1)}${key}${optional}: ${outputType(
                definition.type,
                selection,
                depth + 1,
                [...path, key]
            )};`;
        });
        return `{\n${lines.join('\n')}\n${INDENT.repeat(depth)}}`;
    };

    const outputType = (
        type: GraphQLOutputType,
        selection: FieldNode,
        depth: number,
        path: string[]
    ): string => {
        const inner = getNullableType(type);
        const ts = isListType(inner)
            ? listType(outputType(inner.ofType, selection, depth, path))
            : isScalarType(inner)
              ? scalarType(inner.name, path)
              : compositeType(
                    getNamedType(inner) as GraphQLCompositeType,
                    selection,
                    depth,
                    path
                );
        return isNonNullType(type) ? ts : `${ts} | null`;
    };

    const compositeType = (
        type: GraphQLCompositeType,
        selection: FieldNode,
        depth: number,
        path: string[]
    ): string => {
        if (!selection.selectionSet)
            throw new Error(
                `${path.join('.')}: ${type.name} needs a selection`
            );
        if (path.at(-1) !== 'node' || !isObjectType(type))
            return objectType(type, selection.selectionSet, depth, path);
        // A connection's node is a record: an interface of its own, declared
        // in the order the query meets them (the plan before its children).
        const declared = nodes.get(type.name);
        if (declared === undefined) nodes.set(type.name, '');
        const body = objectType(type, selection.selectionSet, 1, path);
        const declaration = `${INDENT}/** ${type.description ?? type.name}: ${path.join('.')} */\n${INDENT}interface ${type.name} ${body}`;
        if (declared !== undefined && declared !== declaration)
            throw new Error(
                `${path.join('.')}: ${type.name} is selected twice with different fields`
            );
        nodes.set(type.name, declaration);
        return type.name;
    };

    const data = objectType(queryType, operation.selectionSet, 1, ['data']);
    return [
        '/**',
        ` * The response of the query \`${operation.name!.value}\`: ${source.constant}`,
        ` * of ${source.module},`,
        ' * typed from the query and the UI API schema of force-app by',
        ` * scripts/lib/queryTypes.ts. Generated: do not edit; run \`${source.command}\`.`,
        ' * An `@optional` selection is an optional property: the UI API leaves',
        ' * it out when the user may not read it.',
        ' */',
        `declare namespace ${namespace} {`,
        `${INDENT}/** The query's \`data\`. */`,
        `${INDENT}interface Data ${data}`,
        ...nodes.values(),
        '}',
        ''
    ].join('\n');
}

const listType = (item: string): string =>
    item.includes(' | ') ? `(${item})[]` : `${item}[]`;

function scalarType(name: string, path: string[]): string {
    const ts = TS_TYPE_OF_SCALAR[name];
    if (!ts)
        throw new Error(
            `${path.join('.')}: no TypeScript type for scalar ${name}`
        );
    return ts;
}

/** A query whose response types are generated, and where they go. */
export interface QueryTypesTarget extends QueryTypesSource {
    /** The `.d.ts` written, relative to the project root. */
    output: string;
}

/** The page query of the Account record page. */
export const PAGE_QUERY_TYPES: QueryTypesTarget = {
    module: 'force-app/main/default/lwc/accountPlanQuery/accountPlanQuery.ts',
    constant: 'ACCOUNT_PLANS_QUERY',
    command: 'npm run generate',
    output: 'types/strategicAccountPlansQuery.d.ts'
};

/** The formatted `.d.ts` of `target`, from the query as its module has it now. */
export async function renderQueryTypes(
    target: QueryTypesTarget,
    root: string = PROJECT_ROOT
): Promise<string> {
    const queries = readComponentSource(path.join(root, target.module)).queries;
    if (queries.length !== 1 || !queries[0].text)
        throw new Error(`${target.module}: expected one resolvable gql query`);
    const text = generateQueryTypes(
        buildGraphqlSchema(loadProject(root)),
        parse(queries[0].text),
        target
    );
    const file = path.join(root, target.output);
    const options = await prettier.resolveConfig(file);
    return prettier.format(text, { ...options, filepath: file });
}
