/**
 * Stand-in for `getObjectInfo` of `lightning/uiObjectInfoApi`: the Object
 * Info the preview server builds from the project model (`GET
 * /api/object-info/:apiName`), as the context user may read it. Like the LDS
 * cache, one request per object serves every wire; a failure is emitted as
 * `error`, `FetchResponse`-shaped.
 */
import { getObjectInfoJson } from 'preview/api';

interface ObjectInfoConfig {
    /** An object API name, or `{ objectApiName }` as `@salesforce/schema/Object` imports are. */
    objectApiName?: string | { objectApiName: string };
}

type DataCallback = (result: { data?: unknown; error?: unknown }) => void;

const requests = new Map<string, Promise<unknown>>();

/** The `getObjectInfo` wire adapter. */
export class getObjectInfo {
    private apiName?: string;

    constructor(private readonly callback: DataCallback) {
        callback({ data: undefined, error: undefined });
    }

    update(config: ObjectInfoConfig): void {
        const name = config.objectApiName;
        this.apiName = typeof name === 'string' ? name : name?.objectApiName;
        const apiName = this.apiName;
        if (!apiName) return;
        if (!requests.has(apiName))
            requests.set(apiName, getObjectInfoJson(apiName));
        requests.get(apiName)!.then(
            (data) => {
                if (this.apiName === apiName) this.callback({ data });
            },
            (error: unknown) => {
                if (this.apiName === apiName) this.callback({ error });
            }
        );
    }

    connect(): void {}

    disconnect(): void {}
}
