/**
 * The red flags the plan's data raises itself (Strategic_Account_Plan__c):
 * each Flag field is 1 when its condition holds on an Active or Under Review
 * plan, else 0; Red_Flag_Count__c adds them up and Red_Flags__c lists them.
 * Roll-up values are inputs; `healthy` raises none.
 */
import {
    dayFromToday,
    type FormulaCase,
    type FormulaFieldTable,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Strategic_Account_Plan__c';

/** A live plan that raises no flag: reviewed, touched, on track, two threads. */
const healthy = {
    Status__c: 'Active',
    Plan_Start_Date__c: dayFromToday(-200),
    Last_Review_Date__c: dayFromToday(-10),
    Earliest_Touch_Due__c: dayFromToday(5),
    Metrics_Off_Track__c: 0,
    Customer_Level_Sum__c: 6,
    Customer_Assessments__c: 2,
    Supplier_Level_Sum__c: 3,
    Supplier_Assessments__c: 1,
    Active_Sponsor_Pairs__c: 2,
    Buy_Sell_Slips__c: 0,
    Open_High_Risks__c: 0,
    Earliest_Open_Action_Due__c: dayFromToday(3)
};

/** The cases of one flag: raised on Active and Under Review plans, not on a Draft, not on a healthy plan. */
function flagTable(
    field: string,
    raisedBy: Record<string, unknown>,
    more: FormulaCase[] = []
): FormulaFieldTable {
    return {
        object,
        field,
        cases: [
            {
                name: 'raised on an Active plan',
                record: { ...healthy, ...raisedBy },
                expected: 1
            },
            {
                name: 'raised on a plan Under Review',
                record: { ...healthy, ...raisedBy, Status__c: 'Under Review' },
                expected: 1
            },
            {
                name: 'not on a Draft plan',
                record: { ...healthy, ...raisedBy, Status__c: 'Draft' },
                expected: 0
            },
            { name: 'not on a healthy plan', record: healthy, expected: 0 },
            ...more
        ]
    };
}

/** One flag of each kind at once, and the plan that raises them all. */
const troubled = {
    ...healthy,
    Last_Review_Date__c: dayFromToday(-142),
    Earliest_Touch_Due__c: dayFromToday(-3),
    Metrics_Off_Track__c: 2,
    Customer_Level_Sum__c: 2,
    Customer_Assessments__c: 1,
    Supplier_Level_Sum__c: 4,
    Active_Sponsor_Pairs__c: 1,
    Buy_Sell_Slips__c: 1,
    Open_High_Risks__c: 1,
    Earliest_Open_Action_Due__c: dayFromToday(-5)
};

export const formulaTables: FormulaFieldTable[] = [
    flagTable('Flag_Review_Overdue__c', {
        Last_Review_Date__c: dayFromToday(-142)
    }),
    flagTable(
        'Flag_Sponsor_Touch_Overdue__c',
        { Earliest_Touch_Due__c: dayFromToday(-1) },
        [
            {
                name: 'not when the earliest touch is due today',
                record: { ...healthy, Earliest_Touch_Due__c: dayFromToday(0) },
                expected: 0
            },
            {
                name: 'not without active pairs',
                record: { ...healthy, Earliest_Touch_Due__c: null },
                expected: 0
            }
        ]
    ),
    flagTable('Flag_Metrics_Off_Track__c', { Metrics_Off_Track__c: 1 }),
    flagTable(
        'Flag_Perception_Gap__c',
        // Our team at 4, the customer at 3.
        { Supplier_Level_Sum__c: 4 },
        [
            {
                name: 'raised when the customer rates us a level higher',
                record: { ...healthy, Supplier_Level_Sum__c: 2 },
                expected: 1
            },
            {
                name: 'not for a gap under one level',
                record: {
                    ...healthy,
                    Customer_Level_Sum__c: 7,
                    Supplier_Level_Sum__c: 4
                },
                expected: 0
            },
            {
                name: 'not before the customer is assessed',
                record: {
                    ...healthy,
                    Customer_Level_Sum__c: 0,
                    Customer_Assessments__c: 0
                },
                expected: 0
            }
        ]
    ),
    flagTable('Flag_Single_Threaded__c', { Active_Sponsor_Pairs__c: 1 }, [
        {
            name: 'raised with one customer respondent',
            record: {
                ...healthy,
                Customer_Level_Sum__c: 3,
                Customer_Assessments__c: 1
            },
            expected: 1
        }
    ]),
    flagTable('Flag_Buy_Sell_Slipping__c', { Buy_Sell_Slips__c: 1 }),
    flagTable('Flag_Open_High_Risks__c', { Open_High_Risks__c: 1 }),
    flagTable(
        'Flag_Commitments_Overdue__c',
        { Earliest_Open_Action_Due__c: dayFromToday(-1) },
        [
            {
                name: 'not when the earliest open action is due today',
                record: {
                    ...healthy,
                    Earliest_Open_Action_Due__c: dayFromToday(0)
                },
                expected: 0
            },
            {
                name: 'not without open actions',
                record: { ...healthy, Earliest_Open_Action_Due__c: null },
                expected: 0
            }
        ]
    ),
    {
        object,
        field: 'Red_Flag_Count__c',
        cases: [
            { name: 'none on a healthy plan', record: healthy, expected: 0 },
            { name: 'every flag counts', record: troubled, expected: 8 },
            {
                name: 'none on a Draft plan',
                record: { ...troubled, Status__c: 'Draft' },
                expected: 0
            }
        ]
    },
    {
        object,
        field: 'Red_Flags__c',
        cases: [
            {
                name: 'blank on a healthy plan',
                record: healthy,
                expected: null
            },
            {
                name: 'one flag, no separator',
                record: { ...healthy, Metrics_Off_Track__c: 1 },
                expected: 'Metrics off track'
            },
            {
                name: 'every flag, in order',
                record: troubled,
                expected:
                    'Review overdue; Sponsor touch overdue; Metrics off track; Perception gap; Single-threaded; Buy-Sell slipping; Open high risks; Commitments overdue'
            }
        ]
    }
];

export const ruleTables: ValidationRuleTable[] = [];
