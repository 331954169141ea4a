/**
 * `npm start`: builds the preview bundle and serves the Account record page
 * look-alike on http://localhost:3000 (`PORT` changes it) with the sample
 * data. `HIDE=Joint_Metric__c.Target__c,Contact` serves it as a user who may
 * not read those fields and objects. Tests and the benchmark call
 * {@link startPreview} with data of their own.
 */
import { loadProject, type ProjectModel } from '../lib/project';
import { buildPreview, isBuildFresh } from './build';
import { hiddenAccess } from './fieldAccess';
import { sampleSeed } from './sampleSeed';
import { startPreviewServer, type PreviewServer } from './server';
import { localToday } from '../lib/localToday';
import { PreviewStore, type SeedRecord, type StoreOptions } from './store';

export interface PreviewOptions extends StoreOptions {
    /** 0 picks a free port. */
    port: number;
    host?: string;
    /** Records to serve; the sample data by default. */
    seed?: SeedRecord[];
    /** Objects and fields (`Object.Field`) the page's user may not read. */
    hide?: string[];
    /** Build the bundle first unless it is newer than every source (default true). */
    build?: boolean;
    quiet?: boolean;
}

/** A running preview and the store behind it. */
export interface RunningPreview extends PreviewServer {
    store: PreviewStore;
    project: ProjectModel;
}

/** Builds (unless told not to) and starts a preview server over a fresh store. */
export async function startPreview(
    options: PreviewOptions
): Promise<RunningPreview> {
    const project = loadProject();
    if (options.build !== false && !isBuildFresh())
        await buildPreview({ project, quiet: options.quiet });
    const today = options.today ?? localToday();
    const store = new PreviewStore(
        project,
        options.seed ?? sampleSeed(project, today),
        { ...options, today }
    );
    const server = await startPreviewServer({
        project,
        store,
        fieldAccess: hiddenAccess(project, options.hide ?? []),
        port: options.port,
        host: options.host
    });
    return { ...server, store, project };
}

function main(): void {
    const port = Number(process.env.PORT ?? 3000);
    const started = Date.now();
    if (!isBuildFresh())
        console.log(
            'Building the preview (components, base components, SLDS)…'
        );
    startPreview({
        port,
        host: process.env.HOST,
        hide: process.env.HIDE?.split(',').filter(Boolean)
    })
        .then((preview) => {
            console.log(
                `Ready with ${preview.store.list('Account').length} sample accounts in ${((Date.now() - started) / 1000).toFixed(1)} s.`
            );
            console.log(
                `Strategic Account Planning preview: ${preview.url}  (Ctrl+C stops it)`
            );
        })
        .catch((error: Error) => {
            console.error(error.message);
            process.exitCode = 1;
        });
}

if (require.main === module) main();
