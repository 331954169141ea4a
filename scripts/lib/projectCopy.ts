/**
 * Copies of an SFDX project under the system temp folder: the staging folder
 * of convert source, and the copies that tests break in one place (a rule, a
 * formula, a sample record) to prove that the verifier, the formula tests or
 * a script notice.
 */
import assert from 'node:assert/strict';
import {
    cpSync,
    existsSync,
    mkdirSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './project';
import { packageDirectories } from './projectFiles';

/** What the Salesforce CLI reads of a project: sfdx-project.json, .forceignore and every package directory. */
export function projectPaths(source: string): string[] {
    return [
        'sfdx-project.json',
        '.forceignore',
        ...packageDirectories(source).map((dir) => path.relative(source, dir))
    ].filter((file) => existsSync(path.join(source, file)));
}

/** Copies `paths` (relative to `source`, by default what the CLI reads) into `target`, leaving out what `filter` refuses. */
export function copyProject(
    source: string,
    target: string,
    {
        paths = projectPaths(source),
        filter
    }: { paths?: string[]; filter?: (file: string) => boolean } = {}
): void {
    for (const file of paths)
        cpSync(path.join(source, file), path.join(target, file), {
            recursive: true,
            filter
        });
}

/** A temporary copy of a project (by default this one); `remove()` when done, or use {@link withProjectCopy}. */
export class ProjectCopy {
    readonly root = mkdtempSync(path.join(os.tmpdir(), 'project-copy-'));

    /** Copies `paths` of `source`, by default what the CLI reads (see {@link projectPaths}). */
    constructor(source: string = PROJECT_ROOT, paths?: string[]) {
        copyProject(source, this.root, { paths });
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

    remove(): void {
        rmSync(this.root, { recursive: true, force: true });
    }
}

/** Runs `use` on a fresh copy of `paths` of `source` (see {@link ProjectCopy}) and removes the copy afterwards. */
export function withProjectCopy<T>(
    use: (copy: ProjectCopy) => T,
    source?: string,
    paths?: string[]
): T {
    const copy = new ProjectCopy(source, paths);
    try {
        return use(copy);
    } finally {
        copy.remove();
    }
}
