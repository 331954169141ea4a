import {
    ACCOUNT_PLANS_QUERY,
    METRIC_PAGE_SIZE,
    accountPlanVariables,
    toAccountPlans
} from 'c/accountPlanQuery';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
    executeSync,
    getNamedType,
    getNullableType,
    isListType,
    isScalarType,
    parse
} from 'graphql';
import ts from 'typescript';
import { buildGraphqlSchema } from '../../../../../../scripts/lib/graphqlSchema';
import { loadProject } from '../../../../../../scripts/lib/project';

const withPlans = require('./data/accountWithPlans.json');
const withoutPlans = require('./data/accountWithoutPlans.json');
const noPlanAccess = require('./data/noPlanAccess.json');
const hiddenFields = require('./data/accountWithHiddenFields.json');

const LWC = path.resolve(__dirname, '../..');

/**
 * An answer to the query with every selection present: one record in each
 * connection, a value of the right scalar in each leaf.
 */
function completeAnswer(): unknown {
    const sample: Record<string, unknown> = {
        Boolean: true,
        Int: 1,
        Double: 1,
        Currency: 1,
        Percent: 1
    };
    return executeSync({
        schema: buildGraphqlSchema(loadProject()),
        document: parse(String(ACCOUNT_PLANS_QUERY)),
        fieldResolver: (_source, _args, _context, info) => {
            const type = getNullableType(info.returnType);
            if (isListType(type)) return [{}];
            const named = getNamedType(type);
            return isScalarType(named) ? (sample[named.name] ?? 'x') : {};
        }
    }).data;
}

/** The dotted paths of the answer's leaves, list indices left out. */
function leafPaths(value: unknown, at = ''): string[] {
    if (value === null || typeof value !== 'object') return [at];
    return Object.entries(value).flatMap(([key, child]) =>
        leafPaths(child, Array.isArray(value) ? at : `${at}.${key}`)
    );
}

/** `value`, recording into `reads` the path of every property read from it. */
function recorded(value: unknown, reads: Set<string>, at = ''): any {
    if (value === null || typeof value !== 'object') return value;
    return new Proxy(value, {
        get(target, key, receiver) {
            const child = Reflect.get(target, key, receiver);
            if (typeof key !== 'string' || typeof child === 'function') {
                return child;
            }
            const read = Array.isArray(target) ? at : `${at}.${key}`;
            reads.add(read);
            return recorded(child, reads, read);
        }
    });
}

/** Property names the components read: `x.name`, `{ name }`, `'name'` keys, `{x.name}` in templates. */
function namesReadOutside(excluded: string): Set<string> {
    const names = new Set<string>();
    const files = readdirSync(LWC, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|html)$/.test(file))
        .filter((file) => !file.includes('__tests__'))
        .filter((file) => !file.endsWith('.d.ts') && file !== excluded);
    for (const file of files) {
        const text = readFileSync(path.join(LWC, file), 'utf8');
        if (file.endsWith('.html')) {
            for (const [, expression] of text.matchAll(/\{([\w.]+)\}/g)) {
                expression.split('.').forEach((name) => names.add(name));
            }
            continue;
        }
        const visit = (node: ts.Node): void => {
            if (ts.isPropertyAccessExpression(node)) {
                names.add(node.name.text);
            } else if (ts.isBindingElement(node)) {
                names.add((node.propertyName ?? node.name).getText());
            } else if (ts.isStringLiteral(node)) {
                names.add(node.text);
            }
            ts.forEachChild(node, visit);
        };
        visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
    }
    return names;
}

/** The properties of the module's view interfaces (`PlanView`...), each as `View.property`. */
function viewProperties(file: string): string[] {
    const source = ts.createSourceFile(
        file,
        readFileSync(path.join(LWC, file), 'utf8'),
        ts.ScriptTarget.Latest,
        true
    );
    return source.statements
        .filter(ts.isInterfaceDeclaration)
        .filter((declaration) => /View$/.test(declaration.name.text))
        .flatMap((declaration) =>
            declaration.members
                .filter(ts.isPropertySignature)
                .map((member) =>
                    [declaration.name.text, member.name.getText()].join('.')
                )
        );
}

describe('c-account-plan-query', () => {
    describe('query text', () => {
        it('sets every page size through a variable, never the UI API default', () => {
            const text = String(ACCOUNT_PLANS_QUERY);
            for (const connection of [
                'Strategic_Account_Plan__c',
                'Buy_Sell_Levels__r',
                'Executive_Sponsor_Cadences__r',
                'Joint_Metrics__r'
            ]) {
                expect(text).toMatch(
                    new RegExp(`${connection}\\(\\s*first: \\$\\w+Limit`)
                );
            }
        });

        it('selects no field that the mapper does not read', () => {
            const answer = completeAnswer();
            const reads = new Set<string>();
            toAccountPlans(recorded(answer, reads));

            const unread = leafPaths(answer).filter((leaf) => !reads.has(leaf));
            expect(unread).toEqual([]);
        });

        it('maps nothing into a view that no component reads', () => {
            const read = namesReadOutside(
                path.join('accountPlanQuery', 'accountPlanQuery.ts')
            );
            const unshown = viewProperties(
                path.join('accountPlanQuery', 'accountPlanQuery.ts')
            ).filter((property) => !read.has(property.split('.')[1]));
            expect(unshown).toEqual([]);
        });
    });

    describe('accountPlanVariables', () => {
        it('gives equal variables for the same record, so both wires share one request', () => {
            expect(accountPlanVariables('001A')).toEqual(
                accountPlanVariables('001A')
            );
            expect(accountPlanVariables('001A')).toMatchObject({
                recordId: '001A',
                metricLimit: METRIC_PAGE_SIZE
            });
            expect(METRIC_PAGE_SIZE).toBe(200);
        });
    });

    describe('toAccountPlans', () => {
        it('maps plans, children and page information', () => {
            const plans = toAccountPlans(withPlans)!;
            expect(plans.records.map((plan) => plan.name)).toEqual([
                'Northwind Health 2027 Draft',
                'Northwind Health 2026 Strategic Plan'
            ]);
            const active = plans.records[1];
            expect(active).toMatchObject({
                status: 'Active',
                statusLabel: 'Active',
                startDate: '2026-01-01',
                startDateLabel: '1/1/2026',
                importanceToUs: 4.5,
                classification: 'Strategic',
                planHealth: 33.333,
                executiveSponsorName: 'Alex Chen',
                contractualDependency: true,
                operationalDependency: false
            });
            expect(active.buySellLevels.records).toHaveLength(7);
            expect(active.buySellLevels.records[0]).toEqual({
                id: 'a01Hs00000BSL05AAA',
                level: 3,
                perspective: 'Customer',
                horizon: 'Current',
                assessedOnLabel: '9/15/2026',
                customerRespondentId: '003Hs00000DanaWAA1',
                customerRespondentName: 'Dana Whitfield',
                isLatest: true,
                previousLevel: 2,
                movement: 1
            });
            expect(active.sponsorCadences.records[2]).toMatchObject({
                status: 'Overdue',
                daysOverdue: 82,
                customerExecutiveTitle: 'Chief Financial Officer'
            });
            expect(active.jointMetrics.records[0]).toMatchObject({
                name: 'Annual recurring revenue',
                unit: 'Currency',
                progress: 55,
                status: 'At Risk',
                indicatorType: 'Lagging',
                supplierOwnerName: 'Alex Chen',
                customerOwnerName: undefined
            });
            expect(active.jointMetrics).toMatchObject({
                totalCount: 4,
                hasMore: false
            });
        });

        it('leaves fields the UI API omitted (field-level security) undefined', () => {
            const plan = toAccountPlans(hiddenFields)!.records[0];
            expect(plan.vision).toBeUndefined();
            expect(plan.startDateLabel).toBeUndefined();
            expect(plan.classification).toBeUndefined();
            expect(plan.executiveSponsorName).toBeUndefined();
            expect(plan.sponsorCadences.records[0].status).toBeUndefined();
            expect(plan.sponsorCadences.records[0].customerExecutiveName).toBe(
                undefined
            );
            expect(plan.name).toBe('Northwind Health 2026 Strategic Plan');
        });

        it('reports a cut list with its total', () => {
            const data = JSON.parse(JSON.stringify(withPlans));
            const metrics =
                data.uiapi.query.Strategic_Account_Plan__c.edges[1].node
                    .Joint_Metrics__r;
            metrics.totalCount = 245;
            metrics.pageInfo.hasNextPage = true;
            const plan = toAccountPlans(data)!.records[1];
            expect(plan.jointMetrics).toMatchObject({
                totalCount: 245,
                hasMore: true
            });
        });

        it('maps an account without plans to an empty page', () => {
            expect(toAccountPlans(withoutPlans)).toEqual({
                records: [],
                totalCount: 0,
                hasMore: false
            });
        });

        it('returns undefined when no plan connection came back (no access)', () => {
            expect(toAccountPlans(noPlanAccess)).toBeUndefined();
            expect(toAccountPlans(undefined)).toBeUndefined();
        });
    });
});
