import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../lib/project';
import { ProjectCopy } from '../lib/projectCopy';
import { DEV_HUB_LIST, FakeSf, type CannedAnswer } from './fakeSf';

const VERSION_ID = '04tKb000000XyZaIAK';
const created: CannedAnswer = {
    result: {
        Status: 'Success',
        SubscriberPackageVersionId: VERSION_ID,
        Package2Id: '0HoKb000000AbCdKAK'
    }
};

let fake: FakeSf | undefined;
let project: ProjectCopy;
/** A copy of sfdx-project.json the scripts read instead of the real one. */
const env = () => ({ SAP_PROJECT_ROOT: project.root });
const setAlias = () => {
    const json = JSON.parse(project.read('sfdx-project.json'));
    json.packageAliases = {
        'Strategic Account Planning': '0HoKb000000AbCdKAK'
    };
    project.write('sfdx-project.json', JSON.stringify(json));
};

beforeEach(() => {
    project = new ProjectCopy(PROJECT_ROOT, ['sfdx-project.json']);
});
afterEach(() => {
    fake?.remove();
    project.remove();
});

describe('package-version', () => {
    it('creates the package on the first run, then builds, creates and promotes a version', () => {
        fake = new FakeSf({
            'org list': DEV_HUB_LIST,
            'package create': { result: { Id: '0HoKb000000AbCdKAK' } },
            'package version create': created,
            'package version promote': { result: { success: true } }
        });
        const run = fake.run('package-version.ts', ['--promote'], env());
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(fake.commandLines(), [
            'sf org list --json',
            'sf package create --name Strategic Account Planning --package-type Unlocked --path force-app --no-namespace --target-dev-hub admin@devhub.example.com --json',
            'npm run build',
            'sf package version create --package Strategic Account Planning --installation-key-bypass --code-coverage --wait 60 --target-dev-hub admin@devhub.example.com --json',
            `sf package version promote --package ${VERSION_ID} --no-prompt --target-dev-hub admin@devhub.example.com --json`
        ]);
        assert.match(
            run.stdout,
            new RegExp(
                `sf package install --package ${VERSION_ID} --target-org <alias>`
            )
        );
    });

    it('skips package creation when sfdx-project.json has its alias, and promotes only when asked', () => {
        setAlias();
        fake = new FakeSf({
            'org list': DEV_HUB_LIST,
            'package version create': created
        });
        assert.equal(
            fake.run('package-version.ts', ['-w', '90'], env()).status,
            0
        );
        assert.deepEqual(fake.commandLines(), [
            'sf org list --json',
            'npm run build',
            'sf package version create --package Strategic Account Planning --installation-key-bypass --code-coverage --wait 90 --target-dev-hub admin@devhub.example.com --json'
        ]);
    });

    it('fails clearly when the version is not created', () => {
        setAlias();
        fake = new FakeSf({
            'org list': DEV_HUB_LIST,
            'package version create': {
                result: {
                    Status: 'Error',
                    Error: [
                        'Flexipage Strategic_Account_Record_Page: invalid component'
                    ]
                }
            }
        });
        const run = fake.run('package-version.ts', ['--promote'], env());
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /The version was not created \(status Error\)\. Flexipage Strategic_Account_Record_Page: invalid component/
        );
        assert.ok(
            !fake.commandLines().some((line) => line.includes('promote'))
        );
    });

    it('promotes an existing version without creating one', () => {
        fake = new FakeSf({
            'org list': DEV_HUB_LIST,
            'package version promote': { result: { success: true } }
        });
        assert.equal(
            fake.run(
                'package-version.ts',
                ['--promote-only', VERSION_ID],
                env()
            ).status,
            0
        );
        assert.deepEqual(fake.commandLines(), [
            'sf org list --json',
            `sf package version promote --package ${VERSION_ID} --no-prompt --target-dev-hub admin@devhub.example.com --json`
        ]);
        const wrong = fake.run(
            'package-version.ts',
            ['--promote-only', '0HoKb000000AbCd'],
            env()
        );
        assert.equal(wrong.status, 1);
        assert.match(
            wrong.stderr,
            /--promote-only needs a package version id \(04t\.\.\.\)/
        );
        assert.equal(
            fake.commandLines().length,
            2,
            'no sf call for an invalid id'
        );
    });

    it('stops with a login hint when sf is not logged in to a Dev Hub', () => {
        fake = new FakeSf({ 'org list': { result: { devHubs: [] } } });
        const run = fake.run('package-version.ts', [], env());
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /sf has no default Dev Hub\. Log in to your Dev Hub with: sf org login web --set-default-dev-hub/
        );
        assert.deepEqual(fake.commandLines(), ['sf org list --json']);
        assert.match(
            fake.run('package-version.ts', ['--help'], env()).stdout,
            /^Usage: npm run package:version/
        );
    });
});
