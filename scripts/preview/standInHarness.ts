/**
 * Runs a browser-side stand-in of a platform data module
 * (`preview/modules/lightning/<module>/<module>.ts`) in Node against a
 * running preview server, for the stand-ins' tests: the module is bundled
 * with rollup (its `preview/api` import resolved as the preview build does)
 * and talks to the server through Node's `fetch`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { PREVIEW_DIR, typescriptPlugin } from './build';
import type { PreviewServer } from './server';

/** Bundles and imports the stand-in of `lightning/<module>`; `T` is what the test uses of it. */
export async function importStandIn<T>(module: string): Promise<T> {
    const modules = path.join(PREVIEW_DIR, 'modules');
    const bundle = await rollup({
        input: path.join(modules, 'lightning', module, `${module}.ts`),
        plugins: [
            {
                name: 'preview-api',
                resolveId: (source) =>
                    source === 'preview/api'
                        ? path.join(modules, 'preview', 'api', 'api.ts')
                        : null
            },
            typescriptPlugin()
        ]
    });
    const { output } = await bundle.generate({ format: 'es' });
    const directory = mkdtempSync(path.join(tmpdir(), `${module}-`));
    try {
        const file = path.join(directory, `${module}.mjs`);
        writeFileSync(file, output[0].code);
        return (await import(pathToFileURL(file).href)) as T;
    } finally {
        rmSync(directory, { recursive: true, force: true });
    }
}

/**
 * Sends the stand-ins' requests (`/api/...`, as the page asks) to `server`
 * until `restore()`; `sent()` counts them, `idle()` waits until every request
 * has been answered and its answer handled.
 */
export function fetchFrom(server: PreviewServer): {
    sent(): number;
    idle(): Promise<void>;
    restore(): void;
} {
    const realFetch = globalThis.fetch;
    let inFlight = 0;
    let sent = 0;
    globalThis.fetch = async (input, init) => {
        inFlight += 1;
        sent += 1;
        try {
            const response = await realFetch(
                new URL(String(input), server.url),
                init
            );
            return new Response(await response.text(), response);
        } finally {
            inFlight -= 1;
        }
    };
    const delay = (ms: number) =>
        new Promise((resolve) => setTimeout(resolve, ms));
    return {
        sent: () => sent,
        async idle() {
            while (inFlight > 0) await delay(5);
            await delay(10);
        },
        restore() {
            globalThis.fetch = realFetch;
        }
    };
}

/** A wire adapter as the LWC engine sees one. */
export type WireAdapter<Config, Result> = new (
    callback: (result: Result) => void
) => {
    update(config: Config): void;
    connect(): void;
    disconnect(): void;
};

/** A connected wire and what it received, as the LWC engine drives one (connect, then update). */
export function connectWire<Config, Result>(
    Adapter: WireAdapter<Config, Result>,
    config: Config
) {
    const results: Result[] = [];
    const adapter = new Adapter((result) => results.push(result));
    adapter.connect();
    adapter.update(config);
    return { adapter, results, last: () => results.at(-1)! };
}
