import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'graphql';
import { buildGraphqlSchema } from './graphqlSchema';
import { loadProject, PROJECT_ROOT } from './project';
import {
    generateQueryTypes,
    PAGE_QUERY_TYPES,
    renderQueryTypes
} from './queryTypes';

const schema = buildGraphqlSchema(loadProject());
const SOURCE = { module: 'probe.ts', constant: 'PROBE', command: 'probe' };

const typesOf = (query: string): string =>
    generateQueryTypes(schema, parse(query), SOURCE);

describe('queryTypes', () => {
    it('types wrappers by their scalar, @optional selections as optional properties', () => {
        const types = typesOf(`query probe($id: ID) {
            uiapi { query { Joint_Metric__c(where: { Id: { eq: $id } }) {
                totalCount
                edges { node {
                    Id
                    Name { value }
                    Actual__c @optional { value displayValue }
                    Shared_With_Customer__c @optional { value }
                    Supplier_Owner__r @optional { Name { value } }
                } }
            } } }
        }`);
        assert.match(types, /declare namespace ProbeQuery \{/);
        assert.match(types, /Joint_Metric__c: \{\n\s+totalCount: number;/);
        assert.match(
            types,
            /edges: \(\{\n\s+node: Joint_Metric__c \| null;\n\s+\} \| null\)\[\] \| null;/
        );
        assert.match(types, /interface Joint_Metric__c \{\n\s+Id: string;/);
        assert.match(types, /\n\s+Name: \{\n\s+value: string \| null;\n/);
        assert.match(
            types,
            /Actual__c\?: \{\n\s+value: number \| null;\n\s+displayValue: string \| null;\n\s+\} \| null;/
        );
        assert.match(
            types,
            /Shared_With_Customer__c\?: \{\n\s+value: boolean \| null;/
        );
        assert.match(
            types,
            /Supplier_Owner__r\?: \{\n(\s+\/\*\*.*\*\/\n)?\s+Name: \{/
        );
    });

    it('refuses what it cannot type instead of guessing', () => {
        assert.throws(
            () =>
                typesOf(
                    '{ uiapi { query { Joint_Metric__c { totalCount } } } }'
                ),
            /The query needs a name to name its types/
        );
        assert.throws(
            () =>
                typesOf(
                    'query withFragment { uiapi { query { Joint_Metric__c { edges { node { ...f } } } } } } fragment f on Joint_Metric__c { Id }'
                ),
            /fragments are not supported/
        );
        assert.throws(
            () =>
                typesOf(
                    'query twice { uiapi { query { a: Joint_Metric__c { edges { node { Id } } } b: Joint_Metric__c { edges { node { Name { value } } } } } } }'
                ),
            /Joint_Metric__c is selected twice with different fields/
        );
    });

    it(`are committed up to date in ${PAGE_QUERY_TYPES.output} (else run \`npm run generate\`)`, async () => {
        const committed = readFileSync(
            path.join(PROJECT_ROOT, PAGE_QUERY_TYPES.output),
            'utf8'
        );
        assert.equal(
            committed,
            await renderQueryTypes(PAGE_QUERY_TYPES),
            `${PAGE_QUERY_TYPES.output} is stale: run \`npm run generate\``
        );
    });
});
