/**
 * Imports the sample data into an org you are logged in to (a scratch org, a
 * Developer Edition org or a sandbox where the package is installed).
 */
import { importSampleData } from './sampleDataImport';
import { OrgScriptError, parseOptions, requireOrg, runMain, say } from './sf';

const HELP = `Usage: npm run org:data -- --target-org <alias>

Imports the sample data of data/ into an org where the package is deployed:
dates move to today, and every sample person (sponsors, owners, respondents)
becomes the user you are logged in as.

Options:
  -o, --target-org <alias>  the org (alias or username); required
  -h, --help                show this help
`;

runMain((argv) => {
    const values = parseOptions(
        argv,
        {
            'target-org': { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' }
        },
        HELP
    );
    if (values.help) return void say(HELP);
    const alias = values['target-org'];
    if (!alias)
        throw new OrgScriptError(`--target-org is required.\n\n${HELP}`);
    requireOrg(alias);
    const records = importSampleData(alias);
    say(`Imported ${records.length} records into ${alias}.`);
});
