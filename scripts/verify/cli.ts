/**
 * `npm run verify`: checks force-app offline for what a Salesforce org would
 * reject at deploy time. Prints the problems grouped by file and exits 1 if
 * there is any. `npm run verify -- --skip convertSource` leaves out a check.
 */
import { PROJECT_ROOT } from '../lib/project';
import { formatProblems, verifyProject } from './verify';

function main(): void {
    const args = process.argv.slice(2);
    const skipAt = args.indexOf('--skip');
    const skip = skipAt >= 0 ? (args[skipAt + 1] ?? '').split(',') : [];
    const { problems, fileCount } = verifyProject(PROJECT_ROOT, { skip });
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
