/**
 * Project-wide mock of `lightning/graphql`. Unlike the sfdx-lwc-jest stub (whose
 * `gql` returns undefined), `gql` here returns the query text, so tests can prove
 * which query and variables a component wires (`graphql.getLastConfig()`).
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export class graphql extends createTestWireAdapter() {
    /** Emits a successful response, optionally with a refresh function. */
    static emit(value, filterFn, refreshFn) {
        super.emit(
            {
                data: value,
                errors: undefined,
                ...(refreshFn !== undefined && { refresh: refreshFn })
            },
            filterFn
        );
    }

    /** Emits GraphQL errors, optionally with a refresh function. */
    static emitErrors(errors, filterFn, refreshFn) {
        super.emit(
            {
                data: undefined,
                errors,
                ...(refreshFn !== undefined && { refresh: refreshFn })
            },
            filterFn
        );
    }

    constructor(dataCallback) {
        super(dataCallback);
        // The platform provisions { data: undefined, errors: undefined } while loading.
        graphql.emit(undefined);
    }
}

export const gql = jest.fn((literals, ...substitutions) =>
    literals.reduce(
        (text, literal, index) =>
            text +
            literal +
            (index < substitutions.length ? substitutions[index] : ''),
        ''
    )
);

export const refreshGraphQL = jest.fn(() => Promise.resolve());
