import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FakeSf } from './fakeSf';

let fake: FakeSf | undefined;
afterEach(() => fake?.remove());

describe('import-sample-data', () => {
    it('checks the org, finds the running user and imports the plan', () => {
        fake = new FakeSf({
            'org display': {
                result: {
                    username: 'me@dev.example.com',
                    connectedStatus: 'Connected'
                }
            },
            'org display user': {
                result: {
                    id: '005xx000001SvfAAAS',
                    username: 'me@dev.example.com'
                }
            },
            'data tree import': {
                result: [
                    {
                        refId: 'NorthwindRef',
                        type: 'Account',
                        id: '001xx000003GYkZAAW'
                    }
                ]
            }
        });
        const run = fake.run('import-sample-data.ts', ['-o', 'mydev']);
        assert.equal(run.status, 0, run.stderr);
        const plan = fake.calls()[2].args[4];
        assert.deepEqual(fake.commandLines(), [
            'sf org display --target-org mydev --json',
            'sf org display user --target-org mydev --json',
            `sf data tree import --plan ${plan} --target-org mydev --json`
        ]);
        assert.match(
            run.stdout,
            /people as me@dev\.example\.com[\s\S]*Imported 1 records into mydev\./
        );
    });

    it('says how to log in when sf does not know the org', () => {
        fake = new FakeSf({
            'org display': {
                status: 1,
                name: 'NamedOrgNotFoundError',
                message: 'No authorization information found for nope.'
            }
        });
        const run = fake.run('import-sample-data.ts', ['--target-org', 'nope']);
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /^Error: sf is not logged in to the org nope \(sf org display failed: No authorization information found for nope\.\)\. Log in with: sf org login web --alias nope/
        );
        assert.deepEqual(fake.commandLines(), [
            'sf org display --target-org nope --json'
        ]);
    });

    it('refuses an org whose session expired', () => {
        fake = new FakeSf({
            'org display': {
                result: {
                    username: 'me@dev.example.com',
                    connectedStatus: 'Expired'
                }
            }
        });
        const run = fake.run('import-sample-data.ts', ['-o', 'mydev']);
        assert.equal(run.status, 1);
        assert.match(run.stderr, /The org mydev is not connected \(Expired\)/);
    });

    it('needs --target-org and prints help', () => {
        fake = new FakeSf({});
        const missing = fake.run('import-sample-data.ts');
        assert.equal(missing.status, 1);
        assert.match(missing.stderr, /--target-org is required/);
        assert.match(
            fake.run('import-sample-data.ts', ['-h']).stdout,
            /^Usage: npm run org:data -- --target-org <alias>/
        );
        assert.deepEqual(fake.calls(), []);
    });
});
