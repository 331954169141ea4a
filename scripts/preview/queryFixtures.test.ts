/**
 * The components' Jest fixtures are one set, `accountPlanQuery/__tests__/data`,
 * of answers the UI API could give to the page's query (every component test
 * reads its responses there; a query answer anywhere else fails). Executed
 * over a fixture with the schema's default resolvers,
 * the query gives the fixture back. So a fixture holds no field the query
 * does not select and no raw value where the query reads a `{ value }`
 * wrapper, and a fixture of an older query shape fails. A fixture may leave
 * out only what the UI API leaves out: an `@optional` selection the user may
 * not read (field-level security, see `fieldAccess.ts`); without `@optional`
 * the whole query would have failed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { executeSync, parse, visit } from 'graphql';
import { buildGraphqlSchema } from '../lib/graphqlSchema';
import { loadProject, PROJECT_ROOT } from '../lib/project';
import { readComponentSource } from '../verify/components';
import { isOptional, responsePath } from './fieldAccess';

const LWC = path.join(PROJECT_ROOT, 'force-app/main/default/lwc');
/** Where the one fixture set lives, relative to `LWC`. */
const FIXTURES = path.join('accountPlanQuery', '__tests__', 'data');
const schema = buildGraphqlSchema(loadProject());
const [query] = readComponentSource(
    path.join(LWC, 'accountPlanQuery/accountPlanQuery.ts')
).queries;
const document = parse(query.text!);

/** The response paths (`data.uiapi.query.Obj.edges.node.Field__c`) of the `@optional` selections. */
function optionalPaths(): Set<string> {
    const paths = new Set<string>();
    visit(document, {
        Field(node, _key, _parent, _path, ancestors) {
            if (isOptional(node))
                paths.add(['data', ...responsePath(ancestors, node)].join('.'));
        }
    });
    return paths;
}
const OPTIONAL = optionalPaths();

/** Every `__tests__/data/*.json` that is a query response (not an error or a write). */
function responseFixtures(): string[] {
    return readdirSync(LWC, { recursive: true, encoding: 'utf8' })
        .filter((file) => /__tests__[/\\]data[/\\][^/\\]+\.json$/.test(file))
        .filter((file) => 'uiapi' in readJson(file));
}

function readJson(file: string): Record<string, unknown> {
    return JSON.parse(readFileSync(path.join(LWC, file), 'utf8'));
}

/** `actual` is `expected`, except that keys `expected` leaves out, all `@optional`, are null in `actual`. */
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
        else {
            const selection = `${at}.${key}`.replace(/\.\d+(?=\.|$)/g, '');
            assert.ok(
                OPTIONAL.has(selection),
                `${at}.${key} is left out, but only an @optional field may be`
            );
            assert.equal(value, null, `${at}.${key} is left out`);
        }
    }
}

describe('Jest fixtures of the page query', () => {
    const fixtures = responseFixtures();

    it('are found', () => {
        assert.ok(fixtures.length >= 6, fixtures.join('\n'));
    });

    it(`are one set, in ${FIXTURES}`, () => {
        assert.deepEqual(
            fixtures.filter((file) => path.dirname(file) !== FIXTURES),
            []
        );
    });

    for (const file of fixtures)
        it(`${file} is an answer to ACCOUNT_PLANS_QUERY`, () => {
            const fixture = readJson(file);
            const result = executeSync({
                schema,
                document,
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
