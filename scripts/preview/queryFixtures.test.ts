/**
 * The components' Jest fixtures are answers the UI API could give to the
 * page's query: executed over a fixture with the schema's default resolvers,
 * the query gives the fixture back. So a fixture holds no field the query
 * does not select and no raw value where the query reads a `{ value }`
 * wrapper, and a fixture of an older query shape fails. A field a fixture
 * leaves out (field-level security) comes back null.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { executeSync, parse } from 'graphql';
import { buildGraphqlSchema } from '../lib/graphqlSchema';
import { loadProject, PROJECT_ROOT } from '../lib/project';
import { readComponentSource } from '../verify/components';

const LWC = path.join(PROJECT_ROOT, 'force-app/main/default/lwc');
const schema = buildGraphqlSchema(loadProject());
const [query] = readComponentSource(
    path.join(LWC, 'accountPlanQuery/accountPlanQuery.ts')
).queries;

/** Every `__tests__/data/*.json` that is a query response (not an error or a write). */
function responseFixtures(): string[] {
    return readdirSync(LWC, { recursive: true, encoding: 'utf8' })
        .filter((file) => /__tests__[/\\]data[/\\][^/\\]+\.json$/.test(file))
        .filter((file) => 'uiapi' in readJson(file));
}

function readJson(file: string): Record<string, unknown> {
    return JSON.parse(readFileSync(path.join(LWC, file), 'utf8'));
}

/** `actual` is `expected`, except that keys `expected` leaves out are null in `actual`. */
function assertAnswers(actual: unknown, expected: unknown, at: string): void {
    if (expected === null || typeof expected !== 'object') {
        assert.equal(actual, expected, at);
        return;
    }
    assert.equal(typeof actual, 'object', at);
    assert.notEqual(actual, null, at);
    const answer = actual as Record<string, unknown>;
    const fixture = expected as Record<string, unknown>;
    for (const key of Object.keys(fixture))
        assert.ok(key in answer, `${at}.${key}: the query does not select it`);
    for (const [key, value] of Object.entries(answer)) {
        if (key in fixture) assertAnswers(value, fixture[key], `${at}.${key}`);
        else assert.equal(value, null, `${at}.${key} is left out`);
    }
}

describe('Jest fixtures of the page query', () => {
    const fixtures = responseFixtures();

    it('are found', () => {
        assert.ok(fixtures.length >= 9, fixtures.join('\n'));
    });

    for (const file of fixtures)
        it(`${file} is an answer to ACCOUNT_PLANS_QUERY`, () => {
            const fixture = readJson(file);
            const result = executeSync({
                schema,
                document: parse(query.text!),
                rootValue: fixture,
                variableValues: { recordId: '001000000000000AAA' }
            });
            assert.equal(result.errors, undefined, String(result.errors));
            // graphql-js answers with null-prototype objects.
            assertAnswers(
                JSON.parse(JSON.stringify(result.data)),
                fixture,
                'data'
            );
        });
});
