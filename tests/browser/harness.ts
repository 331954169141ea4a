/**
 * Helpers of the browser tests: Chromium (shared with the benchmark), console
 * error collection, screenshots kept under artifacts/, and text polling.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/project';

export { launchChromium, type Browser } from '../../scripts/preview/chromium';

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
