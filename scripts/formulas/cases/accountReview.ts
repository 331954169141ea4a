/**
 * Account_Review__c: a held review is not in the future; satisfaction is
 * 0–10; value delivered is not negative. Today is the case tables' day.
 */
import {
    dayFromToday,
    type FormulaFieldTable,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Account_Review__c';

const held = {
    Review_Date__c: dayFromToday(-7),
    Review_Type__c: 'QBR',
    Status__c: 'Held',
    Customer_Satisfaction__c: 8,
    Value_Delivered__c: 25000
};

export const formulaTables: FormulaFieldTable[] = [];

export const ruleTables: ValidationRuleTable[] = [
    {
        object,
        rule: 'Held_Review_Not_In_Future',
        cases: [
            {
                name: 'fires for a held review dated tomorrow',
                record: { ...held, Review_Date__c: dayFromToday(1) },
                fires: true
            },
            {
                name: 'quiet for a held review today',
                record: { ...held, Review_Date__c: dayFromToday(0) },
                fires: false
            },
            {
                name: 'quiet for a planned review dated tomorrow',
                record: {
                    ...held,
                    Status__c: 'Planned',
                    Review_Date__c: dayFromToday(1)
                },
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Customer_Satisfaction_Between_0_And_10',
        cases: [
            {
                name: 'fires below 0',
                record: { ...held, Customer_Satisfaction__c: -1 },
                fires: true
            },
            {
                name: 'fires above 10',
                record: { ...held, Customer_Satisfaction__c: 11 },
                fires: true
            },
            {
                name: 'quiet at 0',
                record: { ...held, Customer_Satisfaction__c: 0 },
                fires: false
            },
            {
                name: 'quiet at 10',
                record: { ...held, Customer_Satisfaction__c: 10 },
                fires: false
            },
            {
                name: 'quiet when not scored',
                record: { ...held, Customer_Satisfaction__c: null },
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Value_Delivered_Not_Negative',
        cases: [
            {
                name: 'fires for a negative value',
                record: { ...held, Value_Delivered__c: -1 },
                fires: true
            },
            {
                name: 'quiet for zero',
                record: { ...held, Value_Delivered__c: 0 },
                fires: false
            },
            {
                name: 'quiet when blank',
                record: { ...held, Value_Delivered__c: null },
                fires: false
            }
        ]
    }
];
