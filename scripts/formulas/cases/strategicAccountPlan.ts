/**
 * Strategic_Account_Plan__c: importance averages and the classification
 * quadrant, Buy-Sell view levels and the perception gap (from roll-ups),
 * plan health, the quarterly review, and the plan rules. Today is 2026-11-22.
 * Roll-up values are inputs here; missing count and sum roll-ups are 0.
 */
import {
    type FormulaFieldTable,
    type RuleCase,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Strategic_Account_Plan__c';

/** Scores whose averages put the plan at (us, customer) on the strategic-fit quadrant. */
const scored = (
    priorityToUs: number | null,
    valueToUs: number | null,
    partnershipIntent: number | null,
    valueToCustomer: number | null
) => ({
    Priority_To_Us__c: priorityToUs,
    Value_To_Us__c: valueToUs,
    Partnership_Intent__c: partnershipIntent,
    Value_To_Customer__c: valueToCustomer
});

/** Current Buy-Sell assessments as the roll-ups count and sum them. */
const assessed = (
    customerSum: number,
    customerCount: number,
    supplierSum: number,
    supplierCount: number
) => ({
    Customer_Level_Sum__c: customerSum,
    Customer_Assessments__c: customerCount,
    Supplier_Level_Sum__c: supplierSum,
    Supplier_Assessments__c: supplierCount
});

/** A plan last reviewed on `day`: its next review is three months later. */
const reviewed = (status: string, day: string | null) => ({
    Status__c: status,
    Plan_Start_Date__c: '2026-01-05',
    Last_Review_Date__c: day
});

export const formulaTables: FormulaFieldTable[] = [
    {
        object,
        field: 'Importance_To_Us__c',
        cases: [
            {
                name: 'average of priority and value',
                record: scored(3, 4, null, null),
                expected: 3.5
            },
            {
                name: 'both top scores',
                record: scored(5, 5, null, null),
                expected: 5
            },
            {
                name: 'blank without a priority',
                record: scored(null, 4, null, null),
                expected: null
            },
            {
                name: 'blank without a value to us',
                record: scored(4, null, null, null),
                expected: null
            }
        ]
    },
    {
        object,
        field: 'Importance_To_Customer__c',
        cases: [
            {
                name: 'average of partnership intent and value to the customer',
                record: scored(null, null, 1, 2),
                expected: 1.5
            },
            {
                name: 'blank without partnership intent',
                record: scored(null, null, null, 4),
                expected: null
            },
            {
                name: 'blank without a value to the customer',
                record: scored(null, null, 4, null),
                expected: null
            }
        ]
    },
    {
        object,
        field: 'Account_Classification__c',
        cases: [
            {
                name: 'Strategic at exactly 3.5 on both sides',
                record: scored(3, 4, 4, 3),
                expected: 'Strategic'
            },
            {
                name: 'Strategic when both score high',
                record: scored(5, 5, 5, 4),
                expected: 'Strategic'
            },
            {
                name: 'Major when important to us only (customer 3.0)',
                record: scored(4, 4, 3, 3),
                expected: 'Major'
            },
            {
                name: 'Emerging when important to the customer only (us 3.0)',
                record: scored(3, 3, 5, 4),
                expected: 'Emerging'
            },
            {
                name: 'Transactional when neither reaches 3.5',
                record: scored(3, 3, 2, 4),
                expected: 'Transactional'
            },
            {
                name: 'blank while our side is not scored',
                record: scored(null, 5, 5, 5),
                expected: null
            },
            {
                name: 'blank while the customer side is not scored',
                record: scored(5, 5, 5, null),
                expected: null
            }
        ]
    },
    {
        object,
        field: 'Customer_View_Level__c',
        cases: [
            {
                name: 'blank without customer assessments',
                record: assessed(0, 0, 8, 2),
                expected: null
            },
            {
                name: 'blank when the roll-ups are not given (no children)',
                record: {},
                expected: null
            },
            {
                name: 'average of the levels',
                record: assessed(7, 2, 0, 0),
                expected: 3.5
            },
            {
                name: 'rounded to one decimal: 10 / 3 is 3.3',
                record: assessed(10, 3, 0, 0),
                expected: 3.3
            }
        ]
    },
    {
        object,
        field: 'Supplier_View_Level__c',
        cases: [
            {
                name: 'blank without supplier assessments',
                record: assessed(6, 2, 0, 0),
                expected: null
            },
            {
                name: 'average of the levels',
                record: assessed(0, 0, 9, 2),
                expected: 4.5
            }
        ]
    },
    {
        object,
        field: 'Perception_Gap__c',
        cases: [
            {
                name: 'positive when we rate ourselves higher',
                record: assessed(6, 2, 4, 1),
                expected: 1
            },
            {
                name: 'negative when the customer rates us higher',
                record: assessed(7, 2, 4, 2),
                expected: -1.5
            },
            {
                name: 'zero when the views agree',
                record: assessed(3, 1, 6, 2),
                expected: 0
            },
            {
                name: 'rounded to one decimal: 4 - 10/3 is 0.7',
                record: assessed(10, 3, 4, 1),
                expected: 0.7
            },
            {
                name: 'blank without customer assessments',
                record: assessed(0, 0, 4, 1),
                expected: null
            },
            {
                name: 'blank without supplier assessments',
                record: assessed(6, 2, 0, 0),
                expected: null
            }
        ]
    },
    {
        object,
        field: 'Plan_Health__c',
        cases: [
            {
                name: 'blank while no metric is measured',
                record: {
                    Metric_Count__c: 4,
                    Metrics_Measured__c: 0,
                    Metrics_On_Track__c: 0
                },
                expected: null
            },
            {
                name: 'share on track: 2 of 3 is 67%',
                record: {
                    Metric_Count__c: 4,
                    Metrics_Measured__c: 3,
                    Metrics_On_Track__c: 2
                },
                expected: 0.67
            },
            {
                name: 'all measured metrics on track is 100%',
                record: {
                    Metric_Count__c: 2,
                    Metrics_Measured__c: 2,
                    Metrics_On_Track__c: 2
                },
                expected: 1
            },
            {
                name: 'none on track is 0%',
                record: {
                    Metric_Count__c: 2,
                    Metrics_Measured__c: 2,
                    Metrics_On_Track__c: 0
                },
                expected: 0
            }
        ]
    },
    {
        object,
        field: 'Next_Review_Date__c',
        cases: [
            {
                name: 'blank without a start or a review',
                record: { Status__c: 'Draft' },
                expected: null
            },
            {
                name: 'three months after the start when never reviewed',
                record: { Plan_Start_Date__c: '2026-09-01' },
                expected: '2026-12-01'
            },
            {
                name: 'three months after the last review',
                record: reviewed('Active', '2026-10-01'),
                expected: '2027-01-01'
            },
            {
                name: 'end of month: Nov 30 + 3 months is Feb 28',
                record: reviewed('Active', '2026-11-30'),
                expected: '2027-02-28'
            }
        ]
    },
    {
        object,
        field: 'Buy_Sell_Slipping__c',
        cases: [
            {
                name: 'when a latest customer assessment moved down',
                record: { Buy_Sell_Slips__c: 1 },
                expected: true
            },
            {
                name: 'not when none moved down',
                record: { Buy_Sell_Slips__c: 0 },
                expected: false
            }
        ]
    },
    {
        object,
        field: 'Review_Overdue__c',
        cases: [
            {
                name: 'Active plan past its review date',
                record: reviewed('Active', '2026-08-21'),
                expected: true
            },
            {
                name: 'Under Review plan past its review date',
                record: reviewed('Under Review', '2026-08-21'),
                expected: true
            },
            {
                name: 'not on the review date itself',
                record: reviewed('Active', '2026-08-22'),
                expected: false
            },
            {
                name: 'not before the review date',
                record: reviewed('Active', '2026-10-01'),
                expected: false
            },
            {
                name: 'never for a Draft plan',
                record: reviewed('Draft', '2026-01-05'),
                expected: false
            },
            {
                name: 'never for an Archived plan',
                record: reviewed('Archived', '2026-01-05'),
                expected: false
            },
            {
                name: 'not without a start or a review (no review date)',
                record: { Status__c: 'Active' },
                expected: false
            }
        ]
    }
];

/** A plan that passes every rule: the base of the rule cases. */
const valid = {
    Status__c: 'Active',
    Plan_Start_Date__c: '2026-01-05',
    Plan_End_Date__c: '2026-12-31',
    Last_Review_Date__c: '2026-10-01',
    ...scored(4, 4, 3, 5)
};

/** The 1–5 rule of one strategic-fit score: the same cases for each of the four. */
const scoreRule = (rule: string, field: string): ValidationRuleTable => ({
    object,
    rule,
    cases: [
        { name: 'fires for 0', record: { ...valid, [field]: 0 }, fires: true },
        { name: 'fires for 6', record: { ...valid, [field]: 6 }, fires: true },
        { name: 'quiet for 1', record: { ...valid, [field]: 1 }, fires: false },
        { name: 'quiet for 5', record: { ...valid, [field]: 5 }, fires: false },
        {
            name: 'quiet while not scored',
            record: { ...valid, [field]: null },
            fires: false
        }
    ] satisfies RuleCase[]
});

export const ruleTables: ValidationRuleTable[] = [
    scoreRule('Partnership_Intent_Between_1_And_5', 'Partnership_Intent__c'),
    scoreRule('Priority_To_Us_Between_1_And_5', 'Priority_To_Us__c'),
    scoreRule('Value_To_Us_Between_1_And_5', 'Value_To_Us__c'),
    scoreRule('Value_To_Customer_Between_1_And_5', 'Value_To_Customer__c'),
    {
        object,
        rule: 'Plan_End_After_Start',
        cases: [
            {
                name: 'fires when the end is the start day',
                record: { ...valid, Plan_End_Date__c: '2026-01-05' },
                fires: true
            },
            {
                name: 'fires when the end is before the start',
                record: { ...valid, Plan_End_Date__c: '2025-12-31' },
                fires: true
            },
            {
                name: 'quiet when the end is the day after the start',
                record: { ...valid, Plan_End_Date__c: '2026-01-06' },
                fires: false
            },
            {
                name: 'quiet without a start',
                record: {
                    ...valid,
                    Status__c: 'Draft',
                    Plan_Start_Date__c: null
                },
                fires: false
            },
            {
                name: 'quiet without an end',
                record: { ...valid, Plan_End_Date__c: null },
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Active_Plan_Needs_Start_Date',
        cases: [
            {
                name: 'fires for an Active plan without a start',
                record: { ...valid, Plan_Start_Date__c: null },
                fires: true
            },
            {
                name: 'quiet for a Draft plan without a start',
                record: {
                    ...valid,
                    Status__c: 'Draft',
                    Plan_Start_Date__c: null
                },
                fires: false
            },
            {
                name: 'quiet for an Active plan with a start',
                record: valid,
                fires: false
            }
        ]
    }
];
