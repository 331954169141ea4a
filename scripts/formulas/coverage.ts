/** What the coverage test checks: that the case tables match the formulas and rules of a project. */
import type { ProjectModel } from '../lib/project';
import type { FormulaFieldTable, ValidationRuleTable } from './caseTable';

const customObjects = (project: ProjectModel) =>
    project.objects.filter((object) => object.custom);

/** Formula fields and validation rules (`Object.Name`) that no table covers. */
export function missingTables(
    project: ProjectModel,
    formulaTables: FormulaFieldTable[],
    ruleTables: ValidationRuleTable[]
): string[] {
    const tested = new Set([
        ...formulaTables.map((table) => `${table.object}.${table.field}`),
        ...ruleTables.map((table) => `${table.object}.${table.rule}`)
    ]);
    return customObjects(project)
        .flatMap((object) => [
            ...object.fields
                .filter((field) => field.formula !== undefined)
                .map((field) => `${object.apiName}.${field.apiName}`),
            ...object.validationRules.map(
                (rule) => `${object.apiName}.${rule.name}`
            )
        ])
        .filter((name) => !tested.has(name));
}

/** Tables whose formula field or validation rule no longer exists. */
export function staleTables(
    project: ProjectModel,
    formulaTables: FormulaFieldTable[],
    ruleTables: ValidationRuleTable[]
): string[] {
    return [
        ...formulaTables
            .filter(
                (table) =>
                    project.getField(table.object, table.field)?.formula ===
                    undefined
            )
            .map((table) => `${table.object}.${table.field}`),
        ...ruleTables
            .filter(
                (table) =>
                    !project
                        .getObject(table.object)
                        ?.validationRules.some(
                            (rule) => rule.name === table.rule
                        )
            )
            .map((table) => `${table.object}.${table.rule}`)
    ];
}

/** Record keys of cases that are not input fields of their object: typos, wrong case, or formula fields the engine recomputes. */
export function misnamedInputs(
    project: ProjectModel,
    tables: (FormulaFieldTable | ValidationRuleTable)[]
): string[] {
    return tables.flatMap((table) =>
        table.cases.flatMap((testCase) =>
            Object.keys(testCase.record)
                .filter((key) => {
                    const field = project.getField(table.object, key);
                    return (
                        !field ||
                        field.apiName !== key ||
                        field.formula !== undefined
                    );
                })
                .map((key) => `${table.object} — ${testCase.name}: ${key}`)
        )
    );
}
