/**
 * Branch coverage of a case table: which decisions of a formula its cases
 * never take. A decision is an IF condition (true and false), a CASE (each
 * alternative and the default), an AND/OR operand (true and false), and a
 * checkbox formula as a whole (a rule that fires and one that stays quiet).
 * A decision inside a branch only counts for the cases that reach the branch.
 *
 * Decisions are evaluated by printing their part of formulon's syntax tree
 * back to formula text and running it through the formula engine on each
 * case's record.
 */
import { ast, type FormulonNode } from 'formulon';
import {
    evaluateFormulas,
    FORMULON_OPERATORS,
    type FieldValue,
    type RecordValues
} from '../lib/formulaEngine';
import type { ProjectModel } from '../lib/project';
import { TODAY } from './caseTable';

/** Formula text of a syntax tree node (operators fully parenthesised). */
export function formulaText(node: FormulonNode): string {
    switch (node.type) {
        case 'identifier':
            return node.name;
        case 'callExpression': {
            const args = node.arguments.map(formulaText);
            const operator = FORMULON_OPERATORS[node.id];
            return operator
                ? `(${args.join(` ${operator} `)})`
                : `${node.id.toUpperCase()}(${args.join(', ')})`;
        }
        case 'literal':
            if (node.dataType === 'null') return 'NULL';
            if (node.dataType === 'checkbox')
                return node.value ? 'TRUE' : 'FALSE';
            if (node.dataType === 'text')
                return `"${String(node.value).replace(/[\\"]/g, (char) => `\\${char}`)}"`;
            if (node.dataType === 'number') return String(node.value);
            throw new Error(`cannot print a ${node.dataType} literal`);
        default:
            throw new Error(`the formula does not parse: ${node.message}`);
    }
}

/** A condition on the way to a branch: `formula` must evaluate to `value`. */
interface Step {
    formula: string;
    value: FieldValue;
}

interface Decision {
    /** How a reader recognises it, e.g. `IF(Progress__c >= 0.75)`. */
    label: string;
    formula: string;
    /** The values the cases must produce, each at least once. */
    outcomes: FieldValue[];
    path: Step[];
}

/** CASE(expr, v1, r1, …, default) as the number of the alternative it takes: 1…n, 0 for the default. */
function caseAlternativeFormula(
    expression: FormulonNode,
    alternatives: FormulonNode[]
): string {
    const numbered = alternatives.map(
        (value, index) => `${formulaText(value)}, ${index + 1}`
    );
    return `CASE(${[formulaText(expression), ...numbered, '0'].join(', ')})`;
}

function decisionsOf(
    node: FormulonNode,
    path: Step[],
    found: Decision[]
): Decision[] {
    if (node.type !== 'callExpression') return found;
    const args = node.arguments;
    if (node.id === 'if') {
        const condition = formulaText(args[0]);
        found.push({
            label: `IF(${condition})`,
            formula: condition,
            outcomes: [true, false],
            path
        });
        decisionsOf(args[0], path, found);
        decisionsOf(
            args[1],
            [...path, { formula: condition, value: true }],
            found
        );
        decisionsOf(
            args[2],
            [...path, { formula: condition, value: false }],
            found
        );
        return found;
    }
    if (node.id === 'case') {
        const [expression, ...rest] = args;
        const alternatives = rest.filter(
            (_, index) => index % 2 === 0 && index < rest.length - 1
        );
        const results = rest.filter((_, index) => index % 2 === 1);
        const taken = caseAlternativeFormula(expression, alternatives);
        const outcomes = [...alternatives.map((_, index) => index + 1), 0];
        found.push({
            label: `CASE(${formulaText(expression)}) alternatives 1-${alternatives.length} and default (0)`,
            formula: taken,
            outcomes,
            path
        });
        [expression, ...alternatives].forEach((child) =>
            decisionsOf(child, path, found)
        );
        results.forEach((result, index) =>
            decisionsOf(
                result,
                [...path, { formula: taken, value: index + 1 }],
                found
            )
        );
        decisionsOf(
            rest[rest.length - 1],
            [...path, { formula: taken, value: 0 }],
            found
        );
        return found;
    }
    if (node.id === 'and' || node.id === 'or') {
        for (const operand of args) {
            const formula = formulaText(operand);
            found.push({
                label: `${node.id.toUpperCase()} operand ${formula}`,
                formula,
                outcomes: [true, false],
                path
            });
        }
    }
    args.forEach((child) => decisionsOf(child, path, found));
    return found;
}

/**
 * The decisions of `formula` that the records never take, as messages.
 *
 * @param checkbox whether the formula returns a checkbox (validation rules do): then it must be both true and false
 */
export function untakenDecisions(
    project: ProjectModel,
    objectApiName: string,
    formula: string,
    checkbox: boolean,
    records: RecordValues[]
): string[] {
    const tree = ast(formula);
    const decisions = decisionsOf(
        tree,
        [],
        checkbox
            ? [
                  {
                      label: 'the formula',
                      formula: formulaText(tree),
                      outcomes: [true, false],
                      path: []
                  }
              ]
            : []
    );
    // Every decision and step formula, evaluated once per record.
    const formulas = [
        ...new Set(
            decisions.flatMap((decision) => [
                decision.formula,
                ...decision.path.map((step) => step.formula)
            ])
        )
    ];
    const valuesByRecord = records.map((record) => {
        const values = evaluateFormulas(
            project,
            objectApiName,
            formulas,
            record,
            { today: TODAY }
        );
        return new Map(formulas.map((text, index) => [text, values[index]]));
    });
    return decisions.flatMap((decision) => {
        const reaching = valuesByRecord.filter((values) =>
            decision.path.every(
                (step) => values.get(step.formula) === step.value
            )
        );
        const seen = new Set(
            reaching.map((values) => values.get(decision.formula))
        );
        const missing = decision.outcomes.filter(
            (outcome) => !seen.has(outcome)
        );
        return missing.length
            ? [
                  `${decision.label}: no case gives ${missing.map((outcome) => JSON.stringify(outcome)).join(', ')}`
              ]
            : [];
    });
}
