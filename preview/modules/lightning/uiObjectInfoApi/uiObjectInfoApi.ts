/**
 * Stand-in for `lightning/uiObjectInfoApi`: `getObjectInfo`, the Object Info
 * the preview server builds from the project model (`GET
 * /api/object-info/:apiName`), and `getPicklistValuesByRecordType`, the
 * values of the object's picklists for a record type (`GET
 * /api/object-info/:apiName/picklist-values/:recordTypeId`), both as the
 * context user may read them. Like the LDS cache, one request per object (and
 * record type) serves every wire; a failure is emitted as `error`,
 * `FetchResponse`-shaped.
 */
import { getObjectInfoJson, getPicklistValuesJson } from 'preview/api';

/** An object API name, or `{ objectApiName }` as `@salesforce/schema/Object` imports are. */
type ObjectApiName = string | { objectApiName: string } | undefined;

interface ObjectInfoConfig {
    objectApiName?: ObjectApiName;
}

interface PicklistValuesByRecordTypeConfig {
    objectApiName?: ObjectApiName;
    recordTypeId?: string;
}

type DataCallback = (result: { data?: unknown; error?: unknown }) => void;

/** What a configuration asks for: the cache key of its answer and how to fetch it; undefined until complete. */
type Request = { key: string; fetch: () => Promise<unknown> } | undefined;

const apiNameOf = (name: ObjectApiName): string | undefined =>
    typeof name === 'string' ? name : name?.objectApiName;

/**
 * A wire adapter that emits `{ data: undefined, error: undefined }` first,
 * then the answer to the request of its current configuration, fetched once
 * per key for every wire of the adapter.
 */
function cachedWireAdapter<Config>(requestOf: (config: Config) => Request) {
    const requests = new Map<string, Promise<unknown>>();
    return class {
        private key?: string;

        constructor(private readonly callback: DataCallback) {
            callback({ data: undefined, error: undefined });
        }

        update(config: Config): void {
            const request = requestOf(config);
            this.key = request?.key;
            if (!request) return;
            const { key } = request;
            if (!requests.has(key)) requests.set(key, request.fetch());
            requests.get(key)!.then(
                (data) => {
                    if (this.key === key) this.callback({ data });
                },
                (error: unknown) => {
                    if (this.key === key) this.callback({ error });
                }
            );
        }

        connect(): void {}

        disconnect(): void {}
    };
}

/** The `getObjectInfo` wire adapter. */
export const getObjectInfo = cachedWireAdapter<ObjectInfoConfig>((config) => {
    const apiName = apiNameOf(config.objectApiName);
    return apiName
        ? { key: apiName, fetch: () => getObjectInfoJson(apiName) }
        : undefined;
});

/** The `getPicklistValuesByRecordType` wire adapter: nothing is requested until both the object and the record type are set. */
export const getPicklistValuesByRecordType =
    cachedWireAdapter<PicklistValuesByRecordTypeConfig>((config) => {
        const apiName = apiNameOf(config.objectApiName);
        const { recordTypeId } = config;
        return apiName && recordTypeId
            ? {
                  key: `${apiName}/${recordTypeId}`,
                  fetch: () => getPicklistValuesJson(apiName, recordTypeId)
              }
            : undefined;
    });
