/**
 * The GraphQL wire adapter of Lightning Data Service. `@salesforce/lightning-types`
 * does not declare it yet; this covers what our components use.
 */
declare module 'lightning/graphql' {
    import type { WireAdapterConstructor } from 'lwc';

    /** A parsed query document; opaque to components. */
    export type DocumentNode = { readonly kind: 'Document' } | string;

    /** One GraphQL error as the UI API reports it. */
    export interface GraphQLError {
        message: string;
        locations?: { line: number; column: number }[];
        path?: (string | number)[];
        extensions?: Record<string, unknown>;
    }

    export interface GraphQLConfig {
        query: DocumentNode | undefined;
        variables?: Record<string, unknown>;
        operationName?: string;
    }

    /**
     * What the adapter hands to a wired method or field. `Data` defaults to
     * `any` so a wired handler can declare the shape of its own query.
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    export interface GraphQLResult<Data = any> {
        data?: Data;
        errors?: GraphQLError[] | unknown;
        /** Re-runs the query and resolves once fresh data has been emitted. */
        refresh?: () => Promise<void>;
    }

    /** Tags a query string; the platform parses it at compile time. */
    export function gql(
        literals: TemplateStringsArray,
        ...substitutions: unknown[]
    ): DocumentNode;

    export const graphql: WireAdapterConstructor<GraphQLConfig, GraphQLResult>;

    /** Re-runs the query that produced `result` (equivalent to `result.refresh`). */
    export function refreshGraphQL(result: GraphQLResult): Promise<void>;
}
