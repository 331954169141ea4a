/**
 * Stand-in for `lightning/graphql`: the `graphql` wire adapter and `gql`.
 *
 * Like the Lightning Data Service cache, wires with the same query text and
 * variables share one request and one result, and `refresh()` refetches once
 * for all of them. The query text is sent as written; the preview server
 * validates it against the UI API-shaped schema and executes it.
 */
import { postGraphql, type GraphqlResponse } from 'preview/api';

/** What a wired property or function receives. */
export interface GraphqlWireResult {
    data: unknown;
    errors: unknown;
    refresh?: () => Promise<void>;
}

type DataCallback = (result: GraphqlWireResult) => void;

interface GraphqlConfig {
    query?: string;
    variables?: Record<string, unknown>;
    operationName?: string;
}

/** `gql` tagged template: on the platform a compiled document, here the query text. */
export function gql(
    strings: TemplateStringsArray,
    ...values: unknown[]
): string {
    return strings.reduce(
        (text, part, index) =>
            text + part + (index < values.length ? String(values[index]) : ''),
        ''
    );
}

interface CacheEntry {
    config: Required<Pick<GraphqlConfig, 'query'>> & GraphqlConfig;
    response?: Promise<GraphqlResponse>;
    /** Set once `response` settled: late subscribers get it at once. */
    settled?: GraphqlResponse;
    subscribers: Set<DataCallback>;
}

const cache = new Map<string, CacheEntry>();

function emitTo(
    callback: DataCallback,
    key: string,
    response: GraphqlResponse
): void {
    callback({
        data: response.errors?.length ? undefined : response.data,
        errors: response.errors?.length ? response.errors : undefined,
        refresh: () => refreshEntry(key)
    });
}

function fetchEntry(key: string): Promise<GraphqlResponse> {
    const entry = cache.get(key)!;
    if (!entry.response) {
        entry.settled = undefined;
        entry.response = postGraphql(
            entry.config.query,
            entry.config.variables,
            entry.config.operationName
        ).catch((error: { body?: unknown; statusText?: string }) => ({
            errors: [{ message: String(error.statusText ?? error) }]
        }));
        entry.response.then((response) => {
            entry.settled = response;
            entry.subscribers.forEach((callback) =>
                emitTo(callback, key, response)
            );
        });
    }
    return entry.response;
}

async function refreshEntry(key: string): Promise<void> {
    const entry = cache.get(key);
    if (!entry) return;
    entry.response = undefined;
    await fetchEntry(key);
}

/** The `graphql` wire adapter. */
export class graphql {
    private key?: string;
    private connected = false;

    constructor(private readonly callback: DataCallback) {
        callback({ data: undefined, errors: undefined });
    }

    update(config: GraphqlConfig): void {
        this.unsubscribe();
        this.key = config.query
            ? JSON.stringify([
                  config.query,
                  config.variables ?? {},
                  config.operationName ?? null
              ])
            : undefined;
        if (this.key && !cache.has(this.key)) {
            cache.set(this.key, {
                config: { ...config, query: config.query! },
                subscribers: new Set<DataCallback>()
            });
        }
        if (this.connected) this.subscribe();
    }

    connect(): void {
        this.connected = true;
        this.subscribe();
    }

    disconnect(): void {
        this.connected = false;
        this.unsubscribe();
    }

    /** Listens to the current query's entry: its settled result at once, or a request if none is under way. */
    private subscribe(): void {
        if (!this.key) return;
        const entry = cache.get(this.key)!;
        if (entry.subscribers.has(this.callback)) return;
        entry.subscribers.add(this.callback);
        if (entry.settled) emitTo(this.callback, this.key, entry.settled);
        else if (!entry.response) fetchEntry(this.key);
    }

    private unsubscribe(): void {
        if (this.key) cache.get(this.key)?.subscribers.delete(this.callback);
    }
}

/** Refetches the query behind a wire result (the result carries its own `refresh`). */
export function refreshGraphQL(result: GraphqlWireResult): Promise<void> {
    return result.refresh ? result.refresh() : Promise.resolve();
}
