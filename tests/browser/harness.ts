/**
 * Helpers of the browser tests: Chromium (shared with the benchmark), console
 * error collection, screenshots kept under artifacts/, and text polling.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PROJECT_ROOT, type ProjectModel } from '../../scripts/lib/project';
import { launchChromium, type Browser } from '../../scripts/preview/chromium';
import { startPreview, type RunningPreview } from '../../scripts/preview/serve';
import type { PreviewStore, StoredRecord } from '../../scripts/preview/store';

export { launchChromium, type Browser };

/** The preview and Chromium of one test file: started before its tests, closed after them. */
export interface PreviewSession {
    readonly store: PreviewStore;
    readonly url: string;
    readonly project: ProjectModel;
    /** Console errors and uncaught exceptions of every page opened with `openAccount`. */
    readonly errors: string[];
    /**
     * A new page on the Account record page of `accountId`; `query` adds
     * parameters such as `&locale=de-DE`, `viewport` sets the page's size.
     */
    openAccount(
        accountId: string,
        query?: string,
        viewport?: { width: number; height: number }
    ): Promise<Page>;
    /** The text of a custom label, its `{0}`, `{1}`… filled with `values`. */
    label(name: string, ...values: (string | number)[]): string;
    /** Accounts with one Active plan, which both components show. */
    accountsWithOneActivePlan(): {
        account: StoredRecord;
        plan: StoredRecord;
    }[];
    /** The records of `type` that are children of the plan. */
    childrenOf(type: string, planId: string): StoredRecord[];
}

/** Starts the preview over the sample data and Chromium around the tests of the calling file. */
export function previewSession(): PreviewSession {
    let preview: RunningPreview;
    let browser: Browser;
    const errors: string[] = [];
    before(async () => {
        browser = await launchChromium();
        preview = await startPreview({ port: 0, quiet: true });
    });
    after(async () => {
        await browser?.close();
        await preview?.close();
    });
    const childrenOf = (type: string, planId: string) =>
        preview.store
            .list(type)
            .filter((record) => record.Strategic_Account_Plan__c === planId);
    return {
        get store() {
            return preview.store;
        },
        get url() {
            return preview.url;
        },
        get project() {
            return preview.project;
        },
        errors,
        openAccount: async (accountId, query = '', viewport) => {
            const page = await browser.context.newPage();
            if (viewport) await page.setViewportSize(viewport);
            errors.push(...collectErrors(page));
            await page.goto(
                `${preview.url}/?recordId=${encodeURIComponent(accountId)}${query}`
            );
            return page;
        },
        label: (name, ...values) => {
            const label = preview.project.getLabel(name);
            assert.ok(label, `custom label ${name}`);
            return label.value.replace(/\{(\d+)\}/g, (placeholder, index) =>
                index < values.length ? String(values[index]) : placeholder
            );
        },
        accountsWithOneActivePlan: () => {
            const active = preview.store
                .list('Strategic_Account_Plan__c')
                .filter((plan) => plan.Status__c === 'Active');
            return preview.store
                .list('Account')
                .map((account) => ({
                    account,
                    plans: active.filter(
                        (plan) => plan.Account__c === account.Id
                    )
                }))
                .filter(({ plans }) => plans.length === 1)
                .map(({ account, plans }) => ({ account, plan: plans[0] }));
        },
        childrenOf
    };
}

export const SCREENSHOT_DIR = path.join(
    PROJECT_ROOT,
    'artifacts',
    'screenshots'
);

/** Console errors and uncaught exceptions of a page, as text. */
export function collectErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (message) => {
        if (message.type() === 'error')
            errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    return errors;
}

/** Saves a full-page screenshot under artifacts/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}

/** Waits until the locator's text satisfies `accept`; returns that text. */
export async function waitForText(
    locator: Locator,
    accept: (text: string) => boolean,
    timeoutMs = 15000
): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
        text = (
            (await locator
                .textContent({ timeout: timeoutMs })
                .catch(() => '')) ?? ''
        ).trim();
        if (accept(text)) return text;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
        `Timed out waiting for the text of ${locator}; last seen: ${JSON.stringify(text)}`
    );
}

/** Waits until the locator shows `expected`, whatever the locale's separators and symbols. */
export const waitForNumber = (locator: Locator, expected: number) =>
    waitForText(
        locator,
        (text) => Number(text.replace(/[^\d.-]/g, '')) === expected
    );

/** Polls `condition` every 100 ms until it holds; fails naming `what` after 15 s. */
export async function waitUntil(
    condition: () => boolean | Promise<boolean>,
    what: string
): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (!(await condition())) {
        if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

/** The preview's per-page-load counters (`window.__preview`). */
export function previewStats(page: Page): Promise<{
    graphqlRequests: number;
    lastGraphqlResponseAt?: number;
    toasts: { title?: string; message?: string }[];
}> {
    return page.evaluate(
        () => (window as unknown as { __preview: never }).__preview
    );
}
