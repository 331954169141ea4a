/**
 * `npm run verify`: checks force-app offline for what a Salesforce org would
 * reject at deploy time. Prints the problems grouped by file and exits 1 if
 * there is any. Options: `--skip convertSource,limits` leaves out checks;
 * `--root <dir>` verifies another SFDX project; `--unchecked` lists the names
 * that the offline catalogue cannot judge (notes, never failures).
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project';
import { formatProblems, verifyProject } from './verify';

function main(): void {
    const args = process.argv.slice(2);
    const option = (name: string) =>
        args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
    const skip = option('--skip')?.split(',') ?? [];
    const { problems, unchecked, fileCount } = verifyProject(
        path.resolve(option('--root') ?? PROJECT_ROOT),
        { skip }
    );
    if (unchecked.length > 0 && args.includes('--unchecked'))
        console.log(`Not checked offline:\n${formatProblems(unchecked)}\n`);
    if (problems.length > 0) console.error(`${formatProblems(problems)}\n`);
    const notes =
        unchecked.length > 0
            ? ` (${unchecked.length} name${unchecked.length === 1 ? '' : 's'} outside the offline catalogue not checked; --unchecked lists them)`
            : '';
    const summary = `verify: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileCount} files${notes}`;
    if (problems.length > 0) {
        console.error(summary);
        process.exitCode = 1;
    } else {
        console.log(summary);
    }
}

main();
