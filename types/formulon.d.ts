/**
 * The part of formulon's API the formula engine uses (formulon ships no types).
 * See node_modules/formulon/README.md.
 */
declare module 'formulon' {
    export type FormulonDataType =
        | 'number'
        | 'text'
        | 'checkbox'
        | 'date'
        | 'time'
        | 'datetime'
        | 'geolocation'
        | 'picklist'
        | 'multipicklist'
        | 'null';

    export interface FormulonLiteral {
        type: 'literal';
        dataType: FormulonDataType;
        value: unknown;
        options?: { length?: number; scale?: number; values?: string[] };
    }

    export interface FormulonError {
        type: 'error';
        errorType: string;
        message: string;
    }

    /** Evaluates a formula; identifiers are replaced by the literals of `substitutions` (case-sensitive). */
    export function parse(
        formula: string,
        substitutions?: Record<string, FormulonLiteral>
    ): FormulonLiteral | FormulonError;

    export interface FormulonCall {
        type: 'callExpression';
        /** Lower-case function name, or the operator's name: add, subtract, multiply, divide, exponentiate, equal, unequal, greaterThan, greaterThanOrEqual, lessThan, lessThanOrEqual. */
        id: string;
        arguments: FormulonNode[];
    }

    export interface FormulonIdentifier {
        type: 'identifier';
        name: string;
    }

    export type FormulonNode =
        FormulonCall | FormulonIdentifier | FormulonLiteral | FormulonError;

    /** The syntax tree of a formula (an error node when it does not parse). */
    export function ast(formula: string): FormulonNode;

    /** The identifiers (field references) a formula uses, each once. */
    export function extract(formula: string): string[];
}
