/**
 * `npm run verify`: checks force-app offline for what a Salesforce org would
 * reject at deploy time. Prints the problems grouped by file and exits 1 if
 * there is any. Options: `--skip convertSource,limits` leaves out checks;
 * `--root <dir>` verifies another copy of the project.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project';
import { formatProblems, verifyProject } from './verify';

function main(): void {
    const args = process.argv.slice(2);
    const option = (name: string) =>
        args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
    const skip = option('--skip')?.split(',') ?? [];
    const { problems, fileCount } = verifyProject(
        path.resolve(option('--root') ?? PROJECT_ROOT),
        { skip }
    );
    if (problems.length > 0) console.error(`${formatProblems(problems)}\n`);
    const summary = `verify: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileCount} files`;
    if (problems.length > 0) {
        console.error(summary);
        process.exitCode = 1;
    } else {
        console.log(summary);
    }
}

main();
