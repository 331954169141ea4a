/**
 * Test helpers: a temporary copy of the real project that a test breaks in one
 * place before running the verification on it.
 */
import assert from 'node:assert/strict';
import {
    cpSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    writeFileSync,
    mkdirSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project';
import { packageDirectories } from '../lib/projectFiles';
import type { Problem } from './types';
import { verifyProject, type VerifyOptions } from './verify';

export const SOURCE = 'force-app/main/default';

/** A copy of a project (by default this one) under the system temp folder; `remove()` when done. */
export class ProjectCopy {
    readonly root = mkdtempSync(path.join(os.tmpdir(), 'verify-test-'));

    /** Copies sfdx-project.json, .forceignore and every package directory of `source`. */
    constructor(source: string = PROJECT_ROOT) {
        for (const name of ['sfdx-project.json', '.forceignore'])
            cpSync(path.join(source, name), path.join(this.root, name));
        for (const dir of packageDirectories(source)) {
            cpSync(dir, path.join(this.root, path.relative(source, dir)), {
                recursive: true
            });
        }
    }

    read(file: string): string {
        return readFileSync(path.join(this.root, file), 'utf8');
    }

    write(file: string, text: string): void {
        mkdirSync(path.dirname(path.join(this.root, file)), {
            recursive: true
        });
        writeFileSync(path.join(this.root, file), text);
    }

    /** Replaces text that must be present, so a test cannot silently break nothing. */
    replace(file: string, search: string | RegExp, replacement: string): void {
        const before = this.read(file);
        const after = before.replace(search, replacement);
        assert.notEqual(
            after,
            before,
            `${file} does not contain ${String(search)}`
        );
        this.write(file, after);
    }

    verify(options: VerifyOptions): Problem[] {
        return verifyProject(this.root, options).problems;
    }

    remove(): void {
        rmSync(this.root, { recursive: true, force: true });
    }
}

/** Breaks a fresh copy (of `source`, by default this project) with `breakIt`, runs the named checks and returns their problems. */
export function problemsAfter(
    only: string[],
    breakIt: (copy: ProjectCopy) => void,
    source: string = PROJECT_ROOT
): Problem[] {
    const copy = new ProjectCopy(source);
    try {
        breakIt(copy);
        return copy.verify({ only });
    } finally {
        copy.remove();
    }
}

/** Asserts that one problem names the file and the element, and its message matches. */
export function assertProblem(
    problems: Problem[],
    file: string,
    element: string | RegExp,
    message: RegExp
): void {
    const elementMatches = (candidate: string) =>
        typeof element === 'string'
            ? candidate === element
            : element.test(candidate);
    const found = problems.find(
        (problem) =>
            problem.file === file &&
            elementMatches(problem.element) &&
            message.test(problem.message)
    );
    assert.ok(
        found,
        `expected a problem at ${file} ${element} matching ${message}; got:\n${JSON.stringify(problems, null, 2)}`
    );
}
