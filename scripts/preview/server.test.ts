import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadProject } from '../lib/project';
import { hiddenAccess } from './fieldAccess';
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

    const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(server.url + path, {
            method,
            headers: { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        return { status: response.status, body: await response.json() };
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

    it('answers as the user of its field access: an @optional field the user may not read is left out', async () => {
        const restricted = await startPreviewServer({
            project,
            store,
            port: 0,
            fieldAccess: hiddenAccess(project, ['Account.Industry'])
        });
        try {
            const response = await fetch(`${restricted.url}/api/graphql`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({
                    query: 'query { uiapi { query { Account { edges { node { Name { value } Industry @optional { value } } } } } } }'
                })
            });
            const { data } = await response.json();
            assert.deepEqual(data.uiapi.query.Account.edges[0].node, {
                Name: { value: 'Acme' }
            });
        } finally {
            await restricted.close();
        }
    });

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

    it('creates the Task of a touch', async () => {
        const { status, body } = await call('POST', '/api/records', {
            apiName: 'Task',
            fields: { WhatId: pairId, Subject: 'Touch' }
        });
        assert.equal(status, 201);
        assert.equal(body.apiName, 'Task');
        assert.equal(store.get(body.id)!.WhatId, pairId);
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
