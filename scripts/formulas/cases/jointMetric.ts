/** Joint_Metric__c: progress from baseline towards target in both directions, status thresholds, and the metric rules. */
import type { FormulaFieldTable, ValidationRuleTable } from '../caseTable';

const object = 'Joint_Metric__c';

/** Higher is better: from 100 towards 200. */
const growth = {
    Direction__c: 'Higher is better',
    Baseline__c: 100,
    Target__c: 200
};
/** Lower is better: from 20 days down towards 10. */
const reduction = {
    Direction__c: 'Lower is better',
    Baseline__c: 20,
    Target__c: 10
};
/** Progress in whole percent: from 0 towards 100, the actual is the percentage. */
const percentOf = (actual: number) => ({
    Direction__c: 'Higher is better',
    Baseline__c: 0,
    Target__c: 100,
    Actual__c: actual
});

export const formulaTables: FormulaFieldTable[] = [
    {
        object,
        field: 'Progress__c',
        cases: [
            { name: 'blank without an actual', record: growth, expected: null },
            {
                name: 'blank without a baseline',
                record: { ...growth, Baseline__c: null, Actual__c: 150 },
                expected: null
            },
            {
                name: 'blank without a target',
                record: { ...growth, Target__c: null, Actual__c: 150 },
                expected: null
            },
            {
                name: 'blank when the target equals the baseline (nothing to divide by)',
                record: { ...growth, Target__c: 100, Actual__c: 150 },
                expected: null
            },
            {
                name: 'higher is better: 0% at the baseline',
                record: { ...growth, Actual__c: 100 },
                expected: 0
            },
            {
                name: 'higher is better: halfway is 50%',
                record: { ...growth, Actual__c: 150 },
                expected: 0.5
            },
            {
                name: 'higher is better: 100% at the target',
                record: { ...growth, Actual__c: 200 },
                expected: 1
            },
            {
                name: 'higher is better: above the target is above 100%',
                record: { ...growth, Actual__c: 250 },
                expected: 1.5
            },
            {
                name: 'higher is better: below the baseline is negative',
                record: { ...growth, Actual__c: 80 },
                expected: -0.2
            },
            {
                name: 'lower is better: halfway down is 50%',
                record: { ...reduction, Actual__c: 15 },
                expected: 0.5
            },
            {
                name: 'lower is better: under the target is above 100%',
                record: { ...reduction, Actual__c: 5 },
                expected: 1.5
            },
            {
                name: 'lower is better: rising is negative',
                record: { ...reduction, Actual__c: 25 },
                expected: -0.5
            },
            {
                name: 'decimals: from 0.10 to 0.60, at 0.30 is 40%',
                record: {
                    ...growth,
                    Baseline__c: 0.1,
                    Target__c: 0.6,
                    Actual__c: 0.3
                },
                expected: 0.4
            },
            {
                name: 'rounded to whole percent: two thirds is 67%',
                record: {
                    ...growth,
                    Baseline__c: 0,
                    Target__c: 3,
                    Actual__c: 2
                },
                expected: 0.67
            }
        ]
    },
    {
        object,
        field: 'Status__c',
        cases: [
            {
                name: 'Not Started without an actual',
                record: growth,
                expected: 'Not Started'
            },
            {
                name: 'Not Started when the target equals the baseline',
                record: { ...growth, Target__c: 100, Actual__c: 150 },
                expected: 'Not Started'
            },
            {
                name: 'On Track at exactly 75%',
                record: percentOf(75),
                expected: 'On Track'
            },
            {
                name: 'On Track above 100%',
                record: percentOf(120),
                expected: 'On Track'
            },
            {
                name: 'At Risk just under 75%',
                record: percentOf(74),
                expected: 'At Risk'
            },
            {
                name: 'At Risk at exactly 40%',
                record: percentOf(40),
                expected: 'At Risk'
            },
            {
                name: 'Off Track just under 40%',
                record: percentOf(39),
                expected: 'Off Track'
            },
            {
                name: 'Off Track at the baseline',
                record: percentOf(0),
                expected: 'Off Track'
            },
            {
                name: 'Off Track when moving away from the target',
                record: { ...growth, Actual__c: 90 },
                expected: 'Off Track'
            },
            {
                name: 'lower is better: On Track at 80% of the way down',
                record: { ...reduction, Actual__c: 12 },
                expected: 'On Track'
            },
            {
                name: 'lower is better: At Risk at 50%',
                record: { ...reduction, Actual__c: 15 },
                expected: 'At Risk'
            },
            {
                name: 'lower is better: Off Track when rising',
                record: { ...reduction, Actual__c: 22 },
                expected: 'Off Track'
            }
        ]
    }
];

/** A metric that passes every rule: the base of the rule cases. */
const valid = { Category__c: 'Joint', Indicator_Type__c: 'Leading', ...growth };

export const ruleTables: ValidationRuleTable[] = [
    {
        object,
        rule: 'Baseline_Required',
        cases: [
            {
                name: 'fires without a baseline',
                record: { ...valid, Baseline__c: null },
                fires: true
            },
            {
                name: 'a baseline of 0 is a value',
                record: { ...valid, Baseline__c: 0 },
                fires: false
            },
            { name: 'quiet with a baseline', record: valid, fires: false }
        ]
    },
    {
        object,
        rule: 'Target_Required',
        cases: [
            {
                name: 'fires without a target',
                record: { ...valid, Target__c: null },
                fires: true
            },
            {
                name: 'a target of 0 is a value',
                record: { ...reduction, Target__c: 0 },
                fires: false
            },
            { name: 'quiet with a target', record: valid, fires: false }
        ]
    },
    {
        object,
        rule: 'Category_Required',
        cases: [
            {
                name: 'fires without a category',
                record: { ...valid, Category__c: null },
                fires: true
            },
            { name: 'quiet with a category', record: valid, fires: false }
        ]
    },
    {
        object,
        rule: 'Indicator_Type_Required',
        cases: [
            {
                name: 'fires without an indicator type',
                record: { ...valid, Indicator_Type__c: null },
                fires: true
            },
            {
                name: 'quiet with Lagging',
                record: { ...valid, Indicator_Type__c: 'Lagging' },
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Higher_Is_Better_Target_Above_Baseline',
        cases: [
            {
                name: 'fires when higher is better and the target is below the baseline',
                record: { ...valid, Baseline__c: 200, Target__c: 100 },
                fires: true
            },
            {
                name: 'quiet when the target is above the baseline',
                record: valid,
                fires: false
            },
            {
                name: 'quiet when lower is better',
                record: { ...valid, ...reduction },
                fires: false
            },
            {
                name: 'quiet without a baseline (another rule asks for it)',
                record: { ...valid, Baseline__c: null, Target__c: 50 },
                fires: false
            },
            {
                name: 'quiet without a target (another rule asks for it)',
                record: { ...valid, Target__c: null },
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Lower_Is_Better_Target_Below_Baseline',
        cases: [
            {
                name: 'fires when lower is better and the target is above the baseline',
                record: { ...valid, ...reduction, Target__c: 30 },
                fires: true
            },
            {
                name: 'quiet when the target is below the baseline',
                record: { ...valid, ...reduction },
                fires: false
            },
            {
                name: 'quiet when higher is better',
                record: valid,
                fires: false
            },
            {
                name: 'quiet without a baseline',
                record: { ...valid, ...reduction, Baseline__c: null },
                fires: false
            },
            {
                name: 'quiet without a target',
                record: { ...valid, ...reduction, Target__c: null },
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Target_Differs_From_Baseline',
        cases: [
            {
                name: 'fires when the target equals the baseline',
                record: { ...valid, Target__c: 100 },
                fires: true
            },
            { name: 'quiet when they differ', record: valid, fires: false },
            {
                name: 'quiet without a baseline',
                record: { ...valid, Baseline__c: null },
                fires: false
            },
            {
                name: 'quiet without a target',
                record: { ...valid, Target__c: null },
                fires: false
            }
        ]
    }
];
