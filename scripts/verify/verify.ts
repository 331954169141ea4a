/**
 * Runs the registered checks over a project and reports what an org would
 * reject at deploy time.
 */
import { XmlSyntaxError } from '../lib/xml';
import { CHECKS } from './checks';
import { createContext } from './context';
import type { Problem } from './types';

export interface VerifyOptions {
    /** Names of checks to leave out (tests skip the slow `convertSource`). */
    skip?: string[];
    /** Names of the only checks to run. */
    only?: string[];
}

export interface VerifyResult {
    /** What an org would reject, and house-rule breaches of a project that opts in. */
    problems: Problem[];
    /** Names the offline model cannot judge (`kind: 'unchecked'`): notes, not failures. */
    unchecked: Problem[];
    /** How many metadata and component source files were looked at. */
    fileCount: number;
}

/** Verifies the project whose root (the folder holding sfdx-project.json) is given. */
export function verifyProject(
    root: string,
    options: VerifyOptions = {}
): VerifyResult {
    let context;
    try {
        context = createContext(root);
    } catch (error) {
        // What the CLI refuses before it reads any metadata: no sfdx-project.json, a missing package directory.
        return {
            problems: [
                {
                    file: 'sfdx-project.json',
                    element: 'packageDirectories',
                    message:
                        error instanceof Error ? error.message : String(error)
                }
            ],
            unchecked: [],
            fileCount: 0
        };
    }
    const selected = CHECKS.filter(
        (check) =>
            !options.skip?.includes(check.name) &&
            (!options.only || options.only.includes(check.name))
    );
    const found: Problem[] = [];
    for (const check of selected) {
        try {
            found.push(...check.run(context));
        } catch (error) {
            // A file that is not well formed stops the model from loading; the
            // metadataSchema check has already reported it with its line.
            if (error instanceof XmlSyntaxError) continue;
            found.push({
                file: `scripts/verify/checks/${check.name}.ts`,
                element: check.name,
                message: `the check failed to run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
            });
        }
    }
    return {
        problems: found.filter(
            (problem) =>
                problem.kind === undefined ||
                (problem.kind === 'house' && context.houseRules)
        ),
        unchecked: found.filter((problem) => problem.kind === 'unchecked'),
        fileCount:
            context.metadataFiles.length + context.componentSources.length
    };
}

/** Problems as text, grouped by file, in file order. */
export function formatProblems(problems: Problem[]): string {
    const byFile = new Map<string, Problem[]>();
    for (const problem of [...problems].sort((a, b) =>
        a.file.localeCompare(b.file)
    )) {
        byFile.set(problem.file, [
            ...(byFile.get(problem.file) ?? []),
            problem
        ]);
    }
    return [...byFile]
        .map(([file, list]) =>
            [
                file,
                ...list.map(
                    (problem) =>
                        `    ${problem.element}: ${problem.kind === 'house' ? '[house rule] ' : ''}${problem.message}`
                )
            ].join('\n')
        )
        .join('\n\n');
}
