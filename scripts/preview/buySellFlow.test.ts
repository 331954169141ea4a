/**
 * The shipped Buy-Sell flows (force-app/main/default/flows), run from their
 * XML by the flow interpreter inside the preview store: each scenario of
 * issue 11 saves or deletes assessments as a user would and checks the
 * assessments' Is_Latest__c, Previous_Level__c and Movement__c and the plan's
 * roll-ups after each step.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlowUnsupportedError } from '../lib/flowInterpreter';
import { loadProject } from '../lib/project';
import { withProjectCopy } from '../lib/projectCopy';
import { PreviewStore, RecordWriteError, type SeedRecord } from './store';

const project = loadProject();
const TODAY = '2026-11-22';

function seed(): SeedRecord[] {
    return [
        { attributes: { type: 'Account', referenceId: 'Acme' }, Name: 'Acme' },
        ...['Cio', 'Coo'].map((name) => ({
            attributes: { type: 'Contact', referenceId: name },
            LastName: name,
            AccountId: '@Acme'
        })),
        {
            attributes: {
                type: 'Strategic_Account_Plan__c',
                referenceId: 'Plan'
            },
            Name: 'Acme plan',
            Account__c: '@Acme',
            Status__c: 'Active',
            Plan_Start_Date__c: '2026-01-01'
        }
    ];
}

/** A store over the seed, and helpers that act as a user of the Buy-Sell ladder would. */
function scenario() {
    const store = new PreviewStore(project, seed(), { today: TODAY });
    const plan = () => store.list('Strategic_Account_Plan__c')[0];
    const contact = (name: string) =>
        store.list('Contact').find((record) => record.LastName === name)!.Id;
    const assess = (
        level: number,
        date: string,
        respondent: string | null,
        horizon = 'Current'
    ) =>
        store.create('Buy_Sell_Level__c', {
            Strategic_Account_Plan__c: plan().Id,
            Perspective__c: 'Customer',
            Horizon__c: horizon,
            Level__c: level,
            Assessed_On__c: date,
            ...(respondent
                ? { Customer_Respondent__c: contact(respondent) }
                : {})
        }).Id;
    /** `[level, Is_Latest__c, Previous_Level__c, Movement__c]` of an assessment. */
    const state = (id: string) => {
        const record = store.get(id)!;
        return [
            record.Level__c,
            record.Is_Latest__c,
            record.Previous_Level__c ?? null,
            record.Movement__c ?? null
        ];
    };
    const rollUps = () => {
        const current = plan();
        return {
            assessments: current.Customer_Assessments__c,
            view: current.Customer_View_Level__c,
            slipping: current.Buy_Sell_Slipping__c
        };
    };
    return { store, assess, state, rollUps };
}

describe('the Buy-Sell flows, run from their XML in the preview store', () => {
    it('first assessment: latest, no previous level, no movement', () => {
        const { assess, state, rollUps } = scenario();
        const first = assess(3, '2026-06-01', 'Cio');
        assert.deepEqual(state(first), [3, true, null, null]);
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 3,
            slipping: false
        });
    });

    it('a newer assessment becomes the latest and records the movement; the older one is history', () => {
        const { assess, state, rollUps } = scenario();
        const first = assess(4, '2026-06-01', 'Cio');
        const newer = assess(3, '2026-09-01', 'Cio');
        assert.deepEqual(state(first), [4, false, null, null]);
        assert.deepEqual(state(newer), [3, true, 4, -1]);
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 3,
            slipping: true
        });
    });

    it('a back-dated assessment does not displace the newer one, and slots into the history', () => {
        const { assess, state, rollUps } = scenario();
        const first = assess(2, '2026-03-01', 'Cio');
        const newest = assess(4, '2026-09-01', 'Cio');
        const backDated = assess(5, '2026-06-01', 'Cio');
        assert.deepEqual(state(first), [2, false, null, null]);
        assert.deepEqual(state(backDated), [5, false, 2, 3]);
        assert.deepEqual(state(newest), [4, true, 5, -1]);
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 4,
            slipping: true
        });
    });

    it('editing the date reorders the history', () => {
        const { store, assess, state, rollUps } = scenario();
        const older = assess(4, '2026-03-01', 'Cio');
        const newer = assess(2, '2026-09-01', 'Cio');
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 2,
            slipping: true
        });
        store.update(older, { Assessed_On__c: '2026-10-01' });
        assert.deepEqual(state(newer), [2, false, null, null]);
        assert.deepEqual(state(older), [4, true, 2, 2]);
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 4,
            slipping: false
        });
    });

    it('deleting the latest makes the one before it the latest', () => {
        const { store, assess, state, rollUps } = scenario();
        const first = assess(3, '2026-03-01', 'Cio');
        const second = assess(4, '2026-06-01', 'Cio');
        const latest = assess(2, '2026-09-01', 'Cio');
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 2,
            slipping: true
        });
        store.delete(latest);
        assert.equal(store.get(latest), undefined);
        assert.deepEqual(state(second), [4, true, 3, 1]);
        assert.deepEqual(state(first), [3, false, null, null]);
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 4,
            slipping: false
        });
        store.delete(first);
        assert.deepEqual(state(second), [4, true, null, null]);
        store.delete(second);
        assert.deepEqual(rollUps(), {
            assessments: 0,
            view: null,
            slipping: false
        });
    });

    it('two respondents each count with their latest: 3 and 3 is 3.0 whatever their history', () => {
        const { assess, state, rollUps } = scenario();
        assess(2, '2025-07-01', 'Cio');
        const cio = assess(3, '2026-06-15', 'Cio');
        const coo = assess(3, '2026-06-20', 'Coo');
        assert.deepEqual(state(cio), [3, true, 2, 1]);
        assert.deepEqual(state(coo), [3, true, null, null]);
        assert.deepEqual(rollUps(), {
            assessments: 2,
            view: 3,
            slipping: false
        });
        const slip = assess(2, '2026-10-01', 'Coo');
        assert.deepEqual(state(slip), [2, true, 3, -1]);
        assert.deepEqual(rollUps(), {
            assessments: 2,
            view: 2.5,
            slipping: true
        });
    });

    it('a blank respondent counts as one respondent, apart from named ones', () => {
        // Only target horizons may be left without a respondent
        // (validation rule Customer_Current_Needs_Respondent).
        const { assess, state, rollUps } = scenario();
        const anonymousOld = assess(4, '2026-03-01', null, '1 Year');
        const anonymous = assess(5, '2026-06-01', null, '1 Year');
        const cio = assess(3, '2026-04-01', 'Cio', '1 Year');
        const current = assess(2, '2026-05-01', 'Cio');
        assert.deepEqual(state(anonymousOld), [4, false, null, null]);
        assert.deepEqual(state(anonymous), [5, true, 4, 1]);
        assert.deepEqual(state(cio), [3, true, null, null]);
        assert.deepEqual(state(current), [2, true, null, null]);
        assert.deepEqual(rollUps(), {
            assessments: 1,
            view: 2,
            slipping: false
        });
    });

    it('moving an assessment to another respondent keeps both histories', () => {
        const { store, assess, state } = scenario();
        const cioOld = assess(3, '2026-03-01', 'Cio');
        const cioNew = assess(4, '2026-06-01', 'Cio');
        const coo = store
            .list('Contact')
            .find((record) => record.LastName === 'Coo')!.Id;
        store.update(cioNew, { Customer_Respondent__c: coo });
        assert.deepEqual(state(cioOld), [3, true, null, null]);
        assert.deepEqual(state(cioNew), [4, true, null, null]);
    });

    it('an edit that changes no history field does not run the flow again', () => {
        const { store, assess } = scenario();
        const id = assess(3, '2026-03-01', 'Cio');
        const stamp = store.get(id)!.LastModifiedDate;
        store.update(id, { Rationale__c: 'Still a service provider.' });
        assert.notEqual(store.get(id)!.LastModifiedDate, stamp);
        assert.equal(store.get(id)!.Is_Latest__c, true);
    });

    it('seeds the sample data through the same flows', async () => {
        const { sampleSeed } = await import('./sampleSeed');
        const store = new PreviewStore(project, sampleSeed(project, TODAY), {
            today: TODAY
        });
        const plans = store.list('Strategic_Account_Plan__c');
        const contoso = plans.find((plan) =>
            String(plan.Name).startsWith('Contoso')
        )!;
        assert.equal(
            contoso.Customer_View_Level__c,
            3,
            'two respondents at 3 today'
        );
        const slipping = plans
            .filter((plan) => plan.Buy_Sell_Slipping__c)
            .map((plan) => String(plan.Name));
        assert.deepEqual(
            slipping.map((name) => name.split(' ')[0]),
            ['Northwind']
        );
        const latest = store
            .list('Buy_Sell_Level__c')
            .filter((level) => level.Is_Latest__c);
        assert.ok(
            latest.length < store.list('Buy_Sell_Level__c').length,
            'history stays'
        );
    });
});

describe('a flow the interpreter cannot run', () => {
    const FLOW =
        'force-app/main/default/flows/Buy_Sell_Latest_Assessment.flow-meta.xml';

    it('fails the store before anything runs, naming the flow and the element', () => {
        withProjectCopy((copy) => {
            copy.replace(
                FLOW,
                '    <start>',
                `    <waits>
        <name>Wait_A_Day</name>
        <label>Wait A Day</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <defaultConnectorLabel>Default</defaultConnectorLabel>
    </waits>
    <start>`
            );
            assert.throws(
                () =>
                    new PreviewStore(loadProject(copy.root), seed(), {
                        today: TODAY
                    }),
                (error: Error) =>
                    error instanceof FlowUnsupportedError &&
                    /Buy_Sell_Latest_Assessment: waits\[Wait_A_Day\] cannot run offline/.test(
                        error.message
                    )
            );
        });
    });

    it('refuses the save with the platform error code when a flow fails, and keeps nothing of it', () => {
        withProjectCopy((copy) => {
            copy.replace(
                FLOW,
                '<queriedFields>Perspective__c</queriedFields>',
                ''
            );
            const store = new PreviewStore(loadProject(copy.root), seed(), {
                today: TODAY
            });
            const [plan] = store.list('Strategic_Account_Plan__c');
            assert.throws(
                () =>
                    store.create('Buy_Sell_Level__c', {
                        Strategic_Account_Plan__c: plan.Id,
                        Perspective__c: 'Customer',
                        Horizon__c: 'Current',
                        Level__c: 3,
                        Assessed_On__c: '2026-06-01',
                        Customer_Respondent__c: store.list('Contact')[0].Id
                    }),
                (error: RecordWriteError) =>
                    error.errors[0].errorCode ===
                        'CANNOT_EXECUTE_FLOW_TRIGGER' &&
                    /Perspective__c was not queried/.test(error.message)
            );
            assert.deepEqual(
                store.list('Buy_Sell_Level__c'),
                [],
                'rolled back'
            );
        });
    });
});
