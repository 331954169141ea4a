/**
 * The `lightning/uiRecordApi` stand-in against a running preview server
 * (standInHarness.ts): the `getRecord` wire and how writes keep it current.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadProject } from '../lib/project';
import { startPreviewServer, type PreviewServer } from './server';
import {
    connectWire,
    fetchFrom,
    importStandIn,
    type WireAdapter
} from './standInHarness';
import { PreviewStore } from './store';

interface WireResult {
    data?: {
        id: string;
        lastModifiedDate?: string;
        fields: Record<string, { value: unknown }>;
    };
    error?: { status: number };
}

/** What the tests use of the bundled stand-in (its `preview/api` import keeps its own type out of this project). */
interface StandIn {
    getRecord: WireAdapter<
        { recordId?: string; fields?: unknown[] },
        WireResult
    >;
    updateRecord(recordInput: {
        fields: Record<string, unknown>;
    }): Promise<{ lastModifiedDate?: string }>;
    notifyRecordUpdateAvailable(
        recordIds: { recordId: string }[]
    ): Promise<void>;
}

const project = loadProject();
const DESCRIPTION = { objectApiName: 'Account', fieldApiName: 'Description' };

describe('lightning/uiRecordApi stand-in', () => {
    let server: PreviewServer;
    let store: PreviewStore;
    let api: StandIn;
    let acmeId: string;
    let globexId: string;
    let requests: ReturnType<typeof fetchFrom>;

    before(async () => {
        store = new PreviewStore(project, [
            { attributes: { type: 'Account' }, Name: 'Acme' },
            { attributes: { type: 'Account' }, Name: 'Globex' }
        ]);
        [acmeId, globexId] = store.list('Account').map((account) => account.Id);
        server = await startPreviewServer({ project, store, port: 0 });
        requests = fetchFrom(server);
        api = await importStandIn<StandIn>('uiRecordApi');
    });
    after(async () => {
        requests.restore();
        await server.close();
    });

    const wire = (config: { recordId?: string; fields?: unknown[] }) =>
        connectWire(api.getRecord, config);
    const idle = () => requests.idle();

    it('emits the requested fields of the record, nothing without a record id, and empties when the id goes away', async () => {
        const none = wire({ fields: [DESCRIPTION] });
        const acme = wire({
            recordId: acmeId,
            fields: [DESCRIPTION, 'Account.LastModifiedDate']
        });
        await idle();
        assert.deepEqual(none.results, [{ data: undefined, error: undefined }]);
        assert.equal(acme.results.length, 2);
        assert.equal(acme.last().error, undefined);
        assert.deepEqual(Object.keys(acme.last().data!.fields), [
            'Description',
            'LastModifiedDate'
        ]);
        assert.equal(
            acme.last().data!.lastModifiedDate,
            store.get(acmeId)!.LastModifiedDate
        );
        acme.adapter.update({ fields: [DESCRIPTION] });
        assert.deepEqual(acme.last(), { data: undefined, error: undefined });
        acme.adapter.disconnect();
        none.adapter.disconnect();
    });

    it('emits the FetchResponse of a failed read as error', async () => {
        const unknown = wire({
            recordId: '001000000000000AAA',
            fields: [DESCRIPTION]
        });
        await idle();
        assert.equal(unknown.last().data, undefined);
        assert.equal(unknown.last().error!.status, 404);
        unknown.adapter.disconnect();
    });

    it('drops a late answer for a record no longer configured or a wire disconnected', async () => {
        const switched = wire({ recordId: acmeId, fields: [DESCRIPTION] });
        switched.adapter.update({
            recordId: globexId,
            fields: [DESCRIPTION]
        });
        const gone = wire({ recordId: acmeId, fields: [DESCRIPTION] });
        gone.adapter.disconnect();
        await idle();
        assert.deepEqual(
            switched.results.slice(1).map((result) => result.data?.id),
            [globexId]
        );
        assert.equal(gone.results.length, 1);
        switched.adapter.disconnect();
    });

    it('gives the record’s wires the saved record before updateRecord resolves, and leaves disconnected wires alone', async () => {
        const open = wire({ recordId: acmeId, fields: [DESCRIPTION] });
        const closed = wire({ recordId: acmeId, fields: [DESCRIPTION] });
        await idle();
        closed.adapter.disconnect();
        const emitted = closed.results.length;
        const saved = await api.updateRecord({
            fields: { Id: acmeId, Description: 'Key account' }
        });
        assert.equal(
            open.last().data!.lastModifiedDate,
            saved.lastModifiedDate
        );
        assert.equal(open.last().data!.fields.Description.value, 'Key account');
        assert.equal(closed.results.length, emitted);
        open.adapter.disconnect();
    });

    it('refetches the wires of notifyRecordUpdateAvailable’s records before resolving, and resolves without wires', async () => {
        await api.notifyRecordUpdateAvailable([{ recordId: acmeId }]);
        const acme = wire({ recordId: acmeId, fields: [DESCRIPTION] });
        const globex = wire({ recordId: globexId, fields: [DESCRIPTION] });
        await idle();
        const globexEmitted = globex.results.length;
        const touched = store.touch(acmeId);
        await api.notifyRecordUpdateAvailable([{ recordId: acmeId }]);
        assert.equal(
            acme.last().data!.lastModifiedDate,
            touched.LastModifiedDate
        );
        assert.equal(globex.results.length, globexEmitted);
        acme.adapter.disconnect();
        globex.adapter.disconnect();
    });
});
