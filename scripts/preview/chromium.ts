/**
 * Debian's Chromium driven by playwright-core, headless with a throw-away
 * profile: used by the browser tests, the benchmark and the screenshot script.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

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
export async function launchChromium(
    viewport = { width: 1440, height: 1100 },
    executablePath = CHROMIUM_PATH
): Promise<Browser> {
    if (!existsSync(executablePath)) {
        throw new Error(
            `Chromium is missing at ${executablePath}. Install it with: apt-get update && apt-get install -y chromium`
        );
    }
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'sap-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        args: CHROMIUM_ARGS,
        viewport
    });
    return {
        context,
        close: async () => {
            await context.close();
            rmSync(userDataDir, { recursive: true, force: true });
        }
    };
}

/** `Chromium 131.0.6778.85 built on Debian …`, as the binary reports itself. */
export function chromiumVersion(): string {
    return execFileSync(CHROMIUM_PATH, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
}
