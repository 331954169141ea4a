/**
 * Test support for the org scripts: a fake `sf` (and `npm`) placed first on
 * PATH that records every call and answers with canned `--json` output, so the
 * tests can assert the exact sequence of commands without a Salesforce org.
 */
import { spawnSync } from 'node:child_process';
import {
    chmodSync,
    existsSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project';

/** What the fake answers to one command: sf's JSON envelope (status 0 unless given) and exit code. */
export interface CannedAnswer {
    result?: unknown;
    status?: number;
    name?: string;
    message?: string;
}

export interface RecordedCall {
    command: 'sf' | 'npm';
    args: string[];
    /** For `sf data tree import --plan <file>`: the plan and the files it lists, as they were at call time. */
    files?: Record<string, string>;
}

/**
 * The fake, in JavaScript because PATH runs it directly. A command's key is its
 * leading words before the first flag (`org display user`); an unknown key is
 * answered with an error so that a test sees the unexpected call.
 */
const FAKE_SF = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const dir = __dirname;
const args = process.argv.slice(2);
const call = { command: 'sf', args };
const plan = args[args.indexOf('--plan') + 1];
if (args.includes('--plan') && fs.existsSync(plan)) {
    call.files = { [path.basename(plan)]: fs.readFileSync(plan, 'utf8') };
    for (const step of JSON.parse(fs.readFileSync(plan, 'utf8'))) {
        for (const file of step.files) call.files[file] = fs.readFileSync(path.join(path.dirname(plan), file), 'utf8');
    }
}
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify(call) + '\\n');
const words = [];
for (const arg of args) { if (arg.startsWith('-')) break; words.push(arg); }
const key = words.join(' ');
const answers = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8'));
const answer = answers[key] ?? { status: 1, name: 'FakeSfError', message: 'fake sf has no canned answer for "' + key + '"' };
const envelope = { status: answer.status ?? 0, result: answer.result, name: answer.name, message: answer.message };
// Like sf 2.x: JSON errors go to stderr, results to stdout.
(envelope.status === 0 ? process.stdout : process.stderr).write(JSON.stringify(envelope, null, 2) + '\\n');
process.exitCode = envelope.status === 0 ? 0 : 1;
`;

const FAKE_NPM = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
fs.appendFileSync(path.join(__dirname, 'calls.jsonl'), JSON.stringify({ command: 'npm', args: process.argv.slice(2) }) + '\\n');
`;

export interface ScriptRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** A folder with the fake `sf` and `npm`; `remove()` when done. */
export class FakeSf {
    readonly dir = mkdtempSync(path.join(tmpdir(), 'fake-sf-'));

    constructor(answers: Record<string, CannedAnswer>) {
        writeFileSync(
            path.join(this.dir, 'answers.json'),
            JSON.stringify(answers)
        );
        for (const [name, source] of [
            ['sf', FAKE_SF],
            ['npm', FAKE_NPM]
        ]) {
            writeFileSync(path.join(this.dir, name), source);
            chmodSync(path.join(this.dir, name), 0o755);
        }
    }

    /** Runs `scripts/org/<script>` with the fakes first on PATH. */
    run(
        script: string,
        args: string[] = [],
        env: Record<string, string> = {}
    ): ScriptRun {
        const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
        const run = spawnSync(
            tsx,
            [path.join(PROJECT_ROOT, 'scripts', 'org', script), ...args],
            {
                encoding: 'utf8',
                env: {
                    ...process.env,
                    ...env,
                    PATH: `${this.dir}${path.delimiter}${process.env.PATH ?? ''}`
                }
            }
        );
        return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    }

    calls(): RecordedCall[] {
        const log = path.join(this.dir, 'calls.jsonl');
        if (!existsSync(log)) return [];
        return readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as RecordedCall);
    }

    /** Each call as one command line, e.g. `sf org list --json`, for exact sequence assertions. */
    commandLines(): string[] {
        return this.calls().map((call) =>
            [call.command, ...call.args].join(' ')
        );
    }

    remove(): void {
        rmSync(this.dir, { recursive: true, force: true });
    }
}

/** A default Dev Hub as `sf org list --json` reports it. */
export const DEV_HUB_LIST: CannedAnswer = {
    result: {
        devHubs: [
            {
                alias: 'devhub',
                username: 'admin@devhub.example.com',
                isDefaultDevHubUsername: true,
                connectedStatus: 'Connected'
            }
        ],
        scratchOrgs: []
    }
};
