/**
 * The formula engine: how it reads records, injects today, orders formulas,
 * computes roll-ups and reports errors; and proof that the case tables fail
 * when a formula in force-app is wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
    computeFormulaFields,
    computeRollUps,
    evaluateFormulas,
    evaluateValidationRules,
    FormulaEngineError,
    toUiApiValue
} from '../lib/formulaEngine';
import { loadProject } from '../lib/project';
import { tableFailures, TODAY } from './caseTable';
import { formulaTables, ruleTables } from './cases';
import { mutatedProject, type Mutation } from './mutatedProject';

const project = loadProject();
const today = TODAY;

/** One expression evaluated against an empty metric. */
const evaluate = (formula: string, day?: string) =>
    evaluateFormulas(
        project,
        'Joint_Metric__c',
        [formula],
        {},
        day ? { today: day } : {}
    )[0];

/** Asserts that `run` throws a FormulaEngineError about `object`.`element` whose message contains `reason`. */
function assertEngineError(
    run: () => unknown,
    object: string,
    element: string,
    reason: string
) {
    assert.throws(run, (error: unknown) => {
        assert.ok(
            error instanceof FormulaEngineError,
            `expected a FormulaEngineError, got ${String(error)}`
        );
        assert.equal(error.object, object);
        assert.equal(error.element, element);
        assert.match(
            error.message,
            new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        );
        return true;
    });
}

describe('today', () => {
    test('TODAY() is the injected day', () => {
        assert.equal(evaluate('TODAY()', '2027-03-01'), '2027-03-01');
        assert.equal(evaluate('TODAY() - DATE(2027, 2, 1)', '2027-03-01'), 28);
    });

    test('without an injected day, TODAY() is the local date of this machine', () => {
        const localDate = () => {
            const now = new Date();
            return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        };
        const before = localDate();
        const evaluated = evaluate('TODAY()');
        // Either side of a midnight that may pass during the evaluation.
        assert.ok(
            [before, localDate()].includes(evaluated as string),
            `TODAY() gave ${evaluated}, not ${before}`
        );
    });

    test('"TODAY()" inside a text literal stays text', () => {
        assert.equal(
            evaluate('"due TODAY()" & " " & TEXT(today())', today),
            `due TODAY() ${today}`
        );
    });

    test('a malformed day is refused', () => {
        assertEngineError(
            () =>
                computeFormulaFields(
                    project,
                    'Joint_Metric__c',
                    {},
                    { today: '2026-02-30' }
                ),
            'Joint_Metric__c',
            'today',
            'YYYY-MM-DD'
        );
    });
});

describe('record values', () => {
    test('formula fields are computed in dependency order, ignoring stale values in the record', () => {
        const values = computeFormulaFields(
            project,
            'Joint_Metric__c',
            {
                Baseline__c: 0,
                Target__c: 100,
                Actual__c: 80,
                Progress__c: 0.1,
                Status__c: 'Off Track'
            },
            { today }
        );
        assert.deepEqual(values, { Progress__c: 0.8, Status__c: 'On Track' });
    });

    test('numbers are stored at their field scale, as an org saves them', () => {
        assert.equal(
            computeFormulaFields(
                project,
                'Buy_Sell_Level__c',
                { Level__c: 2.6 },
                { today }
            ).Level_Name__c,
            '3 - Provider of Good Service and Support'
        );
    });

    test('a value that does not fit its field is refused, naming the field', () => {
        assertEngineError(
            () =>
                computeFormulaFields(
                    project,
                    'Joint_Metric__c',
                    { Actual__c: '80' },
                    { today }
                ),
            'Joint_Metric__c',
            'Actual__c',
            'expected a number'
        );
        assertEngineError(
            () =>
                computeFormulaFields(
                    project,
                    'Executive_Sponsor_Cadence__c',
                    { Start_Date__c: '2026-02-30' },
                    { today }
                ),
            'Executive_Sponsor_Cadence__c',
            'Start_Date__c',
            'YYYY-MM-DD'
        );
        assertEngineError(
            () =>
                computeFormulaFields(
                    project,
                    'Executive_Sponsor_Cadence__c',
                    { Active__c: 'yes' },
                    { today }
                ),
            'Executive_Sponsor_Cadence__c',
            'Active__c',
            'true or false'
        );
    });

    test('a formula set to treat blanks as zero sees 0 for a blank number', () => {
        const blankAsZero = mutatedProject([
            {
                file: 'Strategic_Account_Plan__c/fields/Importance_To_Us__c.field-meta.xml',
                from: '<formulaTreatBlanksAs>BlankAsBlank</formulaTreatBlanksAs>',
                to: '<formulaTreatBlanksAs>BlankAsZero</formulaTreatBlanksAs>',
                xml: true
            }
        ]);
        const record = { Priority_To_Us__c: null, Value_To_Us__c: 4 };
        assert.equal(
            computeFormulaFields(
                blankAsZero,
                'Strategic_Account_Plan__c',
                record,
                { today }
            ).Importance_To_Us__c,
            2
        );
        assert.equal(
            computeFormulaFields(project, 'Strategic_Account_Plan__c', record, {
                today
            }).Importance_To_Us__c,
            null
        );
    });

    test('date-times go in and come out as ISO strings', () => {
        const withDateTimeFormula = mutatedProject([], {
            'Joint_Metric__c/fields/Last_Changed__c.field-meta.xml': [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">',
                '    <fullName>Last_Changed__c</fullName>',
                '    <formula>LastModifiedDate</formula>',
                '    <label>Last Changed</label>',
                '    <type>DateTime</type>',
                '</CustomField>'
            ].join('\n')
        });
        const record = { LastModifiedDate: '2026-11-20T09:30:00.000Z' };
        assert.equal(
            computeFormulaFields(
                withDateTimeFormula,
                'Joint_Metric__c',
                record,
                { today }
            ).Last_Changed__c,
            '2026-11-20T09:30:00.000Z'
        );
        assertEngineError(
            () =>
                computeFormulaFields(
                    withDateTimeFormula,
                    'Joint_Metric__c',
                    { LastModifiedDate: 'yesterday' },
                    { today }
                ),
            'Joint_Metric__c',
            'LastModifiedDate',
            'an ISO date-time'
        );
    });

    test('an unknown object is refused', () => {
        assertEngineError(
            () =>
                computeFormulaFields(
                    project,
                    'No_Such_Object__c',
                    {},
                    { today }
                ),
            'No_Such_Object__c',
            '*',
            'no such object'
        );
    });
});

describe('validation rules', () => {
    test('a firing rule reports its name, its error field and its message from the metadata', () => {
        const fired = evaluateValidationRules(
            project,
            'Joint_Metric__c',
            {
                Category__c: 'Joint',
                Indicator_Type__c: 'Leading',
                Baseline__c: 5,
                Target__c: 5
            },
            { today }
        );
        assert.deepEqual(fired, [
            {
                rule: 'Target_Differs_From_Baseline',
                field: 'Target__c',
                message:
                    'Enter a target different from the baseline; otherwise there is no progress to measure.'
            }
        ]);
    });

    test('an inactive rule never fires', () => {
        const inactive = mutatedProject([
            {
                file: 'Joint_Metric__c/validationRules/Baseline_Required.validationRule-meta.xml',
                from: '<active>true</active>',
                to: '<active>false</active>',
                xml: true
            }
        ]);
        const fired = evaluateValidationRules(
            inactive,
            'Joint_Metric__c',
            { Target__c: 5 },
            { today }
        ).map((rule) => rule.rule);
        assert.ok(!fired.includes('Baseline_Required'));
        assert.ok(fired.includes('Category_Required'));
    });

    test('a rule that does not return a checkbox is an error', () => {
        const textRule = mutatedProject([
            {
                file: 'Joint_Metric__c/validationRules/Baseline_Required.validationRule-meta.xml',
                from: 'ISBLANK(Baseline__c)',
                to: 'TEXT(Baseline__c)'
            }
        ]);
        assertEngineError(
            () =>
                evaluateValidationRules(
                    textRule,
                    'Joint_Metric__c',
                    { Baseline__c: 1 },
                    { today }
                ),
            'Joint_Metric__c',
            'Baseline_Required',
            'must return a checkbox'
        );
    });
});

describe('formula errors throw with the object, the field and formulon’s message', () => {
    const progress = 'Joint_Metric__c/fields/Progress__c.field-meta.xml';

    test('a type error', () => {
        const broken = mutatedProject([
            {
                file: progress,
                from: 'ISBLANK(Actual__c),',
                to: 'ISBLANK(Actual__c) + 1,'
            }
        ]);
        assertEngineError(
            () =>
                computeFormulaFields(broken, 'Joint_Metric__c', {}, { today }),
            'Joint_Metric__c',
            'Progress__c',
            "ArgumentError: Incorrect parameter type for function 'ADD()'"
        );
    });

    test('arithmetic on a blank value (formulon refuses it where an org gives blank; the formulas guard with ISBLANK and BLANKVALUE)', () => {
        const unguarded = mutatedProject([
            {
                file: progress,
                from: 'OR(ISBLANK(Actual__c), ISBLANK(Baseline__c), ISBLANK(Target__c), Target__c = Baseline__c)',
                to: 'Target__c = Baseline__c'
            },
            {
                file: progress,
                from: 'BLANKVALUE(Actual__c, 0)',
                to: 'Actual__c'
            }
        ]);
        assertEngineError(
            () =>
                computeFormulaFields(
                    unguarded,
                    'Joint_Metric__c',
                    { Baseline__c: 0, Target__c: 10 },
                    { today }
                ),
            'Joint_Metric__c',
            'Progress__c',
            "Incorrect parameter type for function 'SUBTRACT()'"
        );
    });

    test('a result of the wrong type for the field', () => {
        const numeric = mutatedProject([
            {
                file: 'Buy_Sell_Level__c/fields/Level_Name__c.field-meta.xml',
                from: 'ISBLANK(Level__c),\n    ""',
                to: 'ISBLANK(Level__c),\n    0'
            }
        ]);
        assertEngineError(
            () =>
                computeFormulaFields(
                    numeric,
                    'Buy_Sell_Level__c',
                    {},
                    { today }
                ),
            'Buy_Sell_Level__c',
            'Level_Name__c',
            'returns number, but the field is Text'
        );
    });

    test('a reference to a field that does not exist', () => {
        const misspelt = mutatedProject([
            {
                file: progress,
                from: 'ISBLANK(Actual__c),',
                to: 'ISBLANK(Actuals__c),'
            }
        ]);
        assertEngineError(
            () =>
                computeFormulaFields(
                    misspelt,
                    'Joint_Metric__c',
                    {},
                    { today }
                ),
            'Joint_Metric__c',
            'Progress__c',
            'refers to Actuals__c, which is not a field of Joint_Metric__c'
        );
    });

    test('a circular reference', () => {
        const circular = mutatedProject([
            {
                file: progress,
                from: 'ISBLANK(Actual__c),',
                to: 'ISBLANK(Status__c),'
            }
        ]);
        assertEngineError(
            () =>
                computeFormulaFields(
                    circular,
                    'Joint_Metric__c',
                    {},
                    { today }
                ),
            'Joint_Metric__c',
            'Progress__c',
            'circular formula reference'
        );
    });
});

describe('roll-ups', () => {
    const planId = 'plan-1';
    const metric = (actual: number | null, plan = planId) => ({
        Strategic_Account_Plan__c: plan,
        Baseline__c: 0,
        Target__c: 100,
        Actual__c: actual
    });
    const level = (
        value: number,
        perspective: string,
        horizon = 'Current'
    ) => ({
        Strategic_Account_Plan__c: planId,
        Level__c: value,
        Perspective__c: perspective,
        Horizon__c: horizon,
        Is_Latest__c: true
    });
    const review = (status: string, date: string, value: number) => ({
        Strategic_Account_Plan__c: planId,
        Status__c: status,
        Review_Date__c: date,
        Value_Delivered__c: value
    });
    const action = (status: string, due: string) => ({
        Strategic_Account_Plan__c: planId,
        Status__c: status,
        Due_Date__c: due
    });
    const risk = (severity: string, status: string) => ({
        Strategic_Account_Plan__c: planId,
        Severity__c: severity,
        Status__c: status,
        Closed_On__c: status === 'Closed' ? '2026-11-01' : null
    });
    const children = {
        Joint_Metric__c: [
            metric(90),
            metric(80),
            metric(50),
            metric(10),
            metric(null),
            metric(90, 'another-plan')
        ],
        Buy_Sell_Level__c: [
            { ...level(3, 'Customer'), Previous_Level__c: 4 },
            level(4, 'Customer'),
            // History: superseded by a later assessment, counted by no roll-up.
            { ...level(1, 'Customer'), Is_Latest__c: false },
            level(5, 'Customer', '5 Years'),
            level(4, 'Supplier'),
            level(2, 'Supplier', '1 Year')
        ],
        Executive_Sponsor_Cadence__c: [
            {
                Strategic_Account_Plan__c: planId,
                Active__c: true,
                Cadence__c: 'Quarterly',
                Start_Date__c: '2026-09-01'
            },
            {
                Strategic_Account_Plan__c: planId,
                Active__c: true,
                Cadence__c: 'Monthly'
            },
            // Paused: its earlier due date does not count.
            {
                Strategic_Account_Plan__c: planId,
                Active__c: false,
                Cadence__c: 'Monthly',
                Start_Date__c: '2026-01-01'
            }
        ],
        Account_Review__c: [
            review('Held', '2026-06-25', 100),
            review('Held', '2026-09-30', 50),
            review('Planned', '2026-12-17', 999),
            review('Cancelled', '2026-10-14', 7)
        ],
        Plan_Action__c: [
            action('Done', '2026-10-01'),
            action('Dropped', '2026-11-01'),
            action('In Progress', '2026-12-20'),
            action('Not Started', '2026-12-10')
        ],
        Plan_Risk__c: [
            risk('High', 'Open'),
            risk('High', 'Mitigating'),
            risk('High', 'Closed'),
            risk('Medium', 'Open')
        ]
    };

    test("apply each roll-up's operation and filters to the children's computed values", () => {
        assert.deepEqual(
            computeRollUps(
                project,
                'Strategic_Account_Plan__c',
                { Id: planId },
                children,
                { today }
            ),
            {
                Active_Sponsor_Pairs__c: 2,
                Buy_Sell_Slips__c: 1,
                Customer_Assessments__c: 2,
                Customer_Level_Sum__c: 7,
                Metric_Count__c: 5,
                Metrics_At_Risk__c: 1,
                Metrics_Measured__c: 4,
                Metrics_Off_Track__c: 1,
                Metrics_On_Track__c: 2,
                Supplier_Assessments__c: 1,
                Supplier_Level_Sum__c: 4,
                // The earliest due date of the actions not Done or Dropped.
                Earliest_Open_Action_Due__c: '2026-12-10',
                // The earliest next touch of the active pairs (one never touched has none).
                Earliest_Touch_Due__c: '2026-12-01',
                // Held reviews only.
                Last_Review_Date__c: '2026-09-30',
                Reviews_Held__c: 2,
                Value_Delivered_To_Date__c: 150,
                // Risks that are not Closed.
                Open_High_Risks__c: 2,
                Open_Risks__c: 3
            }
        );
    });

    test('feed the parent formulas', () => {
        const rollUps = computeRollUps(
            project,
            'Strategic_Account_Plan__c',
            { Id: planId },
            children,
            { today }
        );
        const plan = computeFormulaFields(
            project,
            'Strategic_Account_Plan__c',
            { Id: planId, ...rollUps },
            { today }
        );
        assert.equal(plan.Plan_Health__c, 0.5);
        assert.equal(plan.Customer_View_Level__c, 3.5);
        assert.equal(plan.Perception_Gap__c, 0.5);
    });

    test('are 0 for a parent without children', () => {
        const rollUps = computeRollUps(
            project,
            'Strategic_Account_Plan__c',
            { Id: 'empty-plan' },
            children,
            { today }
        );
        // COUNT and SUM over no children are 0; MIN and MAX are blank.
        const blank = Object.entries(rollUps)
            .filter(([, value]) => value !== 0)
            .map(([name]) => name);
        assert.deepEqual(blank.sort(), [
            'Earliest_Open_Action_Due__c',
            'Earliest_Touch_Due__c',
            'Last_Review_Date__c'
        ]);
        assert.ok(blank.every((name) => rollUps[name] === null));
    });

    test('apply min, max and ordered filters as the metadata says', () => {
        const file =
            'Strategic_Account_Plan__c/fields/Customer_Level_Sum__c.field-meta.xml';
        const operation = (name: string): Mutation => ({
            file,
            from: '<summaryOperation>sum</summaryOperation>',
            to: `<summaryOperation>${name}</summaryOperation>`,
            xml: true
        });
        const levelAtLeast4: Mutation = {
            file,
            from: '<field>Buy_Sell_Level__c.Perspective__c</field>\n        <operation>equals</operation>\n        <value>Customer</value>',
            to: '<field>Buy_Sell_Level__c.Level__c</field>\n        <operation>greaterOrEqual</operation>\n        <value>4</value>',
            xml: true
        };
        const customerLevelSum = (mutations: Mutation[], parentId = planId) =>
            computeRollUps(
                mutatedProject(mutations),
                'Strategic_Account_Plan__c',
                { Id: parentId },
                children,
                { today }
            ).Customer_Level_Sum__c;
        // Current assessments: Customer 3 and 4, Supplier 4.
        assert.equal(customerLevelSum([levelAtLeast4]), 8);
        assert.equal(customerLevelSum([operation('max')]), 4);
        assert.equal(customerLevelSum([operation('min')]), 3);
        assert.equal(customerLevelSum([operation('min')], 'empty-plan'), null);
    });

    test('compare a Percent filter value as a percentage', () => {
        const progressAtLeast75 = mutatedProject([
            {
                file: 'Strategic_Account_Plan__c/fields/Metrics_On_Track__c.field-meta.xml',
                from: '<field>Joint_Metric__c.Status__c</field>\n        <operation>equals</operation>\n        <value>On Track</value>',
                to: '<field>Joint_Metric__c.Progress__c</field>\n        <operation>greaterOrEqual</operation>\n        <value>75</value>',
                xml: true
            }
        ]);
        // Progress 90% and 80% (0.9 and 0.8 as fractions).
        assert.equal(
            computeRollUps(
                progressAtLeast75,
                'Strategic_Account_Plan__c',
                { Id: planId },
                children,
                { today }
            ).Metrics_On_Track__c,
            2
        );
    });

    test('need the parent Id', () => {
        assertEngineError(
            () =>
                computeRollUps(
                    project,
                    'Strategic_Account_Plan__c',
                    {},
                    children,
                    { today }
                ),
            'Strategic_Account_Plan__c',
            'Id',
            'needs an Id'
        );
    });
});

test('toUiApiValue shows Percent fields as percentages and leaves other fields alone', () => {
    const planHealth = project.getField(
        'Strategic_Account_Plan__c',
        'Plan_Health__c'
    )!;
    const viewLevel = project.getField(
        'Strategic_Account_Plan__c',
        'Customer_View_Level__c'
    )!;
    assert.equal(toUiApiValue(planHealth, 0.67), 67);
    assert.equal(toUiApiValue(planHealth, -0.2), -20);
    assert.equal(toUiApiValue(planHealth, null), null);
    assert.equal(toUiApiValue(viewLevel, 3.5), 3.5);
});

describe('the case tables fail when a formula is wrong', () => {
    const fields = (object: string, field: string) =>
        `${object}/fields/${field}.field-meta.xml`;
    const rules = (object: string, rule: string) =>
        `${object}/validationRules/${rule}.validationRule-meta.xml`;
    const mutants: { name: string; element: string; mutation: Mutation }[] = [
        {
            name: 'On Track threshold at 70% instead of 75%',
            element: 'Joint_Metric__c.Status__c',
            mutation: {
                file: fields('Joint_Metric__c', 'Status__c'),
                from: '>= 0.75',
                to: '>= 0.7'
            }
        },
        {
            name: 'At Risk from above 40% instead of 40%',
            element: 'Joint_Metric__c.Status__c',
            mutation: {
                file: fields('Joint_Metric__c', 'Status__c'),
                from: '>= 0.4',
                to: '> 0.4'
            }
        },
        {
            name: 'progress measured from the target instead of the baseline',
            element: 'Joint_Metric__c.Progress__c',
            mutation: {
                file: fields('Joint_Metric__c', 'Progress__c'),
                from: '(BLANKVALUE(Actual__c, 0) - BLANKVALUE(Baseline__c, 0))',
                to: '(BLANKVALUE(Actual__c, 0) - BLANKVALUE(Target__c, 0))'
            }
        },
        {
            name: 'semi-annual cadence of 4 months',
            element: 'Executive_Sponsor_Cadence__c.Next_Touch_Due__c',
            mutation: {
                file: fields(
                    'Executive_Sponsor_Cadence__c',
                    'Next_Touch_Due__c'
                ),
                from: '"Semi-Annually", 6',
                to: '"Semi-Annually", 4'
            }
        },
        {
            name: 'Due Soon window of 13 days',
            element: 'Executive_Sponsor_Cadence__c.Cadence_Status__c',
            mutation: {
                file: fields(
                    'Executive_Sponsor_Cadence__c',
                    'Cadence_Status__c'
                ),
                from: '<= 14',
                to: '< 14'
            }
        },
        {
            name: 'overdue days counted from the last touch',
            element: 'Executive_Sponsor_Cadence__c.Days_Overdue__c',
            mutation: {
                file: fields('Executive_Sponsor_Cadence__c', 'Days_Overdue__c'),
                from: 'TODAY() - BLANKVALUE(Next_Touch_Due__c, TODAY())',
                to: 'TODAY() - BLANKVALUE(Last_Touch_Date__c, TODAY())'
            }
        },
        {
            name: 'important to us only above 3.5',
            element: 'Strategic_Account_Plan__c.Account_Classification__c',
            mutation: {
                file: fields(
                    'Strategic_Account_Plan__c',
                    'Account_Classification__c'
                ),
                from: 'Importance_To_Us__c >= 3.5',
                to: 'Importance_To_Us__c > 3.5'
            }
        },
        {
            name: 'perception gap with the sign reversed',
            element: 'Strategic_Account_Plan__c.Perception_Gap__c',
            mutation: {
                file: fields('Strategic_Account_Plan__c', 'Perception_Gap__c'),
                from: 'BLANKVALUE(Supplier_View_Level__c, 0) - BLANKVALUE(Customer_View_Level__c, 0)',
                to: 'BLANKVALUE(Customer_View_Level__c, 0) - BLANKVALUE(Supplier_View_Level__c, 0)'
            }
        },
        {
            name: 'plan health over all metrics instead of the measured ones',
            element: 'Strategic_Account_Plan__c.Plan_Health__c',
            mutation: {
                file: fields('Strategic_Account_Plan__c', 'Plan_Health__c'),
                from: 'Metrics_On_Track__c / Metrics_Measured__c',
                to: 'Metrics_On_Track__c / Metric_Count__c'
            }
        },
        {
            name: 'Under Review plans never overdue',
            element: 'Strategic_Account_Plan__c.Review_Overdue__c',
            mutation: {
                file: fields('Strategic_Account_Plan__c', 'Review_Overdue__c'),
                from: 'ISPICKVAL(Status__c, "Under Review")',
                to: 'ISPICKVAL(Status__c, "Archived")'
            }
        },
        {
            name: 'reviews every 4 months',
            element: 'Strategic_Account_Plan__c.Next_Review_Date__c',
            mutation: {
                file: fields(
                    'Strategic_Account_Plan__c',
                    'Next_Review_Date__c'
                ),
                from: 'TODAY())), 3)',
                to: 'TODAY())), 4)'
            }
        },
        {
            name: 'level names swapped',
            element: 'Buy_Sell_Level__c.Level_Name__c',
            mutation: {
                file: fields('Buy_Sell_Level__c', 'Level_Name__c'),
                from: '4, "4 - ',
                to: '5, "4 - '
            }
        },
        {
            name: 'plan may end on its start day',
            element: 'Strategic_Account_Plan__c.Plan_End_After_Start',
            mutation: {
                file: rules(
                    'Strategic_Account_Plan__c',
                    'Plan_End_After_Start'
                ),
                from: 'Plan_End_Date__c <= Plan_Start_Date__c',
                to: 'Plan_End_Date__c < Plan_Start_Date__c'
            }
        },
        {
            name: 'level 5 refused',
            element: 'Buy_Sell_Level__c.Level_Between_1_And_5',
            mutation: {
                file: rules('Buy_Sell_Level__c', 'Level_Between_1_And_5'),
                from: 'Level__c > 5',
                to: 'Level__c > 4'
            }
        },
        {
            name: 'respondent required for every customer horizon',
            element: 'Buy_Sell_Level__c.Customer_Current_Needs_Respondent',
            mutation: {
                file: rules(
                    'Buy_Sell_Level__c',
                    'Customer_Current_Needs_Respondent'
                ),
                from: 'ISPICKVAL(Horizon__c, "Current")',
                to: 'TRUE'
            }
        }
    ];

    test('the unchanged formulas pass every case', () => {
        assert.deepEqual(tableFailures(project, formulaTables, ruleTables), []);
    });

    for (const { name, element, mutation } of mutants) {
        test(name, () => {
            // Only the mutated object's tables: the others cannot notice.
            const object = element.split('.')[0];
            const failures = tableFailures(
                mutatedProject([mutation]),
                formulaTables.filter((table) => table.object === object),
                ruleTables.filter((table) => table.object === object)
            );
            assert.ok(
                failures.some((failure) => failure.startsWith(`${element} — `)),
                `no case of ${element} failed; failures: ${JSON.stringify(failures)}`
            );
        });
    }
});
