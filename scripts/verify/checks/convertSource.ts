/**
 * `sf project convert source` accepts force-app, and every converted component
 * bundle carries its compiled main module. Runs on a staged copy: the
 * components' TypeScript is transpiled to the `.js` that `.forceignore` lets
 * through (as `npm run build` would, without type-checking, which
 * `npm run typecheck` does), so the working tree is left untouched.
 */
import { spawnSync } from 'node:child_process';
import {
    cpSync,
    existsSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../lib/project';
import { listFilesRecursively } from '../context';
import type { Check, Problem, VerifyContext } from '../types';
import { componentBundles } from './componentBundles';

const SF_RUN = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@salesforce',
    'cli',
    'bin',
    'run.js'
);

/** Compiler options of the components' tsconfig.json (or plain ESNext if there is none). */
function componentCompilerOptions(lwcDir: string): ts.CompilerOptions {
    const configFile = path.join(lwcDir, 'tsconfig.json');
    if (!existsSync(configFile))
        return { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext };
    const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
    return ts.parseJsonConfigFileContent(config, ts.sys, lwcDir).options;
}

/** Writes `name.js` beside every component `name.ts` under the staged lwc folder. */
function transpileComponents(lwcDir: string): void {
    const options = componentCompilerOptions(lwcDir);
    for (const file of listFilesRecursively(lwcDir)) {
        if (
            !file.endsWith('.ts') ||
            file.endsWith('.d.ts') ||
            file.split(path.sep).includes('__tests__')
        )
            continue;
        const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
            compilerOptions: options,
            fileName: file
        });
        writeFileSync(file.replace(/\.ts$/, '.js'), outputText);
    }
}

/** The longest project file path that a message names (paths may contain spaces). */
function fileNamedIn(message: string, files: string[]): string | undefined {
    return files
        .filter((file) => message.includes(file))
        .sort((a, b) => b.length - a.length)[0];
}

/** Component .js files in the working tree are build output: a clean clone has none. */
const isBuildOutput = (file: string) =>
    file.split(path.sep).includes('lwc') &&
    file.endsWith('.js') &&
    !file.split(path.sep).includes('__tests__');

function convert(context: VerifyContext, stage: string): Problem[] {
    for (const name of ['sfdx-project.json', '.forceignore']) {
        if (existsSync(path.join(context.root, name)))
            cpSync(path.join(context.root, name), path.join(stage, name));
    }
    cpSync(
        path.join(context.root, 'force-app'),
        path.join(stage, 'force-app'),
        {
            recursive: true,
            filter: (file) => !isBuildOutput(file)
        }
    );
    const lwcDir = path.join(stage, 'force-app', 'main', 'default', 'lwc');
    transpileComponents(lwcDir);
    const output = path.join(stage, 'converted');
    const run = spawnSync(
        process.execPath,
        [
            SF_RUN,
            'project',
            'convert',
            'source',
            '--root-dir',
            'force-app',
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
                        listFilesRecursively(
                            path.join(context.root, 'force-app')
                        ).map(context.relative)
                    ) ?? 'force-app',
                element: 'sf project convert source',
                message: message.split(stage + path.sep).join('')
            }
        ];
    }
    const problems: Problem[] = [];
    for (const [bundle, files] of componentBundles(path.join(output, 'lwc'))) {
        if (!files.includes(`${bundle}.js`)) {
            problems.push({
                file: `force-app/main/default/lwc/${bundle}`,
                element: `${bundle}.js`,
                message:
                    'the converted bundle has no main module: an org rejects a component without one'
            });
        }
    }
    return problems;
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
