/**
 * What the browser tests and the benchmark share: Debian's Chromium driven by
 * playwright-core, one fresh profile per run, and a preview server started
 * in-process on a free port.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/project';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'artifacts', 'screenshots');

const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];

/** A headless Chromium with a throw-away profile. */
export interface Browser {
    context: BrowserContext;
    close(): Promise<void>;
}

/** Launches Chromium, or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
    if (!existsSync(CHROMIUM_PATH)) {
        throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium`);
    }
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'sap-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        viewport: { width: 1440, height: 1100 }
    });
    return {
        context,
        close: async () => {
            await context.close();
            rmSync(userDataDir, { recursive: true, force: true });
        }
    };
}

/** Console errors and uncaught exceptions of a page, as text. */
export function collectErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
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
export async function waitForText(locator: Locator, accept: (text: string) => boolean, timeoutMs = 15000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
        text = ((await locator.textContent({ timeout: timeoutMs }).catch(() => '')) ?? '').trim();
        if (accept(text)) return text;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for the text of ${locator}; last seen: ${JSON.stringify(text)}`);
}

/** The preview's per-page-load counters (`window.__preview`). */
export function previewStats(page: Page): Promise<{ graphqlRequests: number; lastGraphqlResponseAt?: number; toasts: { title?: string; message?: string }[] }> {
    return page.evaluate(() => (window as unknown as { __preview: never }).__preview);
}
