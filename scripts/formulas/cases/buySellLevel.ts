/** Buy_Sell_Level__c: the named level and the assessment rules. */
import {
    dayFromToday,
    type FormulaFieldTable,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Buy_Sell_Level__c';

export const formulaTables: FormulaFieldTable[] = [
    {
        object,
        field: 'Level_Name__c',
        cases: [
            {
                name: 'level 1',
                record: { Level__c: 1 },
                expected: '1 - Commodity Supplier'
            },
            {
                name: 'level 2',
                record: { Level__c: 2 },
                expected: '2 - Provider of Good Products'
            },
            {
                name: 'level 3',
                record: { Level__c: 3 },
                expected: '3 - Provider of Good Service and Support'
            },
            {
                name: 'level 4',
                record: { Level__c: 4 },
                expected: '4 - Contributor to Business Issues'
            },
            {
                name: 'level 5',
                record: { Level__c: 5 },
                expected: '5 - Contributor to Organizational Issues'
            },
            {
                name: 'blank without a level',
                record: { Level__c: null },
                expected: null
            },
            {
                name: 'blank outside 1-5 (a rule refuses it)',
                record: { Level__c: 6 },
                expected: null
            }
        ]
    },
    {
        object,
        field: 'Movement__c',
        cases: [
            {
                name: 'negative when the respondent moved us down',
                record: { Level__c: 3, Previous_Level__c: 4 },
                expected: -1
            },
            {
                name: 'positive when the respondent moved us up',
                record: { Level__c: 4, Previous_Level__c: 2 },
                expected: 2
            },
            {
                name: 'zero when the level held',
                record: { Level__c: 3, Previous_Level__c: 3 },
                expected: 0
            },
            {
                name: 'blank for a first assessment',
                record: { Level__c: 3, Previous_Level__c: null },
                expected: null
            },
            {
                name: 'blank without a level',
                record: { Level__c: null, Previous_Level__c: 3 },
                expected: null
            }
        ]
    }
];

/** A customer's current assessment that passes every rule. */
const customerView = {
    Level__c: 3,
    Perspective__c: 'Customer',
    Horizon__c: 'Current',
    Customer_Respondent__c: 'customer-contact',
    Assessed_On__c: '2026-11-01'
};
/** Our own team's current assessment that passes every rule. */
const supplierView = {
    Level__c: 4,
    Perspective__c: 'Supplier',
    Horizon__c: 'Current',
    Internal_Respondent__c: 'account-manager',
    Assessed_On__c: '2026-11-01'
};

export const ruleTables: ValidationRuleTable[] = [
    {
        object,
        rule: 'Level_Between_1_And_5',
        cases: [
            {
                name: 'fires without a level',
                record: { ...customerView, Level__c: null },
                fires: true
            },
            {
                name: 'fires for 0',
                record: { ...customerView, Level__c: 0 },
                fires: true
            },
            {
                name: 'fires for 6',
                record: { ...customerView, Level__c: 6 },
                fires: true
            },
            {
                name: 'quiet for 1',
                record: { ...customerView, Level__c: 1 },
                fires: false
            },
            {
                name: 'quiet for 5',
                record: { ...customerView, Level__c: 5 },
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Perspective_Required',
        cases: [
            {
                name: 'fires without a perspective',
                record: { ...customerView, Perspective__c: null },
                fires: true
            },
            { name: 'quiet for Customer', record: customerView, fires: false },
            { name: 'quiet for Supplier', record: supplierView, fires: false }
        ]
    },
    {
        object,
        rule: 'Customer_Current_Needs_Respondent',
        cases: [
            {
                name: "fires for the customer's current view without a contact",
                record: { ...customerView, Customer_Respondent__c: null },
                fires: true
            },
            {
                name: 'quiet with the contact',
                record: customerView,
                fires: false
            },
            {
                name: 'quiet for a 1-year target without a contact',
                record: {
                    ...customerView,
                    Horizon__c: '1 Year',
                    Customer_Respondent__c: null
                },
                fires: false
            },
            {
                name: 'quiet for our own view',
                record: supplierView,
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Supplier_Needs_Internal_Respondent',
        cases: [
            {
                name: 'fires for our view without a team member',
                record: { ...supplierView, Internal_Respondent__c: null },
                fires: true
            },
            {
                name: 'quiet with the team member',
                record: supplierView,
                fires: false
            },
            {
                name: "quiet for the customer's view",
                record: customerView,
                fires: false
            }
        ]
    },
    {
        object,
        rule: 'Assessed_On_Not_In_Future',
        cases: [
            {
                name: 'fires for tomorrow',
                record: { ...customerView, Assessed_On__c: dayFromToday(1) },
                fires: true
            },
            {
                name: 'quiet for today',
                record: { ...customerView, Assessed_On__c: dayFromToday(0) },
                fires: false
            },
            {
                name: 'quiet without a date',
                record: { ...customerView, Assessed_On__c: null },
                fires: false
            }
        ]
    }
];
