/**
 * Executive_Sponsor_Cadence__c: the next touch one cadence interval after the
 * last touch (or the start), days overdue, and the cadence status with its
 * 14-day "Due Soon" window. Today is 2026-11-22.
 */
import {
    dayFromToday,
    type FormulaFieldTable,
    type ValidationRuleTable
} from '../caseTable';

const object = 'Executive_Sponsor_Cadence__c';

/** An active monthly pair whose next touch falls due `days` from today (negative: overdue). */
const monthlyDueIn = (days: number) => {
    const due = new Date(`${dayFromToday(days)}T00:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() - 1);
    return {
        Active__c: true,
        Cadence__c: 'Monthly',
        Start_Date__c: '2025-01-01',
        Last_Touch_Date__c: due.toISOString().slice(0, 10)
    };
};

export const formulaTables: FormulaFieldTable[] = [
    {
        object,
        field: 'Next_Touch_Due__c',
        cases: [
            {
                name: 'blank without a start date or a touch',
                record: { Active__c: true, Cadence__c: 'Monthly' },
                expected: null
            },
            {
                name: 'one interval after the start when never touched',
                record: {
                    Cadence__c: 'Quarterly',
                    Start_Date__c: '2026-09-01'
                },
                expected: '2026-12-01'
            },
            {
                name: 'the last touch counts, not the start',
                record: {
                    Cadence__c: 'Quarterly',
                    Start_Date__c: '2026-01-10',
                    Last_Touch_Date__c: '2026-10-05'
                },
                expected: '2027-01-05'
            },
            {
                name: 'Monthly: 1 month',
                record: {
                    Cadence__c: 'Monthly',
                    Last_Touch_Date__c: '2026-05-15'
                },
                expected: '2026-06-15'
            },
            {
                name: 'Every 2 Months: 2 months',
                record: {
                    Cadence__c: 'Every 2 Months',
                    Last_Touch_Date__c: '2026-05-15'
                },
                expected: '2026-07-15'
            },
            {
                name: 'Quarterly: 3 months',
                record: {
                    Cadence__c: 'Quarterly',
                    Last_Touch_Date__c: '2026-05-15'
                },
                expected: '2026-08-15'
            },
            {
                name: 'Semi-Annually: 6 months',
                record: {
                    Cadence__c: 'Semi-Annually',
                    Last_Touch_Date__c: '2026-05-15'
                },
                expected: '2026-11-15'
            },
            {
                name: 'Annually: 12 months',
                record: {
                    Cadence__c: 'Annually',
                    Last_Touch_Date__c: '2026-05-15'
                },
                expected: '2027-05-15'
            },
            {
                name: 'no cadence chosen: quarterly',
                record: { Cadence__c: null, Last_Touch_Date__c: '2026-05-15' },
                expected: '2026-08-15'
            },
            {
                name: 'end of month: Jan 31 + 1 month is Feb 28',
                record: {
                    Cadence__c: 'Monthly',
                    Last_Touch_Date__c: '2027-01-31'
                },
                expected: '2027-02-28'
            },
            {
                name: 'end of month in a leap year: Feb 29',
                record: {
                    Cadence__c: 'Monthly',
                    Last_Touch_Date__c: '2028-01-31'
                },
                expected: '2028-02-29'
            },
            {
                name: 'end of month: Aug 31 + 3 months is Nov 30',
                record: {
                    Cadence__c: 'Quarterly',
                    Last_Touch_Date__c: '2026-08-31'
                },
                expected: '2026-11-30'
            },
            {
                name: 'end of month: Aug 31 + 6 months is Feb 28',
                record: {
                    Cadence__c: 'Semi-Annually',
                    Last_Touch_Date__c: '2026-08-31'
                },
                expected: '2027-02-28'
            }
        ]
    },
    {
        object,
        field: 'Cadence_Status__c',
        cases: [
            {
                name: 'Paused when inactive, even if overdue',
                record: { ...monthlyDueIn(-30), Active__c: false },
                expected: 'Paused'
            },
            {
                name: 'Overdue without a start date or a touch',
                record: { Active__c: true, Cadence__c: 'Monthly' },
                expected: 'Overdue'
            },
            {
                name: 'Overdue the day after the due date',
                record: monthlyDueIn(-1),
                expected: 'Overdue'
            },
            {
                name: 'Due Soon on the due date',
                record: monthlyDueIn(0),
                expected: 'Due Soon'
            },
            {
                name: 'Due Soon 14 days ahead',
                record: monthlyDueIn(14),
                expected: 'Due Soon'
            },
            {
                name: 'On Track 15 days ahead',
                record: monthlyDueIn(15),
                expected: 'On Track'
            },
            {
                name: 'On Track right after an annual touch',
                record: {
                    Active__c: true,
                    Cadence__c: 'Annually',
                    Start_Date__c: '2025-01-01',
                    Last_Touch_Date__c: dayFromToday(0)
                },
                expected: 'On Track'
            }
        ]
    },
    {
        object,
        field: 'Days_Overdue__c',
        cases: [
            {
                name: '1 the day after the due date',
                record: monthlyDueIn(-1),
                expected: 1
            },
            {
                name: '30 a month after the due date',
                record: monthlyDueIn(-30),
                expected: 30
            },
            { name: '0 on the due date', record: monthlyDueIn(0), expected: 0 },
            {
                name: '0 before the due date',
                record: monthlyDueIn(10),
                expected: 0
            },
            {
                name: '0 when paused, even if overdue',
                record: { ...monthlyDueIn(-30), Active__c: false },
                expected: 0
            },
            {
                name: '0 without a due date',
                record: { Active__c: true, Cadence__c: 'Monthly' },
                expected: 0
            }
        ]
    }
];

const valid = {
    Active__c: true,
    Cadence__c: 'Quarterly',
    Start_Date__c: '2026-01-05',
    Last_Touch_Date__c: '2026-10-01'
};

export const ruleTables: ValidationRuleTable[] = [
    {
        object,
        rule: 'Cadence_Required',
        cases: [
            {
                name: 'fires without a cadence',
                record: { ...valid, Cadence__c: null },
                fires: true
            },
            { name: 'quiet with a cadence', record: valid, fires: false }
        ]
    },
    {
        object,
        rule: 'Start_Date_Required',
        cases: [
            {
                name: 'fires without a start date',
                record: { ...valid, Start_Date__c: null },
                fires: true
            },
            { name: 'quiet with a start date', record: valid, fires: false }
        ]
    },
    {
        object,
        rule: 'Last_Touch_Not_In_Future',
        cases: [
            {
                name: 'fires for tomorrow',
                record: { ...valid, Last_Touch_Date__c: dayFromToday(1) },
                fires: true
            },
            {
                name: 'quiet for today',
                record: { ...valid, Last_Touch_Date__c: dayFromToday(0) },
                fires: false
            },
            {
                name: 'quiet for yesterday',
                record: { ...valid, Last_Touch_Date__c: dayFromToday(-1) },
                fires: false
            },
            {
                name: 'quiet without a touch',
                record: { ...valid, Last_Touch_Date__c: null },
                fires: false
            }
        ]
    }
];
