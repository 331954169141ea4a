/**
 * The browser side of the preview's local HTTP API. Every stand-in of a
 * platform data module talks to the preview server through here, so the
 * request counts that the tests and the benchmark read live in one place.
 */

/** Counters of one page load, readable as `window.__preview` by tests and the benchmark. */
export interface PreviewStats {
    graphqlRequests: number;
    /** performance.now() when the last GraphQL response body was parsed. */
    lastGraphqlResponseAt?: number;
    navigations: unknown[];
    /** Toasts shown, newest last. */
    toasts: unknown[];
}

const stats: PreviewStats = { graphqlRequests: 0, navigations: [], toasts: [] };
(globalThis as unknown as { __preview: PreviewStats }).__preview = stats;

/** The counters of this page load. */
export function previewStats(): PreviewStats {
    return stats;
}

/** A failed call, shaped like the `FetchResponse` that Lightning Data Service rejects with. */
export interface FetchResponseError {
    ok: false;
    status: number;
    statusText: string;
    body: unknown;
}

async function send<T>(
    method: string,
    url: string,
    body?: unknown
): Promise<T> {
    const response = await fetch(url, {
        method,
        headers:
            body === undefined
                ? undefined
                : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    const payload: unknown = text === '' ? undefined : JSON.parse(text);
    if (!response.ok) {
        const error: FetchResponseError = {
            ok: false,
            status: response.status,
            statusText: response.statusText,
            body: payload
        };
        throw error;
    }
    return payload as T;
}

/** GraphQL response as the UI API sends it. */
export interface GraphqlResponse {
    data?: unknown;
    errors?: { message: string }[];
}

/** Runs a query on the preview server (one counted request). */
export async function postGraphql(
    query: string,
    variables: Record<string, unknown> | undefined,
    operationName?: string
): Promise<GraphqlResponse> {
    stats.graphqlRequests += 1;
    const response = await send<GraphqlResponse>('POST', '/api/graphql', {
        query,
        variables,
        operationName
    });
    stats.lastGraphqlResponseAt = performance.now();
    return response;
}

/** `GET /api/records/:id?fields=` — the UI API's record read, for `getRecord`; `fields` are `Object.Field` names. */
export function getRecordJson(
    id: string,
    fields: readonly string[]
): Promise<unknown> {
    const query = new URLSearchParams({ fields: fields.join(',') });
    return send('GET', `/api/records/${encodeURIComponent(id)}?${query}`);
}

/** `PATCH /api/records/:id` — the UI API's record update. */
export function patchRecord(
    id: string,
    fields: Record<string, unknown>,
    ifUnmodifiedSince?: string
): Promise<unknown> {
    return send('PATCH', `/api/records/${encodeURIComponent(id)}`, {
        fields,
        ifUnmodifiedSince
    });
}

/** `POST /api/records` — the UI API's record creation. */
export function postRecord(
    apiName: string,
    fields: Record<string, unknown>
): Promise<unknown> {
    return send('POST', '/api/records', { apiName, fields });
}

/** `DELETE /api/records/:id` — the UI API's record deletion (200, no body). */
export function deleteRecordById(id: string): Promise<void> {
    return send('DELETE', `/api/records/${encodeURIComponent(id)}`);
}

/** `GET /api/object-info/:apiName` — the UI API's Object Info, for `getObjectInfo`. */
export function getObjectInfoJson(apiName: string): Promise<unknown> {
    return send('GET', `/api/object-info/${encodeURIComponent(apiName)}`);
}

/** `GET /api/object-info/:apiName/picklist-values/:recordTypeId` — the UI API's Picklist Values Collection, for `getPicklistValuesByRecordType`. */
export function getPicklistValuesJson(
    apiName: string,
    recordTypeId: string
): Promise<unknown> {
    return send(
        'GET',
        `/api/object-info/${encodeURIComponent(apiName)}/picklist-values/${encodeURIComponent(recordTypeId)}`
    );
}

/** An account the picker offers. */
export interface AccountOption {
    id: string;
    name: string;
}

/** The sample accounts (a preview-only endpoint, so it does not count as a component request). */
export function getAccounts(): Promise<AccountOption[]> {
    return send('GET', '/api/accounts');
}
