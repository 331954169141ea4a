/**
 * The preview's HTTP server: the page, the bundle and SLDS as static files,
 * and the small local API that the browser-side stand-ins of the platform's
 * data modules call:
 *
 * - `POST /api/graphql` — `lightning/graphql` (validated against the schema, executed over the store)
 * - `PATCH /api/records/:id`, `POST /api/records`, `DELETE /api/records/:id` — `updateRecord`, `createRecord`, `deleteRecord`
 * - `GET /api/accounts` — the account picker (preview only)
 * - `POST /api/test/touch/:id` — simulates someone else saving the record (preview only)
 * - `GET /api/stats` — GraphQL requests served since start
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import {
    createServer,
    type IncomingMessage,
    type Server,
    type ServerResponse
} from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildGraphqlSchema } from '../lib/graphqlSchema';
import type { ProjectModel } from '../lib/project';
import { PROJECT_ROOT } from '../lib/project';
import { DIST_DIR, PREVIEW_DIR } from './build';
import type { FieldAccess } from './fieldAccess';
import { executeGraphql, type GraphqlRequest } from './graphqlExecutor';
import {
    RecordWriteError,
    type PreviewStore,
    type StoredRecord
} from './store';

const SLDS_ASSETS = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@salesforce-ux',
    'design-system',
    'assets'
);

const CONTENT_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

/** URL prefixes served from folders; anything resolving outside its folder is refused. */
const STATIC_ROOTS: [string, string][] = [
    ['/assets/', SLDS_ASSETS],
    ['/dist/', DIST_DIR],
    ['/', path.join(PREVIEW_DIR, 'static')]
];

export interface PreviewServerOptions {
    project: ProjectModel;
    store: PreviewStore;
    /** What the page's user may read; everything by default. */
    fieldAccess?: FieldAccess;
    /** 0 picks a free port. */
    port: number;
    host?: string;
}

/** A running preview server. */
export interface PreviewServer {
    server: Server;
    url: string;
    /** GraphQL requests served since the server started. */
    graphqlRequests(): number;
    close(): Promise<void>;
}

class HttpError extends Error {
    constructor(
        readonly status: number,
        message: string
    ) {
        super(message);
    }
}

function sendJson(
    response: ServerResponse,
    status: number,
    body: unknown
): void {
    response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store'
    });
    response.end(JSON.stringify(body));
}

async function readJson(
    request: IncomingMessage
): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
        const body: unknown = JSON.parse(
            Buffer.concat(chunks).toString('utf8') || '{}'
        );
        if (body && typeof body === 'object' && !Array.isArray(body))
            return body as Record<string, unknown>;
    } catch {
        // fall through to the 400 below
    }
    throw new HttpError(400, 'The request body must be a JSON object');
}

function serveStatic(urlPath: string, response: ServerResponse): boolean {
    const decoded = decodeURIComponent(
        urlPath === '/' ? '/index.html' : urlPath
    );
    for (const [prefix, root] of STATIC_ROOTS) {
        if (!decoded.startsWith(prefix)) continue;
        const file = path.resolve(root, decoded.slice(prefix.length));
        if (
            !file.startsWith(root + path.sep) ||
            !existsSync(file) ||
            !statSync(file).isFile()
        )
            continue;
        response.writeHead(200, {
            'Content-Type':
                CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-cache'
        });
        createReadStream(file).pipe(response);
        return true;
    }
    return false;
}

/** A record as the UI API's record endpoints return it: `fields` of `{ value, displayValue }`. */
function recordRepresentation(record: StoredRecord) {
    const { attributes, Id, ...values } = record;
    return {
        apiName: attributes.type,
        id: Id,
        lastModifiedDate: record.LastModifiedDate,
        systemModstamp: record.SystemModstamp,
        fields: Object.fromEntries(
            Object.entries(values).map(([name, value]) => [
                name,
                { value: value ?? null, displayValue: null }
            ])
        )
    };
}

/** The body LDS rejects a refused write with; `reduceErrors` reads `output.errors` and `output.fieldErrors`. */
function writeErrorBody(error: RecordWriteError) {
    const fieldErrors: Record<string, unknown[]> = {};
    const pageErrors: unknown[] = [];
    for (const item of error.errors) {
        const detail = {
            constituentField: null,
            duplicateRecordError: null,
            errorCode: item.errorCode,
            field: item.field ?? null,
            fieldLabel: item.fieldLabel ?? null,
            message: item.message
        };
        if (item.field) (fieldErrors[item.field] ??= []).push(detail);
        else pageErrors.push(detail);
    }
    return {
        enhancedErrorType: 'RecordError',
        errorCode: error.errors[0]?.errorCode,
        message:
            error.status === 412
                ? error.errors[0]?.message
                : 'An error occurred while trying to update the record. Please try again.',
        output: { errors: pageErrors, fieldErrors }
    };
}

interface ApiContext extends PreviewServerOptions {
    schema: GraphQLSchema;
    countGraphqlRequest(): void;
    graphqlRequests(): number;
}

async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    urlPath: string,
    context: ApiContext
): Promise<void> {
    const { store, project, schema } = context;
    const method = request.method ?? 'GET';
    const recordMatch = /^\/api\/records\/([^/]+)$/.exec(urlPath);
    const touchMatch = /^\/api\/test\/touch\/([^/]+)$/.exec(urlPath);
    try {
        if (method === 'POST' && urlPath === '/api/graphql') {
            context.countGraphqlRequest();
            const body = await readJson(request);
            if (typeof body.query !== 'string')
                throw new HttpError(400, 'query is required');
            const result = await executeGraphql(
                schema,
                project,
                store,
                body as unknown as GraphqlRequest,
                context.fieldAccess
            );
            return sendJson(response, 200, result);
        }
        if (method === 'PATCH' && recordMatch) {
            const body = await readJson(request);
            const fields = (body.fields ?? {}) as Record<string, unknown>;
            const ifUnmodifiedSince =
                typeof body.ifUnmodifiedSince === 'string'
                    ? body.ifUnmodifiedSince
                    : undefined;
            return sendJson(
                response,
                200,
                recordRepresentation(
                    store.update(
                        decodeURIComponent(recordMatch[1]),
                        fields,
                        ifUnmodifiedSince
                    )
                )
            );
        }
        if (method === 'DELETE' && recordMatch) {
            // UI API, "Delete a Record": `DELETE /ui-api/records/{recordId}`
            // answers 200 with no body
            // (https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_resources_record_delete.htm).
            store.delete(decodeURIComponent(recordMatch[1]));
            response.writeHead(200, { 'Cache-Control': 'no-store' });
            response.end();
            return;
        }
        if (method === 'POST' && urlPath === '/api/records') {
            const body = await readJson(request);
            return sendJson(
                response,
                201,
                recordRepresentation(
                    store.create(
                        String(body.apiName),
                        (body.fields ?? {}) as Record<string, unknown>
                    )
                )
            );
        }
        if (method === 'GET' && urlPath === '/api/accounts') {
            return sendJson(
                response,
                200,
                store.list('Account').map((account) => ({
                    id: account.Id,
                    name: account.Name,
                    industry: account.Industry ?? null,
                    type: account.Type ?? null,
                    city: account.BillingCity ?? null
                }))
            );
        }
        if (method === 'POST' && touchMatch) {
            return sendJson(
                response,
                200,
                recordRepresentation(
                    store.touch(decodeURIComponent(touchMatch[1]))
                )
            );
        }
        if (method === 'GET' && urlPath === '/api/stats') {
            return sendJson(response, 200, {
                graphqlRequests: context.graphqlRequests()
            });
        }
        throw new HttpError(404, `No route for ${method} ${urlPath}`);
    } catch (error) {
        if (error instanceof RecordWriteError) {
            return sendJson(response, error.status, writeErrorBody(error));
        }
        if (error instanceof HttpError)
            return sendJson(response, error.status, [
                { errorCode: 'BAD_REQUEST', message: error.message }
            ]);
        console.error('[preview]', error);
        return sendJson(response, 500, [
            {
                errorCode: 'UNKNOWN_EXCEPTION',
                message: (error as Error).message
            }
        ]);
    }
}

/** Starts the preview server (the bundle must have been built: see `buildPreview`). */
export function startPreviewServer(
    options: PreviewServerOptions
): Promise<PreviewServer> {
    const schema = buildGraphqlSchema(options.project);
    let graphqlRequests = 0;
    const context: ApiContext = {
        ...options,
        schema,
        countGraphqlRequest: () => void (graphqlRequests += 1),
        graphqlRequests: () => graphqlRequests
    };
    const server = createServer((request, response) => {
        const urlPath = new URL(request.url ?? '/', 'http://localhost')
            .pathname;
        if (urlPath.startsWith('/api/')) {
            void handleApi(request, response, urlPath, context);
            return;
        }
        if (
            (request.method === 'GET' || request.method === 'HEAD') &&
            serveStatic(urlPath, response)
        )
            return;
        response.writeHead(404, {
            'Content-Type': 'text/plain; charset=utf-8'
        });
        response.end('Not found');
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        const host = options.host ?? '127.0.0.1';
        server.listen(options.port, host, () => {
            const { port } = server.address() as AddressInfo;
            resolve({
                server,
                url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
                graphqlRequests: () => graphqlRequests,
                close: () =>
                    new Promise<void>((done) => server.close(() => done()))
            });
        });
    });
}
