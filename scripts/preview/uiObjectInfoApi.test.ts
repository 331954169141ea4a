/**
 * The `lightning/uiObjectInfoApi` stand-in against a running preview server
 * (standInHarness.ts): `getObjectInfo` and `getPicklistValuesByRecordType`,
 * one request per object (and record type) for every wire.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadProject } from '../lib/project';
import {
    MASTER_RECORD_TYPE_ID,
    objectInfo,
    picklistValuesByRecordType,
    type ObjectInfo,
    type PicklistValuesCollection
} from './objectInfo';
import { startPreviewServer, type PreviewServer } from './server';
import {
    connectWire,
    fetchFrom,
    importStandIn,
    type WireAdapter
} from './standInHarness';
import { PreviewStore } from './store';

type ObjectApiName = string | { objectApiName: string };

interface WireResult<T> {
    data?: T;
    error?: { status: number };
}

/** What the tests use of the bundled stand-in. */
interface StandIn {
    getObjectInfo: WireAdapter<
        { objectApiName?: ObjectApiName },
        WireResult<ObjectInfo>
    >;
    getPicklistValuesByRecordType: WireAdapter<
        { objectApiName?: ObjectApiName; recordTypeId?: string },
        WireResult<PicklistValuesCollection>
    >;
}

const project = loadProject();
const REVIEW = { objectApiName: 'Account_Review__c' };

describe('lightning/uiObjectInfoApi stand-in', () => {
    let server: PreviewServer;
    let api: StandIn;
    let requests: ReturnType<typeof fetchFrom>;

    before(async () => {
        server = await startPreviewServer({
            project,
            store: new PreviewStore(project, []),
            port: 0
        });
        requests = fetchFrom(server);
        api = await importStandIn<StandIn>('uiObjectInfoApi');
    });
    after(async () => {
        requests.restore();
        await server.close();
    });

    it('reads the picklist values of the Object Info’s default record type, one request for every wire of the same object and record type', async () => {
        const info = connectWire(api.getObjectInfo, { objectApiName: REVIEW });
        const values = connectWire(api.getPicklistValuesByRecordType, {
            objectApiName: REVIEW
        });
        await requests.idle();
        assert.deepEqual(values.results, [
            { data: undefined, error: undefined }
        ]);
        assert.deepEqual(
            info.last().data,
            objectInfo(project.getObject('Account_Review__c')!)
        );
        const sent = requests.sent();
        const recordTypeId = info.last().data!.defaultRecordTypeId;
        values.adapter.update({ objectApiName: REVIEW, recordTypeId });
        const byName = connectWire(api.getPicklistValuesByRecordType, {
            objectApiName: 'Account_Review__c',
            recordTypeId
        });
        await requests.idle();
        assert.equal(requests.sent(), sent + 1);
        const expected = picklistValuesByRecordType(
            project.getObject('Account_Review__c')!,
            MASTER_RECORD_TYPE_ID
        );
        assert.deepEqual(values.last(), { data: expected });
        assert.deepEqual(byName.last(), { data: expected });
        for (const wire of [info, values, byName]) wire.adapter.disconnect();
    });

    it('requests nothing without a record type, and emits the FetchResponse of a failed read as error', async () => {
        const sent = requests.sent();
        const wire = connectWire(api.getPicklistValuesByRecordType, {
            recordTypeId: MASTER_RECORD_TYPE_ID
        });
        await requests.idle();
        assert.equal(requests.sent(), sent);
        wire.adapter.update({
            objectApiName: 'Plan_Risk__c',
            recordTypeId: '012000000000001AAA'
        });
        await requests.idle();
        assert.equal(wire.last().data, undefined);
        assert.equal(wire.last().error!.status, 404);
        wire.adapter.disconnect();
    });
});
