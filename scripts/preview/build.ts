/**
 * Bundles the local preview: the package's real components (TypeScript,
 * transpiled on the fly), `lightning-base-components`, the LWC engine with
 * synthetic shadow (as Lightning Experience runs it, so the global SLDS
 * stylesheet reaches inside base components) and the preview's stand-ins for
 * the platform modules (`preview/modules/lightning/*`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import {
    componentBundleNames,
    LWC_DIR,
    transpileComponentModule
} from '../lib/componentTranspile';
import { loadProject, PROJECT_ROOT, type ProjectModel } from '../lib/project';

export const PREVIEW_DIR = path.join(PROJECT_ROOT, 'preview');
export const DIST_DIR = path.join(PREVIEW_DIR, 'dist');
const SCOPED_IMPORTS_DIR = path.join(
    PROJECT_ROOT,
    'node_modules',
    'lightning-base-components',
    'scopedImports'
);

/** Strips TypeScript from `.ts` modules before the LWC compiler sees them (it reads JavaScript only), as `npm run build` does. */
export function typescriptPlugin(): Plugin {
    return {
        name: 'preview-typescript',
        transform(code, id) {
            const file = id.split('?')[0];
            if (!file.endsWith('.ts')) return null;
            return { code: transpileComponentModule(code, file), map: null };
        }
    };
}

const VIRTUAL = '\0salesforce:';

/**
 * Gates of base-component features that need native shadow DOM; the preview
 * runs synthetic shadow (like Lightning Experience), where they must be closed.
 */
const CLOSED_GATES = new Set([
    '@salesforce/gate/bc.260.enableComboboxElementInternals'
]);

/**
 * The user's locale and its number separators, which `lightning-input` and
 * `lightning-formatted-number` read: the `?locale=` of the page (a BCP 47 tag
 * such as `de-DE`), en-US by default, so the page can be tried as a user
 * whose locale writes "1.234,5".
 */
const LOCALE_MODULES: Record<string, string> = {
    '@salesforce/i18n/locale': 'locale',
    '@salesforce/i18n/lang': "locale.split('-')[0]",
    '@salesforce/i18n/number.decimalSeparator': "separator('decimal', '.')",
    '@salesforce/i18n/number.groupingSeparator': "separator('group', ',')"
};
const LOCALE_SOURCE = `
let locale = 'en-US';
try {
    locale = Intl.getCanonicalLocales(new URLSearchParams(location.search).get('locale') || locale)[0];
} catch {
    // an unreadable ?locale= leaves en-US
}
const separator = (type, fallback) =>
    new Intl.NumberFormat(locale).formatToParts(12345.6).find((part) => part.type === type)?.value ?? fallback;
`;

/**
 * Resolves the `@salesforce/*` scoped modules: `schema` and `label/c.*` from the
 * project model (an unknown field or label fails the build, as a deploy
 * would), the locale from the page's `?locale=`, the rest from the stubs that
 * `lightning-base-components` ships.
 */
export function salesforceScopedModules(project: ProjectModel): Plugin {
    return {
        name: 'preview-salesforce-scoped-modules',
        resolveId(source) {
            if (CLOSED_GATES.has(source)) return VIRTUAL + source;
            if (Object.hasOwn(LOCALE_MODULES, source)) return VIRTUAL + source;
            if (
                source.startsWith('@salesforce/schema/') ||
                source.startsWith('@salesforce/label/c.')
            )
                return VIRTUAL + source;
            if (!source.startsWith('@salesforce/')) return null;
            const stub = path.join(
                SCOPED_IMPORTS_DIR,
                source.replace(/^@salesforce\/([^/]+)\//, '@salesforce-$1-') +
                    '.js'
            );
            return existsSync(stub) ? stub : null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const source = id.slice(VIRTUAL.length);
            if (CLOSED_GATES.has(source))
                return 'export default { isOpen: () => false };';
            if (Object.hasOwn(LOCALE_MODULES, source))
                return `${LOCALE_SOURCE}export default ${LOCALE_MODULES[source]};`;
            if (source.startsWith('@salesforce/label/c.')) {
                const name = source.slice('@salesforce/label/c.'.length);
                const label = project.getLabel(name);
                if (!label) this.error(`Unknown custom label c.${name}`);
                return `export default ${JSON.stringify(label.value)};`;
            }
            const [objectName, fieldName] = source
                .slice('@salesforce/schema/'.length)
                .split('.');
            const object = project.getObject(objectName);
            if (!object) this.error(`Unknown object in ${source}`);
            if (fieldName === undefined)
                return `export default ${JSON.stringify({ objectApiName: object.apiName })};`;
            const field = project.getField(object.apiName, fieldName);
            if (!field) this.error(`Unknown field in ${source}`);
            return `export default ${JSON.stringify({ objectApiName: object.apiName, fieldApiName: field.apiName })};`;
        }
    };
}

/** Every component bundle of the package as a `c/<name>` module, entry `.ts` (never a stale `.js` build output). */
function packageComponentModules(): { name: string; path: string }[] {
    return componentBundleNames().flatMap((bundle) =>
        ['ts', 'js', 'html']
            .map((ext) => path.join(LWC_DIR, bundle, `${bundle}.${ext}`))
            .filter((file) => existsSync(file))
            .slice(0, 1)
            .map((file) => ({ name: `c/${bundle}`, path: file }))
    );
}

/** Files whose change makes a built bundle stale: the components, labels, objects, the preview's own code, the dependencies. */
function newestSourceTime(): number {
    const roots = [
        LWC_DIR,
        path.join(PROJECT_ROOT, 'force-app', 'main', 'default', 'labels'),
        path.join(PROJECT_ROOT, 'force-app', 'main', 'default', 'objects'),
        PREVIEW_DIR
    ];
    const files = [
        __filename,
        path.join(__dirname, '..', 'lib', 'componentTranspile.ts'),
        path.join(PROJECT_ROOT, 'package-lock.json')
    ];
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (full !== DIST_DIR && entry.name !== '__tests__') walk(full);
            } else files.push(full);
        }
    };
    roots.filter((root) => existsSync(root)).forEach(walk);
    return Math.max(
        ...files
            .filter((file) => existsSync(file))
            .map((file) => statSync(file).mtimeMs)
    );
}

/** True when `preview/dist/main.js` was built after every source changed. */
export function isBuildFresh(): boolean {
    const bundle = path.join(DIST_DIR, 'main.js');
    return existsSync(bundle) && statSync(bundle).mtimeMs > newestSourceTime();
}

export interface PreviewBuild {
    /** The bundle file, relative to {@link DIST_DIR}. */
    entry: string;
    /** Bytes of the bundle. */
    size: number;
}

/** Builds `preview/dist/main.js`; throws with rollup's message when a module does not compile. */
export async function buildPreview(
    options: { quiet?: boolean; project?: ProjectModel } = {}
): Promise<PreviewBuild> {
    const project = options.project ?? loadProject();
    const onLog = (level: string, log: RollupLog) => {
        // A module the preview cannot provide would only fail in the browser: fail the build instead.
        if (log.code === 'UNRESOLVED_IMPORT')
            throw new Error(`[preview build] ${log.message}`);
        if (options.quiet || level === 'debug') return;
        // lightning-base-components is built for the platform's compiler, which tolerates what LWC OSS warns about.
        const file = log.id ?? log.loc?.file ?? '';
        if (
            file.includes(`${path.sep}node_modules${path.sep}`) ||
            log.code === 'CIRCULAR_DEPENDENCY'
        )
            return;
        console.warn(`[preview build] ${log.message}`);
    };
    const bundle = await rollup({
        input: path.join(PREVIEW_DIR, 'main.ts'),
        onLog,
        plugins: [
            typescriptPlugin(),
            salesforceScopedModules(project),
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify('production'),
                    'import.meta.env.SSR': 'false'
                }
            }),
            lwc({
                rootDir: PREVIEW_DIR,
                enableDynamicComponents: true,
                modules: [
                    { dir: path.join(PREVIEW_DIR, 'modules') },
                    ...packageComponentModules(),
                    { npm: 'lightning-base-components' }
                ]
            }),
            nodeResolve()
        ]
    });
    const { output } = await bundle.write({
        dir: DIST_DIR,
        format: 'esm',
        entryFileNames: 'main.js'
    });
    await bundle.close();
    const main = output.find(
        (chunk) => chunk.type === 'chunk' && chunk.isEntry
    );
    return {
        entry: 'main.js',
        size: main && main.type === 'chunk' ? Buffer.byteLength(main.code) : 0
    };
}
