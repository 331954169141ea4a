/**
 * The preview's HTTP server: the page, the bundle and SLDS as static files,
 * and the small local API that the browser-side stand-ins of the platform's
 * data modules call:
 *
 * - `POST /api/graphql` — `lightning/graphql` (validated against the schema, executed over the store)
 * - `GET /api/records/:id?fields=` — `getRecord` of `lightning/uiRecordApi`
 * - `PATCH /api/records/:id`, `POST /api/records`, `DELETE /api/records/:id` — `updateRecord`, `createRecord`, `deleteRecord`
 * - `GET /api/object-info/:apiName` — `getObjectInfo` of `lightning/uiObjectInfoApi`, from the project model
 * - `GET /api/object-info/:apiName/picklist-values/:recordTypeId` — `getPicklistValuesByRecordType`, likewise
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
import type { ObjectModel, ProjectModel } from '../lib/project';
import { PROJECT_ROOT } from '../lib/project';
import { DIST_DIR, PREVIEW_DIR } from './build';
import { FULL_ACCESS, type FieldAccess } from './fieldAccess';
import { executeGraphql, type GraphqlRequest } from './graphqlExecutor';
import { objectInfo, picklistValuesByRecordType } from './objectInfo';
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

/** A request the API refuses before it reaches a record, answered as `[{ errorCode, message }]`. */
class HttpError extends Error {
    constructor(
        readonly status: number,
        message: string,
        readonly errorCode = 'BAD_REQUEST'
    ) {
        super(message);
    }
}

/** ISO 8601, as LDS sends a record's LastModifiedDate, with an optional offset. */
const ISO_DATE_TIME =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
/** RFC 9110 HTTP-date (IMF-fixdate), the form of an If-Unmodified-Since header. */
const HTTP_DATE =
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * The `ifUnmodifiedSince` of an update, which `updateRecord` sends as the
 * If-Unmodified-Since header. A value that is no date and time is refused
 * with 400, never ignored: ignoring it would let a stale edit overwrite a
 * newer one. (The code is the one the API gives a body it cannot read; the
 * preview carries the header in the body.)
 */
function readIfUnmodifiedSince(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (
        typeof value === 'string' &&
        (ISO_DATE_TIME.test(value) || HTTP_DATE.test(value)) &&
        !Number.isNaN(Date.parse(value))
    )
        return value;
    throw new HttpError(
        400,
        `ifUnmodifiedSince: ${JSON.stringify(value)} is not a date and time (ISO 8601 or an HTTP-date)`,
        'JSON_PARSER_ERROR'
    );
}

/** The `fields` of a record write: a JSON object, as the UI API's record input requires. */
function readFields(value: unknown): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value === 'object' && !Array.isArray(value))
        return value as Record<string, unknown>;
    throw new HttpError(
        400,
        `fields: expected a JSON object, found ${JSON.stringify(value)}`,
        'JSON_PARSER_ERROR'
    );
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
    throw new HttpError(
        400,
        'The request body must be a JSON object',
        'JSON_PARSER_ERROR'
    );
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

/**
 * A record as the UI API's record endpoints return it: `fields` of
 * `{ value, displayValue }`, every stored field unless `fieldNames` picks some.
 */
function recordRepresentation(
    record: StoredRecord,
    fieldNames?: readonly string[]
) {
    const { attributes, Id, ...values } = record;
    return {
        apiName: attributes.type,
        id: Id,
        lastModifiedDate: record.LastModifiedDate,
        systemModstamp: record.SystemModstamp,
        fields: Object.fromEntries(
            (fieldNames ?? Object.keys(values)).map((name) => [
                name,
                { value: record[name] ?? null, displayValue: null }
            ])
        )
    };
}

/**
 * The field names of the `fields` parameter of a record read (comma-separated
 * or repeated), as the object's fields. UI API, "Get a Record"
 * (https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_resources_record_get.htm):
 * names are `ObjectApiName.FieldName`, and "If the context user doesn't have
 * access to a field, an error is returned" — the request fails (only
 * `optionalFields`, which the preview does not serve, would leave the field
 * out). That page states no status; the preview answers 400 `INVALID_FIELD`,
 * as the REST API does for "fields that don't exist or are inaccessible to you
 * by field-level security"
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api/dome_get_field_values.htm).
 * A field the user may not read gets the same answer as one that does not
 * exist: the user's view of the object lacks both. Spanning names
 * (`Object.Parent__r.Field`) are refused too: the preview reads the record's
 * own fields only.
 */
function requestedFields(
    project: ProjectModel,
    access: FieldAccess,
    objectApiName: string,
    parameters: readonly string[]
): string[] {
    const names = parameters
        .flatMap((parameter) => parameter.split(','))
        .filter(Boolean);
    if (names.length === 0)
        throw new HttpError(
            400,
            'fields is required (the preview serves no layoutTypes)'
        );
    return names.map((name) => {
        const [objectName, fieldName = '', ...spanning] = name.split('.');
        const field =
            spanning.length === 0 &&
            project.getObject(objectName)?.apiName === objectApiName
                ? project.getField(objectApiName, fieldName)
                : undefined;
        if (!field || !access.canRead(objectApiName, field.apiName))
            throw new HttpError(
                400,
                `${name} is not a field of ${objectApiName} that the user may read`,
                'INVALID_FIELD'
            );
        return field.apiName;
    });
}

/**
 * The object of an Object Info route: 404 `NOT_FOUND` for a name the project
 * does not define, 403 `INSUFFICIENT_ACCESS` for an object the user may not
 * read (what an org answers there was not observed; see objectInfo.ts).
 */
function readableObject(
    project: ProjectModel,
    access: FieldAccess,
    apiName: string
): ObjectModel {
    const object = project.getObject(apiName);
    if (!object)
        throw new HttpError(404, `No Object Info for ${apiName}`, 'NOT_FOUND');
    if (!access.canReadObject(object.apiName))
        throw new HttpError(
            403,
            `No Object Info for ${apiName}`,
            'INSUFFICIENT_ACCESS'
        );
    return object;
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
    url: URL,
    context: ApiContext
): Promise<void> {
    const { store, project, schema } = context;
    const access = context.fieldAccess ?? FULL_ACCESS;
    const method = request.method ?? 'GET';
    const urlPath = url.pathname;
    const recordMatch = /^\/api\/records\/([^/]+)$/.exec(urlPath);
    const touchMatch = /^\/api\/test\/touch\/([^/]+)$/.exec(urlPath);
    const objectInfoMatch = /^\/api\/object-info\/([^/]+)$/.exec(urlPath);
    const picklistValuesMatch =
        /^\/api\/object-info\/([^/]+)\/picklist-values\/([^/]+)$/.exec(urlPath);
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
        if (method === 'GET' && recordMatch) {
            const record = store.get(decodeURIComponent(recordMatch[1]));
            if (!record)
                throw new HttpError(
                    404,
                    'The requested resource does not exist',
                    'NOT_FOUND'
                );
            return sendJson(
                response,
                200,
                recordRepresentation(
                    record,
                    requestedFields(
                        project,
                        access,
                        record.attributes.type,
                        url.searchParams.getAll('fields')
                    )
                )
            );
        }
        if (method === 'PATCH' && recordMatch) {
            const body = await readJson(request);
            const fields = readFields(body.fields);
            const ifUnmodifiedSince = readIfUnmodifiedSince(
                body.ifUnmodifiedSince
            );
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
                    store.create(String(body.apiName), readFields(body.fields))
                )
            );
        }
        if (method === 'GET' && objectInfoMatch) {
            const object = readableObject(
                project,
                access,
                decodeURIComponent(objectInfoMatch[1])
            );
            return sendJson(response, 200, objectInfo(object, access));
        }
        if (method === 'GET' && picklistValuesMatch) {
            const object = readableObject(
                project,
                access,
                decodeURIComponent(picklistValuesMatch[1])
            );
            const recordTypeId = decodeURIComponent(picklistValuesMatch[2]);
            // A record type the object does not have is unknown, as an
            // unknown object is: 404 (the preview's decision; the UI API
            // page names no status for it).
            const values = picklistValuesByRecordType(
                object,
                recordTypeId,
                access
            );
            if (!values)
                throw new HttpError(
                    404,
                    `${object.apiName} has no record type ${recordTypeId}`,
                    'NOT_FOUND'
                );
            return sendJson(response, 200, values);
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
            return sendJson(
                response,
                error.status,
                error.kind === 'request'
                    ? error.errors.map(({ errorCode, message }) => ({
                          errorCode,
                          message
                      }))
                    : writeErrorBody(error)
            );
        }
        if (error instanceof HttpError)
            return sendJson(response, error.status, [
                { errorCode: error.errorCode, message: error.message }
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
        const url = new URL(request.url ?? '/', 'http://localhost');
        const urlPath = url.pathname;
        if (urlPath.startsWith('/api/')) {
            void handleApi(request, response, url, context);
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
