/**
 * Creates a version of the unlocked package (creating the package itself on
 * the first run) and, when asked, promotes it to released.
 */
import {
    npmRun,
    OrgScriptError,
    parseOptions,
    readSfdxProject,
    type SfdxProject,
    requireDevHub,
    runMain,
    say,
    sf
} from './sf';

const HELP = `Usage: npm run package:version -- [options]

Builds the components (npm run build) and creates a new version of the unlocked
package named in sfdx-project.json, with code coverage calculated so that it can
be promoted. On the first run it creates the package on the Dev Hub (sf records
its id in sfdx-project.json: commit that). Needs a Dev Hub:
sf org login web --set-default-dev-hub --alias devhub

Options:
  -v, --target-dev-hub <name>  Dev Hub alias or username (default: your default Dev Hub)
      --promote                promote the new version to released
      --promote-only <04t...>  promote an existing version instead of creating one
  -w, --wait <minutes>         how long to wait for the version (default: 60)
  -h, --help                   show this help
`;

/** The default package directory, which names the package. */
function packageDirectory(project: SfdxProject): {
    path: string;
    package: string;
} {
    const directory =
        project.packageDirectories.find((entry) => entry.default) ??
        project.packageDirectories[0];
    if (!directory?.package)
        throw new OrgScriptError(
            'sfdx-project.json names no package in its default package directory.'
        );
    return { path: directory.path, package: directory.package };
}

function promote(versionId: string, devHub: string): void {
    say(`Promoting ${versionId}...`);
    sf([
        'package',
        'version',
        'promote',
        '--package',
        versionId,
        '--no-prompt',
        '--target-dev-hub',
        devHub
    ]);
    say(`Released ${versionId}.`);
}

runMain((argv) => {
    const options = parseOptions(
        argv,
        {
            'target-dev-hub': { type: 'string', short: 'v' },
            promote: { type: 'boolean' },
            'promote-only': { type: 'string' },
            wait: { type: 'string', short: 'w', default: '60' },
            help: { type: 'boolean', short: 'h' }
        },
        HELP
    );
    if (options.help) return void say(HELP);
    const promoteOnly = options['promote-only'] as string | undefined;
    if (
        promoteOnly !== undefined &&
        !/^04t[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/.test(promoteOnly)
    ) {
        throw new OrgScriptError(
            `--promote-only needs a package version id (04t...), not "${promoteOnly}".`
        );
    }
    const devHub = requireDevHub(
        options['target-dev-hub'] as string | undefined
    );
    if (promoteOnly) return promote(promoteOnly, devHub);

    const project = readSfdxProject();
    const { package: name, path: directory } = packageDirectory(project);
    if (!(name in (project.packageAliases ?? {}))) {
        say(`Creating the unlocked package "${name}" on ${devHub}...`);
        sf([
            'package',
            'create',
            '--name',
            name,
            '--package-type',
            'Unlocked',
            '--path',
            directory,
            '--no-namespace',
            '--target-dev-hub',
            devHub
        ]);
    }

    say('Building the components...');
    npmRun('build');

    say(`Creating a version of "${name}" (this takes several minutes)...`);
    const version = sf<{
        Status?: string;
        SubscriberPackageVersionId?: string;
        Error?: string[];
    }>([
        'package',
        'version',
        'create',
        '--package',
        name,
        '--installation-key-bypass',
        '--code-coverage',
        '--wait',
        options.wait as string,
        '--target-dev-hub',
        devHub
    ]);
    const versionId = version.SubscriberPackageVersionId;
    if (version.Status !== 'Success' || !versionId) {
        throw new OrgScriptError(
            `The version was not created (status ${version.Status ?? 'unknown'}). ${(version.Error ?? []).join(' ')}`.trim()
        );
    }
    say(`Created ${versionId}.`);
    if (options.promote) promote(versionId, devHub);
    say(
        `Install it with: sf package install --package ${versionId} --target-org <alias> --wait 10`
    );
    say(
        `or in a browser: https://login.salesforce.com/packaging/installPackage.apexp?p0=${versionId}`
    );
});
