/**
 * Sets up a scratch org end to end: create it, build the components, deploy,
 * assign the permission sets, import the sample data, open an Account page.
 */
import { importSampleData } from './sampleDataImport';
import { npmRun, parseOptions, requireDevHub, runMain, say, sf } from './sf';

const PERMISSION_SETS = [
    'Strategic_Account_Planning_User',
    'Strategic_Account_Planning_Manager'
];
/** The sample account whose page opens at the end: it shows every part of the components. */
const SHOWCASE_ACCOUNT = 'NorthwindRef';

const HELP = `Usage: npm run org:setup -- [options]

Creates a scratch org from config/project-scratch-def.json, builds the
components (npm run build), deploys force-app, assigns the permission sets
${PERMISSION_SETS.join(' and ')}, imports the sample data
(dates moved to today, every sample person = you) and opens the Account page of
Northwind Logistics. Needs a Dev Hub: sf org login web --set-default-dev-hub --alias devhub

Options:
  -a, --alias <alias>          scratch org alias (default: sap)
  -v, --target-dev-hub <name>  Dev Hub alias or username (default: your default Dev Hub)
  -y, --duration-days <days>   days until the scratch org expires, 1-30 (default: 7)
      --no-open                print the Account page URL instead of opening a browser
  -h, --help                   show this help
`;

runMain((argv) => {
    const options = parseOptions(
        argv,
        {
            alias: { type: 'string', short: 'a', default: 'sap' },
            'target-dev-hub': { type: 'string', short: 'v' },
            'duration-days': { type: 'string', short: 'y', default: '7' },
            'no-open': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' }
        },
        HELP
    );
    if (options.help) return void say(HELP);
    const alias = options.alias as string;
    const devHub = requireDevHub(options['target-dev-hub']);

    say(`Creating scratch org ${alias} on Dev Hub ${devHub}...`);
    sf([
        'org',
        'create',
        'scratch',
        '--definition-file',
        'config/project-scratch-def.json',
        '--alias',
        alias,
        '--set-default',
        '--duration-days',
        options['duration-days'] as string,
        '--target-dev-hub',
        devHub
    ]);

    say('Building the components...');
    npmRun('build');

    say('Deploying force-app...');
    sf(['project', 'deploy', 'start', '--target-org', alias]);

    say(`Assigning ${PERMISSION_SETS.join(', ')}...`);
    sf([
        'org',
        'assign',
        'permset',
        ...PERMISSION_SETS.flatMap((name) => ['--name', name]),
        '--target-org',
        alias
    ]);

    const records = importSampleData(alias);
    const account = records.find((record) => record.refId === SHOWCASE_ACCOUNT);
    const page = account
        ? `/lightning/r/Account/${account.id}/view`
        : '/lightning/o/Account/list';

    const opened = sf<{ url: string }>([
        'org',
        'open',
        '--target-org',
        alias,
        '--path',
        page,
        ...(options['no-open'] ? ['--url-only'] : [])
    ]);
    say(`Done. The Account page: ${opened.url}`);
    say(
        'To see the components there, activate "Strategic Account Record Page" (Setup > Lightning App Builder), see docs/admin-guide.md.'
    );
});
