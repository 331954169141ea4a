/**
 * The size of the package's compiled component code: every bundle of
 * `force-app/main/default/lwc` (TypeScript transpiled as `npm run build` does,
 * then each script, template and stylesheet through the LWC compiler, as the
 * platform compiles them; tests and metadata excluded): unminified, as the
 * issue's baseline was measured; minified module by module (esbuild), as
 * production mode serves LWC code ("In production mode, JavaScript code is
 * optimized and minified",
 * https://developer.salesforce.com/docs/platform/lwc/guide/debug-production-mode.html);
 * and gzipped as a whole. The minified bytes are also split by kind of
 * source, which shows where the mass is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from '@lwc/compiler';
import { transformSync as minify } from 'esbuild';
import {
    componentBundleNames,
    LWC_DIR,
    transpileComponentModule
} from '../lib/componentTranspile';

const SOURCE = /\.(ts|html|css)$/;

/** The kind of source a bundle file is, by its extension. */
const KIND = { ts: 'scripts', html: 'templates', css: 'styles' } as const;
type SourceKind = (typeof KIND)[keyof typeof KIND];

export interface CodeSize {
    bundles: number;
    files: number;
    bytes: number;
    minifiedBytes: number;
    /** The minified bytes of the TypeScript modules, the templates and the stylesheets. */
    minifiedBytesByKind: Record<SourceKind, number>;
    gzipBytes: number;
}

/** Compiles every component bundle and measures the output. */
export function compiledComponentSize(): CodeSize {
    const bundles = componentBundleNames();
    const outputs: { kind: SourceKind; code: string }[] = [];
    for (const bundle of bundles) {
        const dir = path.join(LWC_DIR, bundle);
        for (const file of readdirSync(dir).filter(
            (name) => SOURCE.test(name) && !name.endsWith('.d.ts')
        )) {
            const source = readFileSync(path.join(dir, file), 'utf8');
            const code = file.endsWith('.ts')
                ? transpileComponentModule(source, path.join(dir, file))
                : source;
            const filename = path.join(dir, file.replace(/\.ts$/, '.js'));
            outputs.push({
                kind: KIND[path.extname(file).slice(1) as keyof typeof KIND],
                code: transformSync(code, filename, {
                    namespace: 'c',
                    name: bundle
                }).code
            });
        }
    }
    const all = outputs.map((output) => output.code).join('\n');
    const minifiedBytesByKind = { scripts: 0, templates: 0, styles: 0 };
    for (const { kind, code } of outputs) {
        minifiedBytesByKind[kind] += Buffer.byteLength(
            minify(code, { minify: true, format: 'esm', loader: 'js' }).code
        );
    }
    return {
        bundles: bundles.length,
        files: outputs.length,
        bytes: Buffer.byteLength(all),
        minifiedBytes: Object.values(minifiedBytesByKind).reduce(
            (sum, bytes) => sum + bytes,
            0
        ),
        minifiedBytesByKind,
        gzipBytes: gzipSync(all).length
    };
}
