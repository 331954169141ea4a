/**
 * `npm run bench`: renders a generated large plan (200 metrics, 100 Buy-Sell
 * assessments, 50 sponsor pairs, 20 objectives of 4 actions, 15 open risks,
 * 12 reviews) in headless Chromium and prints JSON figures:
 *
 * - the median time from data arrival (the GraphQL response parsed in the
 *   page) to the last DOM change of the rendered scorecard and plan;
 * - the same for a plain `lightning-datatable` of the same metric rows
 *   (`?view=datatable`), and the ratio of the two;
 * - GraphQL requests per page load, and the size of the query's JSON response
 *   with its share per child list of the plan, and without the lists added
 *   since the baseline (which compares like for like with it);
 * - the size of the package's compiled component code.
 *
 * "Rendered" is the last DOM mutation before the page stays quiet for
 * {@link QUIET_MS}, once the last metric is on the page. `BENCH_RUNS` sets the
 * page loads per variant (default 7).
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { startPreview, type RunningPreview } from '../preview/serve';
import { chromiumVersion, launchChromium } from '../preview/chromium';
import { compiledComponentSize } from './componentSize';
import {
    LARGE_PLAN_ACCOUNT_NAME,
    LARGE_PLAN_SIZE,
    largePlanRecords
} from './largePlan';
import { localToday } from '../lib/localToday';
import {
    bytesComparableWithBaseline,
    responseBytesByList
} from './responseSize';

const QUIET_MS = 750;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/**
 * What marks each variant's rows as on the page. The datatable renders every
 * row, so its last metric; the scorecard renders each group's first rows and
 * a Show all button, so its first metric (the quiet period then waits for
 * the rest of the render).
 */
const MARKER = {
    components: 'Metric 001',
    datatable: `Metric ${String(LARGE_PLAN_SIZE.metrics).padStart(3, '0')}`
};

/** Records the time of every DOM change; runs before the page's own scripts. */
const OBSERVE_MUTATIONS = `
    window.__bench = { lastMutationAt: 0 };
    new MutationObserver(() => { window.__bench.lastMutationAt = performance.now(); })
        .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

interface Measurement {
    renderMs: number;
    graphqlRequests: number;
    /** Bytes of the page's GraphQL response bodies. */
    responseBytes: number;
    /** Where those bytes go, per child list of the plans. */
    responseBytesByList: Record<string, number>;
}

async function measure(
    page: Page,
    url: string,
    marker: string
): Promise<Measurement> {
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
        if (response.url().endsWith('/api/graphql'))
            bodies.push(response.body());
    });
    await page.goto(url);
    await page.waitForFunction(
        ({ marker, quietMs }) => {
            const stats = (
                window as unknown as {
                    __preview?: { lastGraphqlResponseAt?: number };
                }
            ).__preview;
            const bench = (
                window as unknown as { __bench: { lastMutationAt: number } }
            ).__bench;
            if (
                !stats?.lastGraphqlResponseAt ||
                performance.now() - bench.lastMutationAt < quietMs
            )
                return false;
            // A TreeWalker sees through synthetic shadow roots, which patch the query APIs.
            const walker = document.createTreeWalker(
                document.body,
                NodeFilter.SHOW_TEXT
            );
            while (walker.nextNode())
                if (walker.currentNode.nodeValue?.includes(marker)) return true;
            return false;
        },
        { marker, quietMs: QUIET_MS },
        { polling: 100, timeout: 120_000 }
    );
    const received = await Promise.all(bodies);
    const responseBytes = received.reduce((sum, body) => sum + body.length, 0);
    const byList: Record<string, number> = {};
    for (const body of received)
        for (const [list, size] of Object.entries(
            responseBytesByList(body.toString('utf8'))
        ))
            byList[list] = (byList[list] ?? 0) + size;
    const timing = await page.evaluate(() => {
        const stats = (
            window as unknown as {
                __preview: {
                    lastGraphqlResponseAt: number;
                    graphqlRequests: number;
                };
            }
        ).__preview;
        const bench = (
            window as unknown as { __bench: { lastMutationAt: number } }
        ).__bench;
        return {
            renderMs: bench.lastMutationAt - stats.lastGraphqlResponseAt,
            graphqlRequests: stats.graphqlRequests
        };
    });
    return { ...timing, responseBytes, responseBytesByList: byList };
}

const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
        ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value: number): number => Math.round(value * 10) / 10;
const summary = (values: number[]) => ({
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values))
});

async function run(): Promise<void> {
    const today = localToday();
    const preview: RunningPreview = await startPreview({
        port: 0,
        quiet: true,
        seed: largePlanRecords(today),
        today
    });
    const browser = await launchChromium();
    try {
        const account = preview.store
            .list('Account')
            .find((record) => record.Name === LARGE_PLAN_ACCOUNT_NAME)!;
        // Derive the formulas and roll-ups once, so no page load waits for them.
        preview.store.list('Strategic_Account_Plan__c');
        const pageUrl = `${preview.url}/?recordId=${encodeURIComponent(account.Id)}`;
        const results = {
            components: [] as Measurement[],
            datatable: [] as Measurement[]
        };
        // One warm-up load, then alternate the variants so drift on a shared machine hits both alike.
        for (let index = -1; index < RUNS; index++) {
            for (const variant of ['components', 'datatable'] as const) {
                const page = await browser.context.newPage();
                await page.addInitScript(OBSERVE_MUTATIONS);
                const measurement = await measure(
                    page,
                    variant === 'datatable'
                        ? `${pageUrl}&view=datatable`
                        : pageUrl,
                    MARKER[variant]
                );
                if (index >= 0) results[variant].push(measurement);
                await page.close();
            }
        }
        const components = summary(
            results.components.map((result) => result.renderMs)
        );
        const datatable = summary(
            results.datatable.map((result) => result.renderMs)
        );
        const last = results.components.at(-1)!;
        const figures = {
            plan: LARGE_PLAN_SIZE,
            runsPerVariant: RUNS,
            dataToRenderedMs: {
                scorecardAndPlan: components,
                plainDatatable: datatable
            },
            ratioToDatatable:
                Math.round((components.median / datatable.median) * 100) / 100,
            graphqlRequestsPerPageLoad: Math.max(
                ...results.components.map((result) => result.graphqlRequests)
            ),
            graphqlResponseBytes: last.responseBytes,
            graphqlResponseBytesComparableWithBaseline:
                bytesComparableWithBaseline(
                    last.responseBytes,
                    last.responseBytesByList
                ),
            graphqlResponseBytesByList: last.responseBytesByList,
            compiledComponentCode: compiledComponentSize(),
            environment: {
                chromium: chromiumVersion(),
                node: process.version,
                cpus: os.cpus().length,
                date: today
            }
        };
        console.log(JSON.stringify(figures, null, 4));
    } finally {
        await browser.close();
        await preview.close();
    }
}

run().catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
});
