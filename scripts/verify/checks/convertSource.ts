/**
 * `sf project convert source` accepts every package directory, and every
 * converted Lightning web component bundle carries its main module. Runs on a
 * staged copy of the package directories without build output: a component's
 * TypeScript is transpiled to the `.js` that `.forceignore` lets through (as
 * `npm run build` would, without type-checking, which `npm run typecheck`
 * does); JavaScript components are copied as they are. The working tree is
 * left untouched.
 */
import { spawnSync } from 'node:child_process';
import {
    existsSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transpileComponentModule } from '../../lib/componentTranspile';
import { PROJECT_ROOT } from '../../lib/project';
import { copyProject } from '../../lib/projectCopy';
import { listFilesRecursively } from '../../lib/projectFiles';
import type { Check, Problem, VerifyContext } from '../types';

const SF_RUN = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@salesforce',
    'cli',
    'bin',
    'run.js'
);

/** Writes, in the staged copy, `name.js` beside every component module `name.ts`. */
function transpileComponents(context: VerifyContext, stage: string): void {
    for (const bundle of context.components.values()) {
        for (const file of bundle.sources.filter((f) => f.endsWith('.ts'))) {
            writeFileSync(
                path
                    .join(stage, path.relative(context.root, file))
                    .replace(/\.ts$/, '.js'),
                transpileComponentModule(
                    readFileSync(file, 'utf8'),
                    file,
                    path.dirname(bundle.dir)
                )
            );
        }
    }
}

/** The longest project file path that a message names (paths may contain spaces). */
function fileNamedIn(message: string, files: string[]): string | undefined {
    return files
        .filter((file) => message.includes(file))
        .sort((a, b) => b.length - a.length)[0];
}

/** A component's .js beside its .ts is build output: a clean clone has none. */
const isBuildOutput = (file: string) =>
    file.endsWith('.js') &&
    file.split(path.sep).includes('lwc') &&
    existsSync(file.replace(/\.js$/, '.ts'));

function convert(context: VerifyContext, stage: string): Problem[] {
    copyProject(context.root, stage, {
        filter: (file) => !isBuildOutput(file)
    });
    const sourceDirs = context.packageDirs.map((dir) =>
        path.relative(context.root, dir)
    );
    transpileComponents(context, stage);
    const output = path.join(stage, 'converted');
    const run = spawnSync(
        process.execPath,
        [
            SF_RUN,
            'project',
            'convert',
            'source',
            ...sourceDirs.flatMap((dir) => ['--source-dir', dir]),
            '--output-dir',
            output,
            '--json'
        ],
        {
            cwd: stage,
            encoding: 'utf8',
            env: {
                ...process.env,
                SF_DISABLE_TELEMETRY: 'true',
                SF_AUTOUPDATE_DISABLE: 'true',
                SF_SKIP_NEW_VERSION_CHECK: 'true'
            }
        }
    );
    if (run.status !== 0) {
        // run.error: the CLI could not be started at all (not installed?).
        let message =
            run.error?.message ||
            run.stderr?.trim() ||
            run.stdout?.trim() ||
            `exited with ${run.status}`;
        try {
            message =
                (JSON.parse(run.stdout) as { message?: string }).message ??
                message;
        } catch {
            // not JSON: keep the raw output
        }
        return [
            {
                file:
                    fileNamedIn(
                        message,
                        context.packageDirs
                            .flatMap(listFilesRecursively)
                            .map(context.relative)
                    ) ?? 'sfdx-project.json',
                element: 'sf project convert source',
                message: message.split(stage + path.sep).join('')
            }
        ];
    }
    const converted = path.join(output, 'lwc');
    return [...context.components.values()]
        .filter(
            ({ kind, name }) =>
                kind === 'lwc' &&
                existsSync(path.join(converted, name)) &&
                !existsSync(path.join(converted, name, `${name}.js`))
        )
        .map(({ name, dir }) => ({
            file: context.relative(dir),
            element: `${name}.js`,
            message:
                'the converted bundle has no main module: an org rejects a component without one'
        }));
}

export const convertSource: Check = {
    name: 'convertSource',
    description:
        'sf project convert source succeeds and converted components carry their compiled module',
    run(context) {
        const stage = mkdtempSync(path.join(os.tmpdir(), 'verify-convert-'));
        try {
            return convert(context, stage);
        } finally {
            rmSync(stage, { recursive: true, force: true });
        }
    }
};
