/**
 * Plan_Risk__c: Closed On is set exactly when the risk is Closed, lies
 * between the day it was raised and today, and a risk is not raised ahead of
 * time. Today is the case tables' day.
 */
import {
    dayFromToday,
    type FormulaFieldTable,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Plan_Risk__c';

const open = {
    Name: 'Sponsor leaving',
    Severity__c: 'High',
    Status__c: 'Open',
    Raised_On__c: dayFromToday(-30),
    Closed_On__c: null
};
const closed = { ...open, Status__c: 'Closed', Closed_On__c: dayFromToday(-1) };

export const formulaTables: FormulaFieldTable[] = [];

export const ruleTables: ValidationRuleTable[] = [
    {
        object,
        rule: 'Closed_On_Required_When_Closed',
        cases: [
            {
                name: 'fires for a closed risk without the day',
                record: { ...closed, Closed_On__c: null },
                fires: true
            },
            {
                name: 'quiet for a closed risk with the day',
                record: closed,
                fires: false
            },
            { name: 'quiet for an open risk', record: open, fires: false }
        ]
    },
    {
        object,
        rule: 'Closed_On_Only_When_Closed',
        cases: [
            {
                name: 'fires for a mitigating risk with a closing day',
                record: {
                    ...open,
                    Status__c: 'Mitigating',
                    Closed_On__c: dayFromToday(-1)
                },
                fires: true
            },
            {
                name: 'quiet for an open risk without one',
                record: open,
                fires: false
            },
            { name: 'quiet for a closed risk', record: closed, fires: false }
        ]
    },
    {
        object,
        rule: 'Closed_On_Not_Before_Raised',
        cases: [
            {
                name: 'fires for a closing day before the day raised',
                record: { ...closed, Closed_On__c: dayFromToday(-31) },
                fires: true
            },
            {
                name: 'fires for a closing day in the future',
                record: { ...closed, Closed_On__c: dayFromToday(1) },
                fires: true
            },
            {
                name: 'quiet for the day it was raised',
                record: { ...closed, Closed_On__c: dayFromToday(-30) },
                fires: false
            },
            {
                name: 'quiet for today when the raising day is unknown',
                record: {
                    ...closed,
                    Raised_On__c: null,
                    Closed_On__c: dayFromToday(0)
                },
                fires: false
            },
            { name: 'quiet for an open risk', record: open, fires: false }
        ]
    },
    {
        object,
        rule: 'Raised_On_Not_In_Future',
        cases: [
            {
                name: 'fires for tomorrow',
                record: { ...open, Raised_On__c: dayFromToday(1) },
                fires: true
            },
            {
                name: 'quiet for today',
                record: { ...open, Raised_On__c: dayFromToday(0) },
                fires: false
            },
            {
                name: 'quiet when blank',
                record: { ...open, Raised_On__c: null },
                fires: false
            }
        ]
    }
];
