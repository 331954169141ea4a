/**
 * Test helpers: the problems the verification finds in a copy of the real
 * project (or of a fixture project) broken in one place
 * (`scripts/lib/projectCopy.ts`).
 */
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../lib/project';
import { withProjectCopy, type ProjectCopy } from '../lib/projectCopy';
import type { Problem } from './types';
import { verifyProject } from './verify';

export const SOURCE = 'force-app/main/default';

/** Breaks a fresh copy (of `source`, by default this project) with `breakIt`, runs the named checks and returns their problems. */
export function problemsAfter(
    only: string[],
    breakIt: (copy: ProjectCopy) => void,
    source: string = PROJECT_ROOT
): Problem[] {
    return withProjectCopy((copy) => {
        breakIt(copy);
        return verifyProject(copy.root, { only }).problems;
    }, source);
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
