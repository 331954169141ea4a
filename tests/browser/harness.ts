/**
 * Helpers of the browser tests: the preview and Chromium of a suite (Chromium
 * is shared with the benchmark), console error collection, screenshots kept
 * under artifacts/, and text polling.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/project';
import { launchChromium, type Browser } from '../../scripts/preview/chromium';
import { startPreview, type RunningPreview } from '../../scripts/preview/serve';

export { launchChromium, type Browser };

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

/** The preview and the browser of one test file, and what its pages report. */
export interface PreviewSuite {
    /** The preview over the sample data; set once the suite started. */
    preview: RunningPreview;
    browser: Browser;
    /** Console errors and uncaught exceptions of every page opened. */
    errors: string[];
    /** A new page on an account's record page, at the browser's size or `viewport`. */
    openAccount(
        accountId: string,
        viewport?: { width: number; height: number }
    ): Promise<Page>;
    /** A custom label's text with its `{0}`… filled. */
    label(name: string, ...values: string[]): string;
}

/**
 * Starts Chromium and the preview over the sample data before the calling
 * suite's tests and closes both after them.
 */
export function previewSuite(): PreviewSuite {
    const suite: PreviewSuite = {
        preview: undefined as unknown as RunningPreview,
        browser: undefined as unknown as Browser,
        errors: [],
        async openAccount(accountId, viewport) {
            const page = await suite.browser.context.newPage();
            if (viewport) await page.setViewportSize(viewport);
            suite.errors.push(...collectErrors(page));
            await page.goto(
                `${suite.preview.url}/?recordId=${encodeURIComponent(accountId)}`
            );
            return page;
        },
        label(name, ...values) {
            const label = suite.preview.project.getLabel(name);
            assert.ok(label, `custom label ${name}`);
            return label.value.replace(
                /\{(\d+)\}/g,
                (_placeholder, index: string) => values[Number(index)]
            );
        }
    };
    before(async () => {
        suite.browser = await launchChromium();
        suite.preview = await startPreview({ port: 0, quiet: true });
    });
    after(async () => {
        await suite.browser?.close();
        await suite.preview?.close();
    });
    return suite;
}
