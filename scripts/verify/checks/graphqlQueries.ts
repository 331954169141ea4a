/**
 * Every `gql` query in the components validates against the UI API GraphQL
 * schema of the project's objects (scripts/lib/graphqlSchema.ts): objects,
 * fields, child relationships, arguments, filters and variable types; and
 * keeps the wire adapter's limits (scripts/lib/graphqlLimits.ts): one level
 * of child relationships, at most 10 subqueries, `first` at most 2,000, no
 * variables in directives.
 */
import { GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { wireAdapterLimitErrors } from '../../lib/graphqlLimits';
import { buildGraphqlSchema } from '../../lib/graphqlSchema';
import type { ProjectModel } from '../../lib/project';
import { readComponentSource } from '../components';
import type { Check, Problem } from '../types';

const schemas = new WeakMap<ProjectModel, GraphQLSchema>();

/** The GraphQL errors of one query text (syntax first, then validation and the wire adapter's limits). */
export function queryErrors(
    schema: GraphQLSchema,
    query: string
): readonly GraphQLError[] {
    try {
        const document = parse(query);
        return [
            ...validate(schema, document),
            ...wireAdapterLimitErrors(schema, document)
        ];
    } catch (error) {
        if (error instanceof GraphQLError) return [error];
        throw error;
    }
}

export const graphqlQueries: Check = {
    name: 'graphqlQueries',
    description:
        'gql queries in components validate against the UI API schema of the objects',
    run(context) {
        const { project } = context;
        if (!schemas.has(project))
            schemas.set(project, buildGraphqlSchema(project));
        const schema = schemas.get(project)!;
        return context.componentSources.flatMap((file) =>
            readComponentSource(file).queries.flatMap((query): Problem[] => {
                const element = `gql query (line ${query.line})`;
                if (query.text === undefined)
                    return [
                        {
                            file: context.relative(file),
                            element,
                            message: `cannot verify: ${query.unresolved}`,
                            // Built at run time: nothing an offline check can judge.
                            kind: 'unchecked'
                        }
                    ];
                return queryErrors(schema, query.text).map((error) => {
                    const at = error.locations?.[0];
                    // The template starts on query.line; report the line of the file the error is on.
                    const where = at
                        ? ` (line ${query.line + at.line - 1})`
                        : '';
                    return {
                        file: context.relative(file),
                        element,
                        message: `${error.message}${where}`
                    };
                });
            })
        );
    }
};
