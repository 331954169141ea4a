/**
 * The shipped objective-count flows (Plan Action After Save, Plan Action
 * Before Delete, both calling Plan Objective Action Counts), run from their
 * XML by the flow interpreter inside the preview store: each scenario acts
 * on actions as a user would and checks the objective's Open_Actions__c,
 * Done_Actions__c, Next_Action_Due__c and the formula Has_Overdue_Actions__c
 * after each step.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadProject, type ProjectModel } from '../lib/project';
import { assertRefusedWith, withValidationRule } from './flowRefusalTesting';
import { PreviewStore, RecordWriteError, type SeedRecord } from './store';

const project = loadProject();
const TODAY = '2026-11-22';

function seed(): SeedRecord[] {
    return [
        { attributes: { type: 'Account', referenceId: 'Acme' }, Name: 'Acme' },
        {
            attributes: { type: 'Contact', referenceId: 'Cio' },
            LastName: 'Cio',
            AccountId: '@Acme'
        },
        {
            attributes: { type: 'User', referenceId: 'Rep' },
            LastName: 'Rep'
        },
        {
            attributes: {
                type: 'Strategic_Account_Plan__c',
                referenceId: 'Plan'
            },
            Name: 'Acme plan',
            Account__c: '@Acme',
            Status__c: 'Active',
            Plan_Start_Date__c: '2026-01-01'
        },
        ...['Grow', 'Trust'].map((name) => ({
            attributes: { type: 'Plan_Objective__c', referenceId: name },
            Name: name,
            Strategic_Account_Plan__c: '@Plan',
            Objective_Type__c: 'Relationship',
            Due_Date__c: '2027-06-30',
            Supplier_Owner__c: '@Rep'
        }))
    ];
}

/** A store over the seed (of `model`, this project by default), and helpers that act as a user of the objectives would. */
function scenario(model: ProjectModel = project) {
    const store = new PreviewStore(model, seed(), { today: TODAY });
    const objective = (name: string) =>
        store.list('Plan_Objective__c').find((record) => record.Name === name)!;
    const add = (
        objectiveName: string,
        dueDate: string,
        status = 'In Progress'
    ) =>
        store.create('Plan_Action__c', {
            Strategic_Account_Plan__c: store.list(
                'Strategic_Account_Plan__c'
            )[0].Id,
            Objective__c: objective(objectiveName).Id,
            Name: `Action due ${dueDate}`,
            Owner_Side__c: 'Ours',
            Supplier_Owner__c: store.list('User')[0].Id,
            Due_Date__c: dueDate,
            Status__c: status,
            ...(status === 'Done' ? { Completed_On__c: TODAY } : {})
        }).Id;
    /** `[open, done, next due, has overdue actions]` of an objective. */
    const counts = (name: string) => {
        const record = objective(name);
        return [
            record.Open_Actions__c ?? null,
            record.Done_Actions__c ?? null,
            record.Next_Action_Due__c ?? null,
            record.Has_Overdue_Actions__c
        ];
    };
    return { store, add, counts, objective };
}

describe('the objective-count flows, run from their XML in the preview store', () => {
    it('create: each new action counts as open and the earliest due date is kept', () => {
        const { add, counts } = scenario();
        add('Grow', '2026-12-15');
        assert.deepEqual(counts('Grow'), [1, 0, '2026-12-15', false]);
        add('Grow', '2026-11-01');
        assert.deepEqual(counts('Grow'), [2, 0, '2026-11-01', true]);
        assert.deepEqual(counts('Trust'), [0, 0, null, false]);
    });

    it('complete: a done action moves from open to done and no longer sets the next due date', () => {
        const { store, add, counts } = scenario();
        const late = add('Grow', '2026-11-01');
        add('Grow', '2026-12-15');
        store.update(late, { Status__c: 'Done', Completed_On__c: TODAY });
        assert.deepEqual(counts('Grow'), [1, 1, '2026-12-15', false]);
    });

    it('drop: a dropped action counts neither as open nor as done', () => {
        const { store, add, counts } = scenario();
        const action = add('Grow', '2026-11-01');
        store.update(action, { Status__c: 'Dropped' });
        assert.deepEqual(counts('Grow'), [0, 0, null, false]);
    });

    it('re-date: moving the only late action into the future clears the overdue flag', () => {
        const { store, add, counts } = scenario();
        const action = add('Grow', '2026-11-01');
        assert.deepEqual(counts('Grow'), [1, 0, '2026-11-01', true]);
        store.update(action, { Due_Date__c: '2027-01-10' });
        assert.deepEqual(counts('Grow'), [1, 0, '2027-01-10', false]);
    });

    it('re-assign: the action counts for its new objective, and the one it left is recounted', () => {
        const { store, add, counts, objective } = scenario();
        const action = add('Grow', '2026-11-01');
        add('Grow', '2026-12-15', 'Done');
        store.update(action, { Objective__c: objective('Trust').Id });
        assert.deepEqual(counts('Grow'), [0, 1, null, false]);
        assert.deepEqual(counts('Trust'), [1, 0, '2026-11-01', true]);
        store.update(action, { Objective__c: null });
        assert.deepEqual(counts('Trust'), [0, 0, null, false]);
    });

    it('delete: the deleted action leaves the counts before it goes', () => {
        const { store, add, counts } = scenario();
        const late = add('Grow', '2026-11-01');
        add('Grow', '2026-12-15', 'Done');
        store.delete(late);
        assert.deepEqual(counts('Grow'), [0, 1, null, false]);
    });

    it('a refused save changes no count', () => {
        const { store, add, counts } = scenario();
        const action = add('Grow', '2026-11-01');
        assert.throws(
            () => store.update(action, { Status__c: 'Done' }),
            (error: unknown) =>
                error instanceof RecordWriteError &&
                /the day the action was done/.test(error.message)
        );
        assert.deepEqual(counts('Grow'), [1, 0, '2026-11-01', true]);
    });

    it('a change the flow does not watch (the name) leaves the counts alone', () => {
        const { store, add, counts, objective } = scenario();
        const action = add('Grow', '2026-12-15');
        store.update(objective('Grow').Id, { Open_Actions__c: 7 });
        store.update(action, { Name: 'Renamed' });
        assert.deepEqual(counts('Grow'), [7, 0, '2026-12-15', false]);
    });
});

describe('the objective-count flows when the objective cannot be saved', () => {
    const REFUSAL =
        'The action counts of the objective could not be updated, so the change was not saved: An objective has exactly one open action.';

    /** A scenario on a copy of this project in which an objective's save fails unless it has exactly one open action. */
    const withFailingObjective = (
        use: (refusing: ReturnType<typeof scenario>) => void
    ) =>
        withValidationRule(
            {
                object: 'Plan_Objective__c',
                name: 'Exactly_One_Open_Action',
                formula: 'Open_Actions__c <> 1',
                message: 'An objective has exactly one open action.'
            },
            (model) => use(scenario(model))
        );

    const assertRefused = (save: () => unknown) =>
        assertRefusedWith(REFUSAL, save);

    it('refuses a new action with the reason, and keeps nothing of it', () => {
        withFailingObjective(({ store, add, counts }) => {
            add('Grow', '2026-11-01');
            assert.deepEqual(counts('Grow'), [1, 0, '2026-11-01', true]);
            assertRefused(() => add('Grow', '2026-10-01'));
            assert.equal(store.list('Plan_Action__c').length, 1);
            assert.deepEqual(counts('Grow'), [1, 0, '2026-11-01', true]);
        });
    });

    it('refuses a move when the objective left cannot be recounted, and undoes the count of the new one', () => {
        withFailingObjective(({ store, add, counts, objective }) => {
            const action = add('Grow', '2026-11-01');
            assertRefused(() =>
                store.update(action, { Objective__c: objective('Trust').Id })
            );
            assert.equal(store.get(action)!.Objective__c, objective('Grow').Id);
            assert.deepEqual(counts('Grow'), [1, 0, '2026-11-01', true]);
            assert.deepEqual(counts('Trust'), [0, 0, null, false]);
        });
    });

    it('refuses a delete when the objective cannot be recounted, and keeps the action', () => {
        withFailingObjective(({ store, add, counts }) => {
            const action = add('Grow', '2026-11-01');
            assertRefused(() => store.delete(action));
            assert.ok(store.get(action));
            assert.deepEqual(counts('Grow'), [1, 0, '2026-11-01', true]);
        });
    });
});
