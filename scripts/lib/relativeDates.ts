/**
 * What a report filter on a date column means: the day range that a relative
 * date value (TODAY, NEXT_N_DAYS:30, THIS_QUARTER...) stands for on the day a
 * report runs, the comparison operators against such a range, and the
 * filter logic that joins the criteria (`(1 OR 2) AND 3`).
 *
 * Days are whole numbers (days since 1970-01-01), so a range is two numbers.
 */

/** A day: days since 1970-01-01. */
export type Day = number;

/** The days from `from` to `to`, both included. */
export interface DayRange {
    from: Day;
    to: Day;
}

const MS_PER_DAY = 86_400_000;

/** `2025-05-14` → its day number. */
export const toDay = (isoDate: string): Day =>
    Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;

/** A day number → `2025-05-14`. */
export const toIsoDate = (day: Day): string =>
    new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** `2025-05-14` moved by `days` (negative: earlier), as `YYYY-MM-DD`. */
export const addDays = (isoDate: string, days: number): string =>
    toIsoDate(toDay(isoDate) + days);

/** The first day of the calendar quarter `offset` quarters from the one holding `day`. */
function quarterStart(day: Day, offset: number): Day {
    const date = new Date(day * MS_PER_DAY);
    const quarter = Math.floor(date.getUTCMonth() / 3) + offset;
    return Date.UTC(date.getUTCFullYear(), quarter * 3, 1) / MS_PER_DAY;
}

/** The calendar quarters `first` to `last` (0 = the quarter holding `today`). */
const quarters = (today: Day, first: number, last: number): DayRange => ({
    from: quarterStart(today, first),
    to: quarterStart(today, last + 1) - 1
});

/**
 * The relative date values modelled, with the range each stands for, taken
 * from the date literals table (SOQL and SOSL Reference, "Date Formats and
 * Date Literals"), which report filters share: LAST_N_DAYS:n starts with the
 * current day and goes back n days (today included, n + 1 days),
 * NEXT_N_DAYS:n starts the next day and continues for n days, quarters are
 * calendar quarters (fiscal ones have their own FISCAL literals), and
 * NEXT_N_QUARTERS/LAST_N_QUARTERS leave out the current quarter.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/api/sforce_api_calls_soql_select_dateformats.htm
 * The Relative Date Filter Reference confirms NEXT n DAYS for a custom field
 * filter: run on October 24, NEXT 5 DAYS returns October 25 through 29.
 * https://help.salesforce.com/s/articleView?id=analytics.filter_dates_relative.htm&language=en_US&type=5
 */
const RELATIVE_DATES: Record<string, (today: Day, n: number) => DayRange> = {
    YESTERDAY: (today) => ({ from: today - 1, to: today - 1 }),
    TODAY: (today) => ({ from: today, to: today }),
    TOMORROW: (today) => ({ from: today + 1, to: today + 1 }),
    LAST_N_DAYS: (today, n) => ({ from: today - n, to: today }),
    NEXT_N_DAYS: (today, n) => ({ from: today + 1, to: today + n }),
    N_DAYS_AGO: (today, n) => ({ from: today - n, to: today - n }),
    LAST_QUARTER: (today) => quarters(today, -1, -1),
    THIS_QUARTER: (today) => quarters(today, 0, 0),
    NEXT_QUARTER: (today) => quarters(today, 1, 1),
    LAST_N_QUARTERS: (today, n) => quarters(today, -n, -1),
    NEXT_N_QUARTERS: (today, n) => quarters(today, 1, n)
};

/**
 * The days a filter value stands for when the report runs on `today`: a
 * modelled relative date or a `YYYY-MM-DD` date; undefined for anything else
 * (a value the model does not know is not judged).
 */
export function dateRange(value: string, today: Day): DayRange | undefined {
    const trimmed = value.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
        const day = toDay(trimmed);
        return { from: day, to: day };
    }
    const [name, count] = trimmed.toUpperCase().split(':');
    const range = RELATIVE_DATES[name];
    const n = Number(count ?? 0);
    if (!range || !Number.isInteger(n) || n < 0) return undefined;
    return range(today, n);
}

/**
 * The test of one criterion `column operator value` on the day a report runs:
 * which dates pass. A range literal compared with `equals` takes the days
 * inside it, `lessThan` and `greaterThan` the days on either side (SOQL and
 * SOSL Reference, "Date Formats and Date Literals": = for the range, < or >
 * for a side); `lessOrEqual` and `greaterOrEqual` join a side and the range.
 * Undefined when the operator or the value is not modelled.
 */
export function dateCriterion(
    operator: string,
    value: string,
    today: Day
): ((day: Day) => boolean) | undefined {
    const range = dateRange(value, today);
    if (!range) return undefined;
    const { from, to } = range;
    const tests: Record<string, (day: Day) => boolean> = {
        equals: (day) => day >= from && day <= to,
        notEqual: (day) => day < from || day > to,
        lessThan: (day) => day < from,
        greaterThan: (day) => day > to,
        lessOrEqual: (day) => day <= to,
        greaterOrEqual: (day) => day >= from
    };
    return tests[operator];
}

/**
 * Compiles report filter logic such as `(1 OR 2) AND 3` into a function of
 * the criteria's results, numbered from 1. Without logic every criterion
 * must pass. Throws on logic that does not parse.
 */
export function compileFilterLogic(
    logic: string | undefined
): (results: boolean[]) => boolean {
    if (!logic?.trim()) return (results) => results.every(Boolean);
    const tokens = logic.toUpperCase().match(/\d+|AND|OR|NOT|\(|\)/g) ?? [];
    let position = 0;
    type Node = (results: boolean[]) => boolean;
    const fail = (what: string): never => {
        throw new Error(`filter logic "${logic}": ${what}`);
    };
    const next = () => tokens[position++];
    const peek = () => tokens[position];
    const operand = (): Node => {
        const token = next();
        if (token === 'NOT') {
            const inner = operand();
            return (results) => !inner(results);
        }
        if (token === '(') {
            const inner = or();
            if (next() !== ')') fail('a parenthesis is not closed');
            return inner;
        }
        if (token === undefined || !/^\d+$/.test(token))
            return fail(
                `expected a criterion number, found ${token ?? 'the end'}`
            );
        const index = Number(token) - 1;
        return (results) =>
            results[index] ?? fail(`there is no criterion ${token}`);
    };
    const sequence = (operator: string, part: () => Node): Node => {
        const parts = [part()];
        while (peek() === operator) {
            next();
            parts.push(part());
        }
        return operator === 'AND'
            ? (results) => parts.every((node) => node(results))
            : (results) => parts.some((node) => node(results));
    };
    const and = () => sequence('AND', operand);
    const or = (): Node => sequence('OR', and);
    const compiled = or();
    if (position < tokens.length) fail(`unexpected ${peek()}`);
    return compiled;
}
