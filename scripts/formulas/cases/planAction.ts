/**
 * Plan_Action__c: an open action past its due date is overdue; the owner side
 * decides which owners are required; Done needs the day it was done, and only
 * Done carries one. Today is 2026-11-22.
 */
import {
    dayFromToday,
    type FormulaFieldTable,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Plan_Action__c';
const USER = '005000000000001AAA';
const CONTACT = '003000000000001AAA';

/** An open action our side owes, due `days` from today (negative: in the past). */
const dueIn = (days: number, status = 'In Progress') => ({
    Name: 'Send the joint roadmap',
    Owner_Side__c: 'Ours',
    Supplier_Owner__c: USER,
    Status__c: status,
    Due_Date__c: dayFromToday(days)
});

export const formulaTables: FormulaFieldTable[] = [
    {
        object,
        field: 'Overdue__c',
        cases: [
            {
                name: 'true for an open action due yesterday',
                record: dueIn(-1),
                expected: true
            },
            {
                name: 'true for a blocked action past its date',
                record: dueIn(-30, 'Blocked'),
                expected: true
            },
            {
                name: 'true for a not started action past its date',
                record: dueIn(-2, 'Not Started'),
                expected: true
            },
            {
                name: 'false on the due date',
                record: dueIn(0),
                expected: false
            },
            {
                name: 'false when done, however late',
                record: {
                    ...dueIn(-30, 'Done'),
                    Completed_On__c: dayFromToday(-1)
                },
                expected: false
            },
            {
                name: 'false when dropped',
                record: dueIn(-30, 'Dropped'),
                expected: false
            },
            {
                name: 'false without a due date',
                record: { ...dueIn(0), Due_Date__c: null },
                expected: false
            }
        ]
    }
];

const ours = dueIn(10);
const customers = {
    ...ours,
    Owner_Side__c: "Customer's",
    Supplier_Owner__c: null,
    Customer_Owner__c: CONTACT
};
const joint = {
    ...ours,
    Owner_Side__c: 'Joint',
    Customer_Owner__c: CONTACT
};
const done = { ...ours, Status__c: 'Done', Completed_On__c: dayFromToday(0) };

export const ruleTables: ValidationRuleTable[] = [
    {
        object,
        rule: 'Owner_Side_Required',
        cases: [
            {
                name: 'fires without an owner side',
                record: { ...ours, Owner_Side__c: null },
                fires: true
            },
            { name: 'quiet with an owner side', record: ours, fires: false }
        ]
    },
    {
        object,
        rule: 'Ours_Needs_Supplier_Owner',
        cases: [
            {
                name: 'fires for Ours without our owner',
                record: { ...ours, Supplier_Owner__c: null },
                fires: true
            },
            {
                name: 'fires for Joint without our owner',
                record: { ...joint, Supplier_Owner__c: null },
                fires: true
            },
            {
                name: 'quiet for Ours with our owner',
                record: ours,
                fires: false
            },
            {
                name: "quiet for Customer's without our owner",
                record: customers,
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Customers_Needs_Customer_Owner',
        cases: [
            {
                name: "fires for Customer's without a customer owner",
                record: { ...customers, Customer_Owner__c: null },
                fires: true
            },
            {
                name: 'fires for Joint without a customer owner',
                record: { ...joint, Customer_Owner__c: null },
                fires: true
            },
            {
                name: "quiet for Customer's with a customer owner",
                record: customers,
                fires: false
            },
            {
                name: 'quiet for Joint with both owners',
                record: joint,
                fires: false
            },
            {
                name: 'quiet for Ours without a customer owner',
                record: ours,
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Due_Date_Required',
        cases: [
            {
                name: 'fires without a due date',
                record: { ...ours, Due_Date__c: null },
                fires: true
            },
            { name: 'quiet with a due date', record: ours, fires: false }
        ]
    },
    {
        object,
        rule: 'Completed_On_Required_When_Done',
        cases: [
            {
                name: 'fires for Done without the day',
                record: { ...done, Completed_On__c: null },
                fires: true
            },
            { name: 'quiet for Done with the day', record: done, fires: false },
            { name: 'quiet for an open action', record: ours, fires: false }
        ]
    },
    {
        object,
        rule: 'Completed_On_Only_When_Done',
        cases: [
            {
                name: 'fires for an open action with a completion day',
                record: { ...ours, Completed_On__c: dayFromToday(-1) },
                fires: true
            },
            {
                name: 'fires for a dropped action with a completion day',
                record: {
                    ...ours,
                    Status__c: 'Dropped',
                    Completed_On__c: dayFromToday(-1)
                },
                fires: true
            },
            { name: 'quiet for Done with the day', record: done, fires: false },
            {
                name: 'quiet for an open action without one',
                record: ours,
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Completed_On_Not_In_Future',
        cases: [
            {
                name: 'fires for tomorrow',
                record: { ...done, Completed_On__c: dayFromToday(1) },
                fires: true
            },
            { name: 'quiet for today', record: done, fires: false },
            {
                name: 'quiet for last week',
                record: { ...done, Completed_On__c: dayFromToday(-7) },
                fires: false
            },
            { name: 'quiet without a day', record: ours, fires: false }
        ]
    }
];
