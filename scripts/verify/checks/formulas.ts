/**
 * Formula fields and validation rules name only fields and relationships that
 * exist (`Lookup__r.Field__c` paths are followed, `$User.Field` is read on
 * User), and a validation rule's error shows at a field of its object.
 */
import { ast, extract } from 'formulon';
import type { ProjectModel } from '../../lib/project';
import {
    fieldProblem,
    nameProblem,
    resolveFieldPath,
    type FieldPathResult,
    type NameProblem
} from '../fieldPaths';
import type { Check, Problem } from '../types';

/** Global variables whose members the package does not model ($Label, $Setup, $Permission...). */
const UNCHECKED_GLOBAL = /^\$(?!User\.)/i;

const COMMENT = /\/\*[\s\S]*?\*\//g;
const STRING = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
const IDENTIFIER = /[$A-Za-z_][\w$]*(?:\.[$A-Za-z_][\w$]*)*/g;
const CONSTANT = /^(TRUE|FALSE|NULL)$/i;

/** A formula without its comments and with empty string literals: names and calls only. */
export const formulaCode = (formula: string): string =>
    formula.replace(COMMENT, ' ').replace(STRING, '""');

/**
 * The identifiers a formula names, as written (`Account__r.Name`, `$User.Id`).
 * formulon's extract() reads them; where formulon cannot parse a formula that
 * an org accepts (comments, unary minus, escaped quotes) a lexical scan does:
 * every name outside strings that is not a function call or a constant.
 */
export function formulaReferences(formula: string): string[] {
    const code = formula.replace(COMMENT, ' ');
    if (ast(code).type !== 'error') return extract(code);
    const scanned = formulaCode(formula);
    const names = [...scanned.matchAll(IDENTIFIER)]
        .filter(
            (match) =>
                !/^\s*\(/.test(scanned.slice(match.index + match[0].length))
        )
        .map((match) => match[0])
        .filter((name) => !CONSTANT.test(name));
    return [...new Set(names)];
}

/** The field one reference names from `objectApiName`: `Plan__r.Name`, or `$User.Email` on User. */
export function resolveReference(
    project: ProjectModel,
    objectApiName: string,
    reference: string
): FieldPathResult {
    const [from, fieldPath] = /^\$User\./i.test(reference)
        ? ['User', reference.slice('$User.'.length)]
        : [objectApiName, reference];
    return resolveFieldPath(project, from, fieldPath);
}

/** Whether the offline model leaves a reference unchecked: a global variable other than $User. */
export const isUncheckedGlobal = (reference: string): boolean =>
    UNCHECKED_GLOBAL.test(reference);

/** One problem per reference that does not resolve from `objectApiName`. */
export function unresolvedReferences(
    project: ProjectModel,
    objectApiName: string,
    formula: string
): NameProblem[] {
    return formulaReferences(formula)
        .filter((reference) => !isUncheckedGlobal(reference))
        .flatMap((reference) => {
            const result = resolveReference(project, objectApiName, reference);
            return result.error
                ? [{ ...result, error: `${reference}: ${result.error}` }]
                : [];
        });
}

export const formulas: Check = {
    name: 'formulas',
    description:
        'formulas and validation rules name existing fields and relationships',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        for (const object of project.objects) {
            for (const field of object.fields) {
                if (field.formula === undefined || !field.file) continue;
                for (const problem of unresolvedReferences(
                    project,
                    object.apiName,
                    field.formula
                ))
                    problems.push(
                        nameProblem(
                            context.relative(field.file),
                            '<formula>',
                            problem
                        )
                    );
            }
            for (const rule of object.validationRules) {
                const file = context.relative(rule.file);
                for (const problem of unresolvedReferences(
                    project,
                    object.apiName,
                    rule.formula
                ))
                    problems.push(
                        nameProblem(file, '<errorConditionFormula>', problem)
                    );
                const display = rule.errorDisplayField
                    ? fieldProblem(
                          project,
                          object.apiName,
                          rule.errorDisplayField
                      )
                    : undefined;
                if (display)
                    problems.push(
                        nameProblem(file, '<errorDisplayField>', display)
                    );
            }
        }
        return problems;
    }
};
