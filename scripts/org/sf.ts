/**
 * Runs the Salesforce CLI (`sf` from PATH; `npm run` puts the project's own
 * copy first) with `--json` and turns its answers into values or clear errors.
 * The org scripts talk to Salesforce only through here, which is also what
 * their tests replace: a fake `sf` first on PATH.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project';

/** A failure the user can fix; the scripts print its message without a stack trace. */
export class OrgScriptError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'OrgScriptError';
    }
}

/**
 * The sfdx project the scripts work on: this repository, or `SAP_PROJECT_ROOT`
 * (the scripts' tests point it at a scratch copy).
 */
export function projectRoot(): string {
    return process.env.SAP_PROJECT_ROOT ?? PROJECT_ROOT;
}

interface SfJson {
    status?: number;
    result?: unknown;
    name?: string;
    message?: string;
}

/** The JSON an `sf ... --json` run printed: on stdout, or on stderr for errors in recent CLI versions. */
function parseJson(text: string): SfJson | undefined {
    const start = text.indexOf('{');
    if (start < 0) return undefined;
    try {
        return JSON.parse(text.slice(start)) as SfJson;
    } catch {
        return undefined;
    }
}

/** The command of an sf call, without its flags: `org display user`. */
function commandWords(args: string[]): string {
    const firstFlag = args.findIndex((arg) => arg.startsWith('-'));
    return (firstFlag < 0 ? args : args.slice(0, firstFlag)).join(' ');
}

/**
 * Runs `sf <args> --json` in the project folder and returns its `result`.
 *
 * @throws OrgScriptError with sf's own message when the command fails
 */
export function sf<T = unknown>(args: string[]): T {
    const run = spawnSync('sf', [...args, '--json'], {
        cwd: projectRoot(),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024
    });
    if (run.error) {
        const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
        throw new OrgScriptError(
            missing
                ? 'The Salesforce CLI (sf) is not on PATH: run the script through npm (npm run org:setup), or install @salesforce/cli.'
                : run.error.message
        );
    }
    const json = parseJson(run.stdout) ?? parseJson(run.stderr);
    if (run.status !== 0 || !json || (json.status ?? 0) !== 0) {
        const detail =
            json?.message ??
            (run.stderr.trim() ||
                run.stdout.trim() ||
                `exit code ${run.status}`);
        throw new OrgScriptError(`sf ${commandWords(args)} failed: ${detail}`);
    }
    return json.result as T;
}

/** Runs an npm script in the project folder, its output shown to the user. */
export function npmRun(script: string): void {
    const run = spawnSync('npm', ['run', script], {
        cwd: projectRoot(),
        stdio: 'inherit'
    });
    if (run.status !== 0)
        throw new OrgScriptError(
            `npm run ${script} failed (exit code ${run.status ?? run.signal}).`
        );
}

interface OrgListEntry {
    alias?: string;
    username: string;
    isDefaultDevHubUsername?: boolean;
    connectedStatus?: string;
}

/**
 * The username of the Dev Hub to use: the one named by alias or username, or
 * the default Dev Hub.
 *
 * @throws OrgScriptError saying how to log in when there is no such Dev Hub or it is not connected
 */
export function requireDevHub(name?: string): string {
    const { devHubs = [] } = sf<{ devHubs?: OrgListEntry[] }>(['org', 'list']);
    const hub = name
        ? devHubs.find(
              (entry) => entry.alias === name || entry.username === name
          )
        : devHubs.find((entry) => entry.isDefaultDevHubUsername);
    const login = `sf org login web --set-default-dev-hub --alias ${name ?? 'devhub'}`;
    if (!hub) {
        throw new OrgScriptError(
            name
                ? `sf is not logged in to a Dev Hub named ${name}. Log in with: ${login}`
                : `sf has no default Dev Hub. Log in to your Dev Hub with: ${login}`
        );
    }
    if (hub.connectedStatus && hub.connectedStatus !== 'Connected') {
        throw new OrgScriptError(
            `The Dev Hub ${hub.alias ?? hub.username} is not connected (${hub.connectedStatus}). Log in again with: ${login}`
        );
    }
    return hub.username;
}

/**
 * Checks that sf can reach the org and returns its username.
 *
 * @throws OrgScriptError saying how to log in when it cannot
 */
export function requireOrg(alias: string): string {
    const login = `Log in with: sf org login web --alias ${alias}`;
    let org: { username: string; connectedStatus?: string };
    try {
        org = sf(['org', 'display', '--target-org', alias]);
    } catch (error) {
        if (!(error instanceof OrgScriptError)) throw error;
        throw new OrgScriptError(
            `sf is not logged in to the org ${alias} (${error.message}). ${login}`
        );
    }
    // connectedStatus is absent for some org types; a value other than Connected (RefreshTokenAuthError, Expired...) means the session is gone.
    if (org.connectedStatus && org.connectedStatus !== 'Connected') {
        throw new OrgScriptError(
            `The org ${alias} is not connected (${org.connectedStatus}). ${login}`
        );
    }
    return org.username;
}

export interface SfdxProject {
    packageDirectories: Array<{
        path: string;
        default?: boolean;
        package?: string;
    }>;
    packageAliases?: Record<string, string>;
}

/** The project's `sfdx-project.json`. */
export function readSfdxProject(): SfdxProject {
    const file = path.join(projectRoot(), 'sfdx-project.json');
    if (!existsSync(file))
        throw new OrgScriptError(`No sfdx-project.json in ${projectRoot()}.`);
    return JSON.parse(readFileSync(file, 'utf8')) as SfdxProject;
}

/** Runs a script's `main`, printing an OrgScriptError as one clear line and exiting 1. */
export function runMain(main: (argv: string[]) => void): void {
    try {
        main(process.argv.slice(2));
    } catch (error) {
        if (!(error instanceof OrgScriptError)) throw error;
        process.stderr.write(`Error: ${error.message}\n`);
        process.exitCode = 1;
    }
}

/** Prints a progress line. */
export const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
};

type OptionSpec = Record<
    string,
    { type: 'string' | 'boolean'; short?: string; default?: string | boolean }
>;

/** Parses a script's options; an unknown option or a missing value is an OrgScriptError that shows the help. */
export function parseOptions<T extends OptionSpec>(
    argv: string[],
    options: T,
    help: string
) {
    try {
        return parseArgs({
            args: argv,
            options,
            strict: true,
            allowPositionals: false
        }).values;
    } catch (error) {
        throw new OrgScriptError(`${(error as Error).message}\n\n${help}`);
    }
}
