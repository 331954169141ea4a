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
import { loadProject, type ProjectModel } from '../lib/project';
import { type ProjectCopy, withProjectCopy } from '../lib/projectCopy';
import { assertRefusedWith, withValidationRule } from './flowRefusalTesting';
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

/** A store over the seed (of `model`, this project by default), and helpers that act as a user of the Buy-Sell ladder would. */
function scenario(model: ProjectModel = project) {
    const store = new PreviewStore(model, seed(), { today: TODAY });
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

    it('an assessment saved without a date is dated today by its default, and the flow makes it the latest', () => {
        const { store, assess, state } = scenario();
        const first = assess(4, '2026-06-01', 'Cio');
        const { Id, Assessed_On__c } = store.create('Buy_Sell_Level__c', {
            Strategic_Account_Plan__c: store.list(
                'Strategic_Account_Plan__c'
            )[0].Id,
            Perspective__c: 'Customer',
            Level__c: 3,
            Customer_Respondent__c: store.get(first)!.Customer_Respondent__c
        });
        assert.equal(Assessed_On__c, TODAY);
        assert.deepEqual(state(first), [4, false, null, null]);
        assert.deepEqual(state(Id), [3, true, 4, -1]);
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

describe('the Buy-Sell flows when an assessment of the history cannot be saved', () => {
    const REFUSAL =
        'The Buy-Sell history of this plan could not be updated, so the change was not saved: A level 4 assessment cannot be the latest.';

    /** A scenario on a copy of this project in which no level 4 assessment can be saved as the latest (and that `edit` changes). */
    const withFailingHistory = (
        use: (refusing: ReturnType<typeof scenario>) => void,
        edit?: (copy: ProjectCopy) => void
    ) =>
        withValidationRule(
            {
                object: 'Buy_Sell_Level__c',
                name: 'Level_4_Never_Latest',
                formula: 'AND(Is_Latest__c, Level__c = 4)',
                message: 'A level 4 assessment cannot be the latest.'
            },
            (model) => use(scenario(model)),
            edit
        );

    const assertRefused = (save: () => unknown) =>
        assertRefusedWith(REFUSAL, save);

    it('refuses a new assessment with the reason, and keeps nothing of it', () => {
        withFailingHistory(({ store, assess, state, rollUps }) => {
            const first = assess(3, '2026-06-01', 'Cio');
            assertRefused(() => assess(4, '2026-09-01', 'Cio'));
            assert.deepEqual(
                store.list('Buy_Sell_Level__c').map((level) => level.Id),
                [first]
            );
            assert.deepEqual(state(first), [3, true, null, null]);
            assert.deepEqual(rollUps(), {
                assessments: 1,
                view: 3,
                slipping: false
            });
        });
    });

    /**
     * The respondent Cio's latest assessment at level 2, after a back-dated
     * one at level 4, and a check that both are still as they were: the
     * older one is not the latest (the flow never saved it, and the preview
     * leaves a checkbox nobody set blank).
     */
    const cioHistory = ({ assess, state }: ReturnType<typeof scenario>) => {
        const latest = assess(2, '2026-09-01', 'Cio');
        const older = assess(4, '2026-06-01', 'Cio');
        const unchanged = () => {
            assert.deepEqual(state(latest), [2, true, 4, -2]);
            const [level, isLatest, previous] = state(older);
            assert.deepEqual(
                [level, isLatest === true, previous],
                [4, false, null]
            );
        };
        unchanged();
        return { latest, unchanged };
    };

    it('refuses to delete the latest when the one before it cannot become the latest', () => {
        withFailingHistory((refusing) => {
            const { store } = refusing;
            const { latest, unchanged } = cioHistory(refusing);
            assertRefused(() => store.delete(latest));
            unchanged();
        });
    });

    it('refuses a move to another respondent when the history left cannot be kept, and undoes the new one', () => {
        withFailingHistory((refusing) => {
            const { store } = refusing;
            const { latest, unchanged } = cioHistory(refusing);
            const [cio, coo] = ['Cio', 'Coo'].map(
                (name) =>
                    store
                        .list('Contact')
                        .find((record) => record.LastName === name)!.Id
            );
            assertRefused(() =>
                store.update(latest, { Customer_Respondent__c: coo })
            );
            assert.equal(store.get(latest)!.Customer_Respondent__c, cio);
            unchanged();
        });
    });

    it('answers an inline Custom Error on its field, as a validation rule on that field', () => {
        withFailingHistory(
            ({ assess }) => {
                assess(3, '2026-06-01', 'Cio');
                assert.throws(
                    () => assess(4, '2026-09-01', 'Cio'),
                    (error: unknown) => {
                        assert.ok(error instanceof RecordWriteError);
                        assert.deepEqual(
                            error.errors.map(
                                ({ errorCode, field, fieldLabel }) => [
                                    errorCode,
                                    field,
                                    fieldLabel
                                ]
                            ),
                            [
                                [
                                    'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                                    'Level__c',
                                    'Level'
                                ]
                            ]
                        );
                        return true;
                    }
                );
            },
            (copy) =>
                copy.replace(
                    'force-app/main/default/flows/Buy_Sell_Level_After_Save.flow-meta.xml',
                    '<isFieldError>false</isFieldError>',
                    '<isFieldError>true</isFieldError>\n            <fieldSelection>Level__c</fieldSelection>'
                )
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
