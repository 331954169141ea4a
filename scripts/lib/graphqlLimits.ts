/**
 * The limits the platform puts on a component's GraphQL query beyond the
 * schema: what `validate()` accepts but an org refuses. The verifier reports
 * them on the components' `gql` text; the preview refuses such a request with
 * the same errors before executing it, as an org would answer the wire.
 *
 * A *subquery* is every record connection of the query: each object read under
 * `uiapi { query { ... } }` and each child relationship. The GraphQL API counts
 * and caps "subqueries" without saying more; this reading counts child
 * relationships too, as "each subquery can return up to 2000 records" caps
 * their pages as well.
 */
import {
    getNamedType,
    GraphQLError,
    isInterfaceType,
    isObjectType,
    Kind,
    visit,
    type ASTNode,
    type DocumentNode,
    type FieldNode,
    type FragmentDefinitionNode,
    type GraphQLCompositeType,
    type GraphQLSchema,
    type OperationDefinitionNode,
    type SelectionSetNode,
    type ValueNode
} from 'graphql';

/**
 * "Each GraphQL query can contain up to 10 subqueries" and "Each subquery can
 * return up to 2000 records" —
 * https://developer.salesforce.com/docs/platform/graphql/guide/query-limits.html
 */
export const MAX_SUBQUERIES = 10;
export const MAX_RECORDS_PER_SUBQUERY = 2000;

/** The type that lists the objects, `uiapi { query { Account(...) } }`. */
const RECORD_QUERY_TYPE = 'RecordQuery';

type Variables = Record<string, unknown>;

/** A Relay connection of records: `edges { node }` and `pageInfo`. */
function isConnection(type: GraphQLCompositeType): boolean {
    if (!isObjectType(type)) return false;
    const fields = type.getFields();
    return 'edges' in fields && 'pageInfo' in fields;
}

/** `first:`'s number: a literal, the variable's run-time value, or the variable's default. */
function firstValue(
    field: FieldNode,
    operation: OperationDefinitionNode,
    variables: Variables | undefined
): number | undefined {
    const argument = field.arguments?.find((arg) => arg.name.value === 'first');
    let value: ValueNode | undefined = argument?.value;
    if (value?.kind === Kind.VARIABLE) {
        const name = value.name.value;
        if (variables && name in variables) {
            const given = variables[name];
            return typeof given === 'number' ? given : undefined;
        }
        value = operation.variableDefinitions?.find(
            (definition) => definition.variable.name.value === name
        )?.defaultValue;
    }
    return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

/** The errors of one operation: nesting, subquery count and page sizes. */
function operationErrors(
    schema: GraphQLSchema,
    fragments: Map<string, FragmentDefinitionNode>,
    operation: OperationDefinitionNode,
    variables: Variables | undefined
): GraphQLError[] {
    const errors: GraphQLError[] = [];
    const subqueries: FieldNode[] = [];

    const walk = (
        selectionSet: SelectionSetNode | undefined,
        parentType: GraphQLCompositeType | undefined,
        /** The child relationship this selection is inside, if any. */
        outerChild: FieldNode | undefined,
        spreading: ReadonlySet<string>
    ): void => {
        if (!selectionSet || !parentType) return;
        for (const selection of selectionSet.selections) {
            if (selection.kind === Kind.INLINE_FRAGMENT) {
                const type = selection.typeCondition
                    ? schema.getType(selection.typeCondition.name.value)
                    : parentType;
                walk(
                    selection.selectionSet,
                    type as GraphQLCompositeType,
                    outerChild,
                    spreading
                );
                continue;
            }
            if (selection.kind === Kind.FRAGMENT_SPREAD) {
                const name = selection.name.value;
                const fragment = fragments.get(name);
                if (fragment && !spreading.has(name))
                    walk(
                        fragment.selectionSet,
                        schema.getType(
                            fragment.typeCondition.name.value
                        ) as GraphQLCompositeType,
                        outerChild,
                        new Set([...spreading, name])
                    );
                continue;
            }
            // Unknown fields are validate()'s to report.
            if (!isObjectType(parentType) && !isInterfaceType(parentType))
                continue;
            const definition = parentType.getFields()[selection.name.value];
            if (!definition) continue;
            const type = getNamedType(definition.type) as GraphQLCompositeType;
            let inner = outerChild;
            if (isConnection(type)) {
                subqueries.push(selection);
                const isChild = parentType.name !== RECORD_QUERY_TYPE;
                // "The GraphQL wire adapter only supports one level of child
                // relationships. For example, you can request contacts on an
                // account record, but not any child relationships of those
                // contacts." Parent relationships may go deeper.
                // https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-relationships.html
                if (isChild && outerChild)
                    errors.push(
                        new GraphQLError(
                            `Child relationship ${selection.name.value} is nested inside child relationship ${outerChild.name.value}: the GraphQL wire adapter supports one level of child relationships`,
                            { nodes: selection }
                        )
                    );
                if (isChild) inner = selection;
                const first = firstValue(selection, operation, variables);
                if (first !== undefined && first > MAX_RECORDS_PER_SUBQUERY)
                    errors.push(
                        new GraphQLError(
                            `${selection.name.value}(first: ${first}) asks for more than ${MAX_RECORDS_PER_SUBQUERY} records, the most a subquery can return`,
                            { nodes: selection }
                        )
                    );
            }
            walk(selection.selectionSet, type, inner, spreading);
        }
    };

    walk(
        operation.selectionSet,
        schema.getRootType(operation.operation) ?? undefined,
        undefined,
        new Set()
    );
    if (subqueries.length > MAX_SUBQUERIES)
        errors.push(
            new GraphQLError(
                `The query has ${subqueries.length} subqueries (objects and child relationships); a GraphQL query can contain up to ${MAX_SUBQUERIES}`,
                { nodes: subqueries[MAX_SUBQUERIES] }
            )
        );
    return errors;
}

/** Directives whose arguments use a variable, e.g. `@include(if: $withOwners)`. */
function variableDirectiveErrors(document: DocumentNode): GraphQLError[] {
    const errors: GraphQLError[] = [];
    visit(document, {
        Directive(directive) {
            let usesVariable = false;
            visit(directive, {
                Variable() {
                    usesVariable = true;
                }
            });
            // "The GraphQL wire adapter isn't currently supported for
            // variables in directives such as using @skip and @include."
            // https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-limitations.html
            if (usesVariable)
                errors.push(
                    new GraphQLError(
                        `@${directive.name.value} uses a variable: the GraphQL wire adapter does not support variables in directives`,
                        { nodes: directive as ASTNode }
                    )
                );
        }
    });
    return errors;
}

/**
 * The wire adapter's limits that `document` breaks. Without `variables`, a
 * `first: $variable` is judged by the variable's default only (the verifier);
 * with them, by the value the request sends (the preview, at run time).
 */
export function wireAdapterLimitErrors(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables?: Variables
): GraphQLError[] {
    const fragments = new Map<string, FragmentDefinitionNode>();
    const operations: OperationDefinitionNode[] = [];
    for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
            fragments.set(definition.name.value, definition);
        if (definition.kind === Kind.OPERATION_DEFINITION)
            operations.push(definition);
    }
    return [
        ...operations.flatMap((operation) =>
            operationErrors(schema, fragments, operation, variables)
        ),
        ...variableDirectiveErrors(document)
    ];
}
