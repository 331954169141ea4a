/**
 * Case tables for the formula fields and validation rules of force-app, and
 * the checks that run them through the formula engine. A table names one
 * formula field or rule; each case is a record (plain JSON, missing fields are
 * blank) and what the formula must give for it.
 */
import type { ProjectModel } from '../lib/project';
import {
    computeFormulaFields,
    evaluateValidationRules,
    type FieldValue,
    type RecordValues
} from '../lib/formulaEngine';
import { addDays } from '../lib/relativeDates';

/** The day `TODAY()` returns in every case. */
export const TODAY = '2026-11-22';

/** `TODAY` moved by a number of days, e.g. `dayFromToday(-1)` is yesterday. */
export function dayFromToday(days: number): string {
    return addDays(TODAY, days);
}

export interface FormulaCase {
    /** What the case shows, in the words of the field's description. */
    name: string;
    record: RecordValues;
    /** The field's value as the engine returns it: rounded to its decimal places, Percent as a fraction, blank as null. */
    expected: FieldValue;
}

export interface FormulaFieldTable {
    object: string;
    field: string;
    cases: FormulaCase[];
}

export interface RuleCase {
    name: string;
    record: RecordValues;
    fires: boolean;
}

export interface ValidationRuleTable {
    object: string;
    rule: string;
    cases: RuleCase[];
}

const describeError = (error: unknown): string =>
    error instanceof Error ? error.message : String(error);

/** Why a formula case does not hold, or undefined when it does. */
export function formulaCaseFailure(
    project: ProjectModel,
    table: FormulaFieldTable,
    testCase: FormulaCase
): string | undefined {
    try {
        const actual = computeFormulaFields(
            project,
            table.object,
            testCase.record,
            { today: TODAY }
        )[table.field];
        return actual === testCase.expected
            ? undefined
            : `${table.object}.${table.field} — ${testCase.name}: expected ${JSON.stringify(testCase.expected)}, got ${JSON.stringify(actual)}`;
    } catch (error) {
        return `${table.object}.${table.field} — ${testCase.name}: ${describeError(error)}`;
    }
}

/** Why a validation-rule case does not hold, or undefined when it does. */
export function ruleCaseFailure(
    project: ProjectModel,
    table: ValidationRuleTable,
    testCase: RuleCase
): string | undefined {
    try {
        const fires = evaluateValidationRules(
            project,
            table.object,
            testCase.record,
            { today: TODAY }
        ).some((fired) => fired.rule === table.rule);
        return fires === testCase.fires
            ? undefined
            : `${table.object}.${table.rule} — ${testCase.name}: expected the rule ${testCase.fires ? 'to fire' : 'not to fire'}`;
    } catch (error) {
        return `${table.object}.${table.rule} — ${testCase.name}: ${describeError(error)}`;
    }
}

/** Every failing case of the given tables, as messages (empty when all hold). */
export function tableFailures(
    project: ProjectModel,
    formulaTables: FormulaFieldTable[],
    ruleTables: ValidationRuleTable[]
): string[] {
    return [
        ...formulaTables.flatMap((table) =>
            table.cases.map((testCase) =>
                formulaCaseFailure(project, table, testCase)
            )
        ),
        ...ruleTables.flatMap((table) =>
            table.cases.map((testCase) =>
                ruleCaseFailure(project, table, testCase)
            )
        )
    ].filter((failure): failure is string => failure !== undefined);
}
