import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEV_HUB_LIST, FakeSf, type CannedAnswer } from './fakeSf';

const USER_ID = '005xx000001SvfAAAS';
const NORTHWIND_ID = '001xx000003GYkZAAW';

/** Answers of an org where every step works. */
const working = (): Record<string, CannedAnswer> => ({
    'org list': DEV_HUB_LIST,
    'org create scratch': {
        result: {
            username: 'test-abc@example.com',
            orgId: '00Dxx0000001gPLEAY'
        }
    },
    'project deploy start': { result: { status: 'Succeeded', success: true } },
    'org assign permset': { result: { successes: [], failures: [] } },
    'org display user': {
        result: { id: USER_ID, username: 'test-abc@example.com' }
    },
    'data tree import': {
        result: [{ refId: 'NorthwindRef', type: 'Account', id: NORTHWIND_ID }]
    },
    'org open': {
        result: {
            url: `https://example.my.salesforce.com/lightning/r/Account/${NORTHWIND_ID}/view`,
            orgId: '00Dxx0000001gPLEAY'
        }
    }
});

let fake: FakeSf | undefined;
afterEach(() => fake?.remove());

describe('setup-scratch-org', () => {
    it('runs create, build, deploy, assign, import and open, in that order', () => {
        fake = new FakeSf(working());
        const run = fake.run('setup-scratch-org.ts', [
            '--alias',
            'demo',
            '--duration-days',
            '3',
            '--no-open'
        ]);
        assert.equal(run.status, 0, run.stderr);
        const lines = fake.commandLines();
        const plan = fake.calls()[6].args[4];
        assert.match(plan, /sample-data-plan\.json$/);
        assert.deepEqual(lines, [
            'sf org list --json',
            'sf org create scratch --definition-file config/project-scratch-def.json --alias demo --set-default --duration-days 3 --target-dev-hub admin@devhub.example.com --json',
            'npm run build',
            'sf project deploy start --target-org demo --json',
            'sf org assign permset --name Strategic_Account_Planning_User --name Strategic_Account_Planning_Manager --target-org demo --json',
            'sf org display user --target-org demo --json',
            `sf data tree import --plan ${plan} --target-org demo --json`,
            `sf org open --target-org demo --path /lightning/r/Account/${NORTHWIND_ID}/view --url-only --json`
        ]);
        assert.match(
            run.stdout,
            new RegExp(`lightning/r/Account/${NORTHWIND_ID}/view`)
        );
    });

    it('imports the sample data with every User placeholder set to the running user', () => {
        fake = new FakeSf(working());
        assert.equal(fake.run('setup-scratch-org.ts', ['--no-open']).status, 0);
        const files = fake
            .calls()
            .find((call) => call.args[0] === 'data')!.files!;
        assert.deepEqual(Object.keys(files).sort(), [
            'accounts.json',
            'buy-sell-levels.json',
            'contacts.json',
            'executive-sponsor-cadences.json',
            'joint-metrics.json',
            'plan-actions.json',
            'plan-objectives.json',
            'sample-data-plan.json',
            'strategic-account-plans.json'
        ]);
        const cadences = JSON.parse(
            files['executive-sponsor-cadences.json']
        ).records;
        assert.ok(
            cadences.length > 0 &&
                cadences.every(
                    (record: { Executive_Sponsor__c: string }) =>
                        record.Executive_Sponsor__c === USER_ID
                )
        );
        assert.doesNotMatch(Object.values(files).join('\n'), /\$user:/);
    });

    it('uses the named Dev Hub and opens the Account list when the showcase account was not imported', () => {
        const answers = working();
        answers['org list'] = {
            result: {
                devHubs: [
                    {
                        alias: 'other',
                        username: 'other@example.com',
                        connectedStatus: 'Connected'
                    },
                    ...(DEV_HUB_LIST.result as { devHubs: unknown[] }).devHubs
                ]
            }
        };
        answers['data tree import'] = { result: [] };
        fake = new FakeSf(answers);
        assert.equal(
            fake.run('setup-scratch-org.ts', ['-v', 'other']).status,
            0
        );
        const lines = fake.commandLines();
        assert.match(
            lines[1],
            /--alias sap .*--duration-days 7 --target-dev-hub other@example\.com --json$/
        );
        assert.equal(
            lines.at(-1),
            'sf org open --target-org sap --path /lightning/o/Account/list --json'
        );
    });

    it('stops with a login hint when sf has no default Dev Hub', () => {
        fake = new FakeSf({
            'org list': { result: { devHubs: [], scratchOrgs: [] } }
        });
        const run = fake.run('setup-scratch-org.ts');
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /^Error: sf has no default Dev Hub\. Log in to your Dev Hub with: sf org login web --set-default-dev-hub --alias devhub/
        );
        assert.deepEqual(fake.commandLines(), ['sf org list --json']);
    });

    it('stops when the named Dev Hub is unknown or its session expired', () => {
        fake = new FakeSf({
            'org list': {
                result: {
                    devHubs: [
                        {
                            alias: 'hub',
                            username: 'hub@example.com',
                            connectedStatus: 'RefreshTokenAuthError'
                        }
                    ]
                }
            }
        });
        const expired = fake.run('setup-scratch-org.ts', [
            '--target-dev-hub',
            'hub'
        ]);
        assert.equal(expired.status, 1);
        assert.match(
            expired.stderr,
            /The Dev Hub hub is not connected \(RefreshTokenAuthError\)\. Log in again with: sf org login web --set-default-dev-hub --alias hub/
        );
        const unknown = fake.run('setup-scratch-org.ts', [
            '--target-dev-hub',
            'nope'
        ]);
        assert.match(
            unknown.stderr,
            /sf is not logged in to a Dev Hub named nope/
        );
        assert.deepEqual(fake.commandLines(), [
            'sf org list --json',
            'sf org list --json'
        ]);
    });

    it("stops at the first failing step with sf's own message", () => {
        const answers = working();
        answers['project deploy start'] = {
            status: 1,
            name: 'FailedDeployError',
            message:
                'Deploy failed: Strategic_Account_Record_Page: Invalid component.'
        };
        fake = new FakeSf(answers);
        const run = fake.run('setup-scratch-org.ts');
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /sf project deploy start failed: Deploy failed: Strategic_Account_Record_Page: Invalid component\./
        );
        assert.equal(
            fake.commandLines().at(-1),
            'sf project deploy start --target-org sap --json'
        );
    });

    it('prints help without calling sf, and refuses unknown options', () => {
        fake = new FakeSf({});
        const help = fake.run('setup-scratch-org.ts', ['--help']);
        assert.equal(help.status, 0);
        assert.match(help.stdout, /^Usage: npm run org:setup/);
        const wrong = fake.run('setup-scratch-org.ts', ['--colour', 'blue']);
        assert.equal(wrong.status, 1);
        assert.match(
            wrong.stderr,
            /Unknown option '--colour'[\s\S]*Usage: npm run org:setup/
        );
        assert.deepEqual(fake.calls(), []);
    });
});
