import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormulaEngineError } from '../lib/formulaEngine';
import { defaultPicklistValue, loadProject } from '../lib/project';
import { withProjectCopy } from '../lib/projectCopy';
import { withValidationRule } from './flowRefusalTesting';
import { sampleSeed } from './sampleSeed';
import { PreviewStore, RecordWriteError, type SeedRecord } from './store';

const project = loadProject();
const TODAY = '2026-11-22';

/** One account with one active plan, two metrics and one sponsor pair. */
function seed(): SeedRecord[] {
    return [
        { attributes: { type: 'Account', referenceId: 'Acme' }, Name: 'Acme' },
        {
            attributes: { type: 'User', referenceId: 'Dana' },
            Name: 'Dana Reyes'
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
        {
            attributes: { type: 'Joint_Metric__c', referenceId: 'Revenue' },
            Name: 'Revenue',
            Strategic_Account_Plan__c: '@Plan',
            Category__c: 'Joint',
            Indicator_Type__c: 'Lagging',
            Direction__c: 'Higher is better',
            Baseline__c: 0,
            Target__c: 100,
            Actual__c: 10
        },
        {
            attributes: {
                type: 'Executive_Sponsor_Cadence__c',
                referenceId: 'Pair'
            },
            Strategic_Account_Plan__c: '@Plan',
            Executive_Sponsor__c: '@Dana',
            Cadence__c: 'Monthly',
            Active__c: true,
            Start_Date__c: '2026-01-01',
            Last_Touch_Date__c: '2026-08-01'
        }
    ];
}

const clock = (start: string) => {
    let now = Date.parse(start);
    return () => new Date((now += 1000));
};

describe('PreviewStore', () => {
    it('resolves seed references and gives auto-number names', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [plan] = store.list('Strategic_Account_Plan__c');
        const [account] = store.list('Account');
        assert.equal(plan.Account__c, account.Id);
        assert.match(account.Id, /^001\w{15}$/);
        assert.match(
            String(store.list('Executive_Sponsor_Cadence__c')[0].Name),
            /^ESC-\d{5}$/
        );
    });

    it('computes formulas and roll-ups from the metadata, Percent as the UI API returns it', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [metric] = store.list('Joint_Metric__c');
        assert.equal(metric.Progress__c, 10);
        assert.equal(metric.Status__c, 'Off Track');
        assert.equal(
            store.list('Executive_Sponsor_Cadence__c')[0].Cadence_Status__c,
            'Overdue'
        );
        const [plan] = store.list('Strategic_Account_Plan__c');
        assert.equal(plan.Metric_Count__c, 1);
        assert.equal(plan.Metrics_Off_Track__c, 1);
        assert.equal(plan.Plan_Health__c, 0);
    });

    it('recomputes a record and its master after an update', () => {
        const store = new PreviewStore(project, seed(), {
            today: TODAY,
            now: clock('2026-11-22T09:00:00Z')
        });
        const [metric] = store.list('Joint_Metric__c');
        const updated = store.update(metric.Id, { Actual__c: 95 });
        assert.equal(updated.Status__c, 'On Track');
        assert.ok(
            Date.parse(String(updated.LastModifiedDate)) >
                Date.parse(String(metric.LastModifiedDate))
        );
        assert.equal(
            store.list('Strategic_Account_Plan__c')[0].Plan_Health__c,
            100
        );
        const [pair] = store.list('Executive_Sponsor_Cadence__c');
        assert.equal(
            store.update(pair.Id, { Last_Touch_Date__c: TODAY })
                .Cadence_Status__c,
            'On Track'
        );
    });

    it('refuses an update whose ifUnmodifiedSince is older than the record', () => {
        const store = new PreviewStore(project, seed(), {
            today: TODAY,
            now: clock('2026-11-22T09:00:00Z')
        });
        const [metric] = store.list('Joint_Metric__c');
        store.touch(metric.Id);
        assert.throws(
            () =>
                store.update(
                    metric.Id,
                    { Actual__c: 50 },
                    String(metric.LastModifiedDate)
                ),
            (error: RecordWriteError) =>
                error.status === 412 &&
                error.errors[0].errorCode ===
                    'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE'
        );
        const current = store.get(metric.Id)!;
        assert.equal(current.Actual__c, 10);
        assert.equal(
            store.update(
                metric.Id,
                { Actual__c: 50 },
                String(current.LastModifiedDate)
            ).Actual__c,
            50
        );
    });

    it('runs the validation rules and refuses computed or unknown fields', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [pair] = store.list('Executive_Sponsor_Cadence__c');
        assert.throws(
            () => store.update(pair.Id, { Last_Touch_Date__c: '2027-01-01' }),
            (error: RecordWriteError) =>
                error.status === 400 &&
                error.errors[0].errorCode ===
                    'FIELD_CUSTOM_VALIDATION_EXCEPTION' &&
                error.errors[0].field === 'Last_Touch_Date__c'
        );
        assert.throws(
            () => store.update(pair.Id, { Cadence_Status__c: 'On Track' }),
            (error: RecordWriteError) => error.status === 400
        );
        assert.throws(
            () => store.update(pair.Id, { Nope__c: 1 }),
            (error: RecordWriteError) =>
                error.errors[0].errorCode === 'INVALID_FIELD' &&
                error.kind === 'request'
        );
    });

    // The API refuses a value its JSON type does not fit (JSON_PARSER_ERROR,
    // https://salesforce.stackexchange.com/questions/54882) and a number with
    // more digits before the point than precision − scale, or none that fit
    // (NUMBER_OUTSIDE_VALID_RANGE, StatusCode in
    // https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm).
    it('refuses values of the wrong type and numbers beyond the field’s precision, nothing written', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [metric] = store.list('Joint_Metric__c');
        const refusal = (fields: Record<string, unknown>) => {
            try {
                store.update(metric.Id, fields);
            } catch (error) {
                assert.ok(error instanceof RecordWriteError);
                return {
                    status: error.status,
                    kind: error.kind,
                    ...error.errors[0]
                };
            }
            assert.fail(`${JSON.stringify(fields)} was accepted`);
        };
        for (const wrong of ['12', [12], { value: 12 }, true]) {
            assert.deepEqual(
                {
                    ...refusal({ Actual__c: wrong }),
                    message: undefined
                },
                {
                    status: 400,
                    kind: 'request',
                    errorCode: 'JSON_PARSER_ERROR',
                    message: undefined
                },
                JSON.stringify(wrong)
            );
        }
        assert.equal(
            refusal({ Shared_With_Customer__c: 'yes' }).errorCode,
            'JSON_PARSER_ERROR'
        );
        assert.equal(refusal({ Name: 42 }).errorCode, 'JSON_PARSER_ERROR');
        // Actual__c is Number(16, 2): 14 digits before the point.
        for (const outside of [1e14, -1e14, 1e29, Infinity, -Infinity, NaN]) {
            assert.deepEqual(
                refusal({ Actual__c: outside }),
                {
                    status: 400,
                    kind: 'record',
                    errorCode: 'NUMBER_OUTSIDE_VALID_RANGE',
                    message: `Actual: value outside of valid range on numeric field: ${outside}`,
                    field: 'Actual__c',
                    fieldLabel: 'Actual'
                },
                String(outside)
            );
        }
        assert.equal(store.get(metric.Id)!.Actual__c, 10, 'nothing written');
        const [plan] = store.list('Strategic_Account_Plan__c');
        const mission = project.getField(plan.attributes.type, 'Mission__c')!;
        assert.throws(
            () =>
                store.update(plan.Id, {
                    Mission__c: 'x'.repeat(mission.length! + 1)
                }),
            (error: RecordWriteError) =>
                error.errors[0].errorCode === 'STRING_TOO_LONG' &&
                error.errors[0].field === 'Mission__c'
        );
        // The largest 14-digit value fits, and extra decimals are stored as sent (the API does not round).
        assert.equal(
            store.update(metric.Id, { Actual__c: 99999999999999.98 }).Actual__c,
            99999999999999.98
        );
        assert.equal(
            store.update(metric.Id, { Actual__c: 12.345 }).Actual__c,
            12.345
        );
        assert.equal(
            store.update(metric.Id, { Actual__c: null }).Actual__c,
            null
        );
    });

    it('deletes a record and recomputes the roll-ups of its master', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [metric] = store.list('Joint_Metric__c');
        assert.equal(
            store.list('Strategic_Account_Plan__c')[0].Metric_Count__c,
            1
        );
        store.delete(metric.Id);
        assert.equal(store.get(metric.Id), undefined);
        assert.equal(
            store.list('Strategic_Account_Plan__c')[0].Metric_Count__c,
            0
        );
        assert.throws(
            () => store.delete(metric.Id),
            (error: RecordWriteError) =>
                error.status === 404 &&
                error.errors[0].errorCode === 'NOT_FOUND'
        );
    });

    it('deletes the detail records with their master and clears lookups to a deleted record', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [plan] = store.list('Strategic_Account_Plan__c');
        const [user] = store.list('User');
        const [pair] = store.list('Executive_Sponsor_Cadence__c');
        assert.equal(pair.Executive_Sponsor__c, user.Id);
        store.delete(user.Id);
        assert.equal(
            store.get(pair.Id)!.Executive_Sponsor__c,
            null,
            'a lookup to a deleted record is cleared'
        );
        store.delete(plan.Id);
        assert.deepEqual(store.list('Joint_Metric__c'), []);
        assert.deepEqual(store.list('Executive_Sponsor_Cadence__c'), []);
        assert.equal(store.list('Account').length, 1);
    });

    it('creates a Task on a cadence record', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [pair] = store.list('Executive_Sponsor_Cadence__c');
        const task = store.create('Task', {
            WhatId: pair.Id,
            Subject: 'Executive touch',
            ActivityDate: TODAY,
            Status: 'Completed'
        });
        assert.match(task.Id, /^00T/);
        assert.deepEqual(
            store.list('Task').map((record) => record.WhatId),
            [pair.Id]
        );
    });

    it('gives a created record the default of each picklist the write leaves out', () => {
        const store = new PreviewStore(project, seed(), { today: TODAY });
        const [plan] = store.list('Strategic_Account_Plan__c');
        const risk = store.create('Plan_Risk__c', {
            Strategic_Account_Plan__c: plan.Id,
            Status__c: 'Mitigating'
        });
        const severity = project.getField('Plan_Risk__c', 'Severity__c')!;
        assert.equal(risk.Severity__c, defaultPicklistValue(severity)!.value);
        assert.equal(risk.Status__c, 'Mitigating');
        // Risk_Type__c flags no default.
        assert.equal(risk.Risk_Type__c, undefined);
    });

    it('loads every sample record and computes its formulas', () => {
        const store = new PreviewStore(project, sampleSeed(project, TODAY), {
            today: TODAY
        });
        assert.ok(store.list('Account').length >= 4);
        const classifications = new Set(
            store
                .list('Strategic_Account_Plan__c')
                .map((plan) => plan.Account_Classification__c)
        );
        for (const classification of [
            'Strategic',
            'Major',
            'Emerging',
            'Transactional'
        ])
            assert.ok(classifications.has(classification), classification);
        assert.ok(
            store
                .list('Executive_Sponsor_Cadence__c')
                .every((pair) => typeof pair.Cadence_Status__c === 'string')
        );
    });
});

describe('PreviewStore default values', () => {
    const store = () => new PreviewStore(project, seed(), { today: TODAY });
    const planId = (target: PreviewStore) =>
        target.list('Strategic_Account_Plan__c')[0].Id;
    const FIELDS = 'force-app/main/default/objects';
    /** Creates an objective with what its validation rules require, and `fields`. */
    const createObjective = (
        target: PreviewStore,
        fields: Record<string, unknown> = {}
    ) =>
        target.create('Plan_Objective__c', {
            Strategic_Account_Plan__c: planId(target),
            Name: 'Grow',
            Objective_Type__c: 'Relationship',
            Due_Date__c: '2027-06-30',
            Supplier_Owner__c: target.list('User')[0].Id,
            ...fields
        });

    it('gives a created record the default of each field the write leaves out: numbers, checkboxes, TODAY()', () => {
        const target = store();
        const objective = createObjective(target);
        assert.equal(objective.Open_Actions__c, 0);
        assert.equal(objective.Done_Actions__c, 0);
        const pair = target.create('Executive_Sponsor_Cadence__c', {
            Strategic_Account_Plan__c: planId(target)
        });
        assert.equal(pair.Active__c, true);
        assert.equal(pair.Start_Date__c, TODAY);
        const metric = target.create('Joint_Metric__c', {
            Strategic_Account_Plan__c: planId(target),
            Name: 'Referrals',
            Baseline__c: 0,
            Target__c: 10
        });
        assert.equal(metric.Shared_With_Customer__c, false);
        const risk = target.create('Plan_Risk__c', {
            Strategic_Account_Plan__c: planId(target)
        });
        assert.equal(risk.Raised_On__c, TODAY);
    });

    it('keeps a written value, an explicit null included; a null checkbox is unchecked', () => {
        const target = store();
        const pair = target.create('Executive_Sponsor_Cadence__c', {
            Strategic_Account_Plan__c: planId(target),
            Active__c: false,
            Start_Date__c: '2026-01-01'
        });
        assert.equal(pair.Active__c, false);
        assert.equal(pair.Start_Date__c, '2026-01-01');
        const risk = target.create('Plan_Risk__c', {
            Strategic_Account_Plan__c: planId(target),
            Raised_On__c: null
        });
        assert.equal(risk.Raised_On__c, null);
        const objective = createObjective(target, { Open_Actions__c: 3 });
        assert.equal(objective.Open_Actions__c, 3);
        assert.equal(objective.Done_Actions__c, 0);
        const metric = target.create('Joint_Metric__c', {
            Strategic_Account_Plan__c: planId(target),
            Name: 'Referrals',
            Baseline__c: 0,
            Target__c: 10,
            Shared_With_Customer__c: null
        });
        assert.equal(metric.Shared_With_Customer__c, false);
    });

    it('does not apply defaults again on update', () => {
        const target = store();
        const { Id } = createObjective(target);
        target.update(Id, { Open_Actions__c: null });
        target.update(Id, { Name: 'Grow the account' });
        assert.equal(target.get(Id)!.Open_Actions__c, null);
        assert.equal(target.get(Id)!.Done_Actions__c, 0);
    });

    it('gives seeded records the defaults of the fields they leave out', () => {
        const [metric] = store().list('Joint_Metric__c');
        assert.equal(metric.Shared_With_Customer__c, false);
    });

    it('runs the validation rules on the record with its defaults', () =>
        withValidationRule(
            {
                object: 'Executive_Sponsor_Cadence__c',
                name: 'Sees_Defaults',
                formula: 'Active__c && Start_Date__c = TODAY()',
                message: 'The defaults are set.'
            },
            (model) => {
                const target = new PreviewStore(model, seed(), {
                    today: TODAY
                });
                assert.throws(
                    () =>
                        target.create('Executive_Sponsor_Cadence__c', {
                            Strategic_Account_Plan__c: planId(target)
                        }),
                    (error: RecordWriteError) =>
                        error.errors[0].message === 'The defaults are set.'
                );
                target.create('Executive_Sponsor_Cadence__c', {
                    Strategic_Account_Plan__c: planId(target),
                    Active__c: false
                });
            }
        ));

    it('takes a picklist’s default formula when it names a value, else the value flagged default', () =>
        withProjectCopy((copy) => {
            const file = `${FIELDS}/Plan_Risk__c/fields/Severity__c.field-meta.xml`;
            const create = (defaultValue: string) => {
                copy.write(
                    file,
                    copy
                        .read(file)
                        .replace(/\s*<defaultValue>.*<\/defaultValue>/, '')
                        .replace(
                            '<type>Picklist</type>',
                            `<defaultValue>${defaultValue}</defaultValue>\n    <type>Picklist</type>`
                        )
                );
                const target = new PreviewStore(
                    loadProject(copy.root),
                    seed(),
                    { today: TODAY }
                );
                return target.create('Plan_Risk__c', {
                    Strategic_Account_Plan__c: planId(target)
                }).Severity__c;
            };
            assert.equal(create('"High"'), 'High');
            assert.equal(create('"Severe"'), 'Medium');
        }));

    it('refuses to start on a default it cannot evaluate, naming the field and the variable', () =>
        withProjectCopy((copy) => {
            copy.replace(
                `${FIELDS}/Plan_Risk__c/fields/Raised_On__c.field-meta.xml`,
                '<defaultValue>TODAY()</defaultValue>',
                '<defaultValue>IF($User.IsActive, TODAY(), NULL)</defaultValue>'
            );
            const model = loadProject(copy.root);
            assert.throws(
                () => new PreviewStore(model, seed(), { today: TODAY }),
                (error: Error) =>
                    error instanceof FormulaEngineError &&
                    error.message.includes('Raised_On__c (default value)') &&
                    error.message.includes('$User.IsActive')
            );
        }));
});
