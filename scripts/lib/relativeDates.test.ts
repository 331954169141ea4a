import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    addDays,
    compileFilterLogic,
    dateCriterion,
    dateRange,
    toDay,
    toIsoDate
} from './relativeDates';

/** The first and last day a value stands for when the report runs on `runDay`, as ISO dates. */
const days = (value: string, runDay: string) => {
    const range = dateRange(value, toDay(runDay));
    return range && [toIsoDate(range.from), toIsoDate(range.to)];
};
/** Whether `date` passes `operator value` when the report runs on `runDay`. */
const passes = (
    operator: string,
    value: string,
    date: string,
    runDay: string
) => dateCriterion(operator, value, toDay(runDay))?.(toDay(date));

describe('relativeDates', () => {
    it('moves a date by days across month, year and leap-day boundaries', () => {
        assert.equal(addDays('2026-11-22', 10), '2026-12-02');
        assert.equal(addDays('2026-12-31', 1), '2027-01-01');
        assert.equal(addDays('2028-03-01', -1), '2028-02-29');
        assert.equal(addDays('2026-11-22', 0), '2026-11-22');
    });

    it('starts NEXT_N_DAYS tomorrow and lets LAST_N_DAYS include today (Relative Date Filter Reference example)', () => {
        assert.deepEqual(days('NEXT_N_DAYS:5', '2024-10-24'), [
            '2024-10-25',
            '2024-10-29'
        ]);
        assert.deepEqual(days('LAST_N_DAYS:1', '2024-10-24'), [
            '2024-10-23',
            '2024-10-24'
        ]);
        assert.deepEqual(days('TODAY', '2024-10-24'), [
            '2024-10-24',
            '2024-10-24'
        ]);
        assert.deepEqual(days('N_DAYS_AGO:3', '2024-10-24'), [
            '2024-10-21',
            '2024-10-21'
        ]);
        assert.deepEqual(days('2024-02-29', '2024-10-24'), [
            '2024-02-29',
            '2024-02-29'
        ]);
    });

    it('takes calendar quarters, the current one left out of NEXT_N_QUARTERS and LAST_N_QUARTERS', () => {
        assert.deepEqual(days('THIS_QUARTER', '2024-11-15'), [
            '2024-10-01',
            '2024-12-31'
        ]);
        assert.deepEqual(days('NEXT_N_QUARTERS:2', '2024-11-15'), [
            '2025-01-01',
            '2025-06-30'
        ]);
        assert.deepEqual(days('LAST_N_QUARTERS:1', '2024-02-10'), [
            '2023-10-01',
            '2023-12-31'
        ]);
    });

    it('leaves values it does not model unjudged', () => {
        assert.equal(dateRange('THIS_FISCAL_QUARTER', 0), undefined);
        assert.equal(dateRange('NEXT_N_DAYS:x', 0), undefined);
        assert.equal(dateCriterion('contains', 'TODAY', 0), undefined);
    });

    it('compares with a range as the date literals table says: = inside, < before, > after', () => {
        const run = '2024-10-24';
        assert.equal(passes('lessThan', 'TODAY', '2024-10-23', run), true);
        assert.equal(passes('lessThan', 'TODAY', '2024-10-24', run), false);
        assert.equal(
            passes('equals', 'NEXT_N_DAYS:5', '2024-10-24', run),
            false
        );
        assert.equal(
            passes('greaterThan', 'NEXT_N_DAYS:5', '2024-10-30', run),
            true
        );
        assert.equal(
            passes('greaterThan', 'NEXT_N_DAYS:5', '2024-10-29', run),
            false
        );
        assert.equal(passes('lessOrEqual', 'TODAY', '2024-10-24', run), true);
        assert.equal(
            passes('greaterOrEqual', 'TODAY', '2024-10-23', run),
            false
        );
        assert.equal(passes('notEqual', 'TODAY', '2024-10-23', run), true);
    });

    it('evaluates filter logic with AND before OR, NOT and parentheses', () => {
        assert.equal(
            compileFilterLogic('(1 OR 2) AND 3')([false, true, true]),
            true
        );
        assert.equal(
            compileFilterLogic('(1 OR 2) AND 3')([true, true, false]),
            false
        );
        assert.equal(
            compileFilterLogic('1 OR 2 AND 3')([true, false, false]),
            true
        );
        assert.equal(compileFilterLogic('NOT 1 AND 2')([false, true]), true);
        assert.equal(compileFilterLogic(undefined)([true, false]), false);
        assert.throws(() => compileFilterLogic('(1 OR 2'), /not closed/);
        assert.throws(
            () => compileFilterLogic('1 AND 4')([true, true]),
            /no criterion 4/
        );
    });
});
