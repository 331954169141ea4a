import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadProject } from '../lib/project';
import { hiddenAccess } from './fieldAccess';
import {
    MASTER_RECORD_TYPE_ID,
    picklistValuesByRecordType
} from './objectInfo';
import { startPreviewServer, type PreviewServer } from './server';
import { PreviewStore } from './store';

const project = loadProject();
const TODAY = '2026-11-22';

describe('preview server API', () => {
    let server: PreviewServer;
    let store: PreviewStore;
    let pairId: string;

    before(async () => {
        store = new PreviewStore(
            project,
            [
                {
                    attributes: { type: 'Account', referenceId: 'Acme' },
                    Name: 'Acme',
                    Industry: 'Energy'
                },
                {
                    attributes: {
                        type: 'Strategic_Account_Plan__c',
                        referenceId: 'Plan'
                    },
                    Name: 'Plan',
                    Account__c: '@Acme'
                },
                {
                    attributes: { type: 'Executive_Sponsor_Cadence__c' },
                    Strategic_Account_Plan__c: '@Plan',
                    Cadence__c: 'Quarterly',
                    Active__c: true,
                    Start_Date__c: '2026-01-01'
                }
            ],
            { today: TODAY }
        );
        pairId = store.list('Executive_Sponsor_Cadence__c')[0].Id;
        server = await startPreviewServer({ project, store, port: 0 });
    });
    after(() => server.close());

    const call = async (
        method: string,
        path: string,
        body?: unknown,
        url = server.url
    ) => {
        const response = await fetch(url + path, {
            method,
            headers: { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        return { status: response.status, body: await response.json() };
    };

    /** Runs `check` against a second server, on the same store, whose user may not read the `hidden` objects and fields. */
    const asUserWithout = async (
        hidden: string[],
        check: (url: string) => Promise<void>
    ) => {
        const restricted = await startPreviewServer({
            project,
            store,
            port: 0,
            fieldAccess: hiddenAccess(project, hidden)
        });
        try {
            await check(restricted.url);
        } finally {
            await restricted.close();
        }
    };

    it('executes GraphQL and counts the requests', async () => {
        const before = server.graphqlRequests();
        const { status, body } = await call('POST', '/api/graphql', {
            query: 'query { uiapi { query { Account { edges { node { Name { value } Industry { value displayValue } } } } } } }'
        });
        assert.equal(status, 200);
        assert.deepEqual(body.data.uiapi.query.Account.edges[0].node, {
            Name: { value: 'Acme' },
            Industry: { value: 'Energy', displayValue: 'Energy' }
        });
        assert.equal(server.graphqlRequests(), before + 1);
    });

    it('answers as the user of its field access: an @optional field the user may not read is left out', () =>
        asUserWithout(['Account.Industry'], async (url) => {
            const { body } = await call(
                'POST',
                '/api/graphql',
                {
                    query: 'query { uiapi { query { Account { edges { node { Name { value } Industry @optional { value } } } } } } }'
                },
                url
            );
            assert.deepEqual(body.data.uiapi.query.Account.edges[0].node, {
                Name: { value: 'Acme' }
            });
        }));

    it('reads a record for getRecord with only the requested fields, as the store holds them now', async () => {
        const accountId = store.list('Account')[0].Id;
        const path = `/api/records/${accountId}?fields=Account.Description,Account.LastModifiedDate`;
        const read = await call('GET', path);
        assert.equal(read.status, 200);
        const stored = store.get(accountId)!;
        assert.deepEqual(read.body, {
            apiName: 'Account',
            id: accountId,
            lastModifiedDate: stored.LastModifiedDate,
            systemModstamp: stored.SystemModstamp,
            fields: {
                Description: { value: null, displayValue: null },
                LastModifiedDate: {
                    value: stored.LastModifiedDate,
                    displayValue: null
                }
            }
        });
        const saved = await call('PATCH', `/api/records/${accountId}`, {
            fields: { Description: 'Key account' }
        });
        assert.equal(saved.status, 200);
        const again = await call('GET', path);
        assert.notEqual(
            again.body.lastModifiedDate,
            read.body.lastModifiedDate
        );
        assert.equal(again.body.lastModifiedDate, saved.body.lastModifiedDate);
        assert.deepEqual(again.body.fields, {
            Description: { value: 'Key account', displayValue: null },
            LastModifiedDate: {
                value: saved.body.lastModifiedDate,
                displayValue: null
            }
        });
    });

    it('answers a read of an unknown record with 404 and refuses fields that are not the record’s own with 400 INVALID_FIELD', async () => {
        const unknown = await call(
            'GET',
            '/api/records/a00000000000000AAA?fields=Account.Name'
        );
        assert.equal(unknown.status, 404);
        assert.equal(unknown.body[0].errorCode, 'NOT_FOUND');
        const accountId = store.list('Account')[0].Id;
        for (const fields of [
            'Account.Nope__c',
            'Contact.Name',
            'Name',
            'Account.Owner.Name',
            ''
        ]) {
            const { status, body } = await call(
                'GET',
                `/api/records/${accountId}?fields=${fields}`
            );
            assert.equal(status, 400, fields);
            assert.equal(
                body[0].errorCode,
                fields ? 'INVALID_FIELD' : 'BAD_REQUEST',
                fields
            );
        }
    });

    it('refuses a read of a field the user may not read instead of leaving it out', () =>
        asUserWithout(['Account.Industry'], async (url) => {
            const accountId = store.list('Account')[0].Id;
            const read = (fields: string) =>
                call(
                    'GET',
                    `/api/records/${accountId}?fields=${fields}`,
                    undefined,
                    url
                );
            const refused = await read('Account.Name,Account.Industry');
            assert.equal(refused.status, 400);
            assert.equal(refused.body[0].errorCode, 'INVALID_FIELD');
            const allowed = await read('Account.Name');
            assert.equal(allowed.status, 200);
            assert.deepEqual(Object.keys(allowed.body.fields), ['Name']);
        }));

    it('updates a record and refuses a stale ifUnmodifiedSince with a 412 that reduceErrors can read', async () => {
        const read = store.get(pairId)!;
        const saved = await call('PATCH', `/api/records/${pairId}`, {
            fields: { Last_Touch_Date__c: TODAY },
            ifUnmodifiedSince: read.LastModifiedDate
        });
        assert.equal(saved.status, 200);
        assert.equal(saved.body.fields.Cadence_Status__c.value, 'On Track');
        const stale = await call('PATCH', `/api/records/${pairId}`, {
            fields: { Active__c: false },
            ifUnmodifiedSince: read.LastModifiedDate
        });
        assert.equal(stale.status, 412);
        assert.equal(
            stale.body.output.errors[0].errorCode,
            'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE'
        );
        assert.equal(store.get(pairId)!.Active__c, true);
    });

    it('simulates a concurrent edit through the test endpoint', async () => {
        const read = store.get(pairId)!;
        assert.equal(
            (await call('POST', `/api/test/touch/${pairId}`)).status,
            200
        );
        const refused = await call('PATCH', `/api/records/${pairId}`, {
            fields: { Active__c: false },
            ifUnmodifiedSince: read.LastModifiedDate
        });
        assert.equal(refused.status, 412);
    });

    it('reports validation rules as field errors', async () => {
        const { status, body } = await call('PATCH', `/api/records/${pairId}`, {
            fields: { Last_Touch_Date__c: '2030-01-01' }
        });
        assert.equal(status, 400);
        assert.equal(
            body.output.fieldErrors.Last_Touch_Date__c[0].errorCode,
            'FIELD_CUSTOM_VALIDATION_EXCEPTION'
        );
    });

    // A request the API cannot read is refused with 400 and the UI API's
    // Error Message list (https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_error_message.htm),
    // never a 500 and never ignored.
    it('answers 400 with [{ errorCode, message }] to a wrong value type, an unknown field and an unreadable ifUnmodifiedSince', async () => {
        const read = store.get(pairId)!;
        const refusals = [
            { fields: { Active__c: 'yes' } },
            { fields: { Cadence__c: ['Monthly'] } },
            { fields: { Nope__c: true } },
            { fields: 'Active__c' },
            { fields: { Active__c: false }, ifUnmodifiedSince: 'yesterday' },
            { fields: { Active__c: false }, ifUnmodifiedSince: 1 },
            { fields: { Active__c: false }, ifUnmodifiedSince: '2026-13-45' }
        ];
        for (const request of refusals) {
            const { status, body } = await call(
                'PATCH',
                `/api/records/${pairId}`,
                request
            );
            assert.equal(status, 400, JSON.stringify(request));
            assert.ok(Array.isArray(body), JSON.stringify(body));
            assert.deepEqual(Object.keys(body[0]).sort(), [
                'errorCode',
                'message'
            ]);
            assert.match(
                body[0].errorCode,
                /^(JSON_PARSER_ERROR|INVALID_FIELD)$/
            );
        }
        assert.equal(
            store.get(pairId)!.LastModifiedDate,
            read.LastModifiedDate,
            'nothing was written'
        );
        const unreadable = await call('POST', '/api/records', {
            apiName: 'Task',
            fields: { WhatId: pairId, Subject: { text: 'Touch' } }
        });
        assert.equal(unreadable.status, 400);
        assert.equal(unreadable.body[0].errorCode, 'JSON_PARSER_ERROR');
    });

    it('answers a number beyond the field’s precision as a field error of the record', async () => {
        const metric = store.create('Joint_Metric__c', {
            Name: 'Revenue',
            Strategic_Account_Plan__c: store.list(
                'Strategic_Account_Plan__c'
            )[0].Id,
            Baseline__c: 0,
            Target__c: 100
        });
        const { status, body } = await fetch(
            `${server.url}/api/records/${metric.Id}`,
            {
                method: 'PATCH',
                headers: { 'Content-Type': 'application/json' },
                // JSON text, so 1e309 arrives as the number it spells (Infinity in JavaScript).
                body: '{"fields":{"Actual__c":1e309}}'
            }
        ).then(async (response) => ({
            status: response.status,
            body: await response.json()
        }));
        assert.equal(status, 400);
        assert.equal(
            body.output.fieldErrors.Actual__c[0].errorCode,
            'NUMBER_OUTSIDE_VALID_RANGE'
        );
        assert.equal(store.get(metric.Id)!.Actual__c, undefined);
    });

    it('accepts ifUnmodifiedSince as ISO 8601 and as an HTTP-date', async () => {
        for (const since of [
            new Date(Date.now() + 60_000).toISOString(),
            new Date(Date.now() + 60_000).toUTCString()
        ]) {
            const { status } = await call('PATCH', `/api/records/${pairId}`, {
                fields: { Active__c: true },
                ifUnmodifiedSince: since
            });
            assert.equal(status, 200, since);
        }
    });

    it('serves the Object Info of getObjectInfo from the project model, 404 for an unknown object', async () => {
        const { status, body } = await call(
            'GET',
            '/api/object-info/Joint_Metric__c'
        );
        assert.equal(status, 200);
        assert.deepEqual(
            [body.fields.Actual__c.precision, body.fields.Actual__c.scale],
            [16, 2]
        );
        const unknown = await call('GET', '/api/object-info/Nope__c');
        assert.equal(unknown.status, 404);
        assert.equal(unknown.body[0].errorCode, 'NOT_FOUND');
    });

    it('serves the picklist values of getPicklistValuesByRecordType from the project model, 404 for an unknown record type or object', async () => {
        const { status, body } = await call(
            'GET',
            `/api/object-info/Plan_Risk__c/picklist-values/${MASTER_RECORD_TYPE_ID}`
        );
        assert.equal(status, 200);
        assert.deepEqual(
            body,
            picklistValuesByRecordType(
                project.getObject('Plan_Risk__c')!,
                MASTER_RECORD_TYPE_ID
            )
        );
        for (const path of [
            '/api/object-info/Plan_Risk__c/picklist-values/012000000000001AAA',
            `/api/object-info/Nope__c/picklist-values/${MASTER_RECORD_TYPE_ID}`
        ]) {
            const unknown = await call('GET', path);
            assert.equal(unknown.status, 404, path);
            assert.equal(unknown.body[0].errorCode, 'NOT_FOUND', path);
        }
    });

    it('answers 403 for the Object Info and picklist values of an object the user may not read', () =>
        asUserWithout(['Plan_Risk__c'], async (url) => {
            for (const path of [
                '/api/object-info/Plan_Risk__c',
                `/api/object-info/Plan_Risk__c/picklist-values/${MASTER_RECORD_TYPE_ID}`
            ]) {
                const { status, body } = await call(
                    'GET',
                    path,
                    undefined,
                    url
                );
                assert.equal(status, 403, path);
                assert.equal(body[0].errorCode, 'INSUFFICIENT_ACCESS', path);
            }
        }));

    it('creates the Task of a touch', async () => {
        const { status, body } = await call('POST', '/api/records', {
            apiName: 'Task',
            fields: { WhatId: pairId, Subject: 'Touch' }
        });
        assert.equal(status, 201);
        assert.equal(body.apiName, 'Task');
        assert.equal(store.get(body.id)!.WhatId, pairId);
    });

    it('creates a record with the default values of the fields the request leaves out (createRecord)', async () => {
        const { status, body } = await call('POST', '/api/records', {
            apiName: 'Executive_Sponsor_Cadence__c',
            fields: {
                Strategic_Account_Plan__c:
                    store.get(pairId)!.Strategic_Account_Plan__c,
                Cadence__c: 'Monthly'
            }
        });
        assert.equal(status, 201);
        assert.equal(body.fields.Active__c.value, true);
        assert.equal(body.fields.Start_Date__c.value, TODAY);
        assert.equal(body.fields.Cadence__c.value, 'Monthly');
    });

    it('deletes a record with a bodiless 200, then answers 404 for it', async () => {
        const { body } = await call('POST', '/api/records', {
            apiName: 'Task',
            fields: { WhatId: pairId, Subject: 'Touch to delete' }
        });
        const deleted = await fetch(`${server.url}/api/records/${body.id}`, {
            method: 'DELETE'
        });
        assert.equal(deleted.status, 200);
        assert.equal(await deleted.text(), '');
        assert.equal(store.get(body.id), undefined);
        const again = await call('DELETE', `/api/records/${body.id}`);
        assert.equal(again.status, 404);
        assert.equal(again.body.output.errors[0].errorCode, 'NOT_FOUND');
    });

    it('serves the page and SLDS, and nothing outside its folders', async () => {
        const page = await fetch(`${server.url}/`);
        assert.match(await page.text(), /<div id="root">/);
        assert.equal(
            (
                await fetch(
                    `${server.url}/assets/styles/salesforce-lightning-design-system.min.css`
                )
            ).status,
            200
        );
        assert.equal(
            (
                await fetch(
                    `${server.url}/assets/..%2F..%2F..%2F..%2Fpackage.json`
                )
            ).status,
            404
        );
    });
});
