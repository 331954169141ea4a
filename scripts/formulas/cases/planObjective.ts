/**
 * Plan_Objective__c: "has overdue actions" from the next open action's due
 * date (kept by the flow Plan_Action_Counts), and the rules an objective
 * keeps. Today is 2026-11-22.
 */
import {
    dayFromToday,
    type FormulaFieldTable,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Plan_Objective__c';

export const formulaTables: FormulaFieldTable[] = [
    {
        object,
        field: 'Has_Overdue_Actions__c',
        cases: [
            {
                name: 'true when the next open action was due yesterday',
                record: { Next_Action_Due__c: dayFromToday(-1) },
                expected: true
            },
            {
                name: 'false when it is due today',
                record: { Next_Action_Due__c: dayFromToday(0) },
                expected: false
            },
            {
                name: 'false when it is due later',
                record: { Next_Action_Due__c: dayFromToday(30) },
                expected: false
            },
            {
                name: 'false without an open action',
                record: { Next_Action_Due__c: null },
                expected: false
            }
        ]
    }
];

const valid = {
    Name: 'Become the preferred logistics partner',
    Objective_Type__c: 'Relationship',
    Status__c: 'On Track',
    Due_Date__c: '2027-06-30',
    Supplier_Owner__c: '005000000000001AAA'
};

export const ruleTables: ValidationRuleTable[] = [
    {
        object,
        rule: 'Objective_Type_Required',
        cases: [
            {
                name: 'fires without a type',
                record: { ...valid, Objective_Type__c: null },
                fires: true
            },
            { name: 'quiet with a type', record: valid, fires: false }
        ]
    },
    {
        object,
        rule: 'Due_Date_Required',
        cases: [
            {
                name: 'fires without a due date',
                record: { ...valid, Due_Date__c: null },
                fires: true
            },
            { name: 'quiet with a due date', record: valid, fires: false }
        ]
    },
    {
        object,
        rule: 'Supplier_Owner_Required',
        cases: [
            {
                name: 'fires without our owner',
                record: { ...valid, Supplier_Owner__c: null },
                fires: true
            },
            { name: 'quiet with our owner', record: valid, fires: false }
        ]
    }
];
