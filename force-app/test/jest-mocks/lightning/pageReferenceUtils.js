/**
 * Project-wide mock of `lightning/pageReferenceUtils` that encodes like the
 * platform (comma-separated `field=value`, URI-encoded), so a test can decode
 * what a component passed in `state.defaultFieldValues`.
 */
export const encodeDefaultFieldValues = jest.fn((values) =>
    Object.entries(values)
        .map(
            ([field, value]) =>
                `${encodeURIComponent(field)}=${encodeURIComponent(String(value))}`
        )
        .join(',')
);

export const decodeDefaultFieldValues = jest.fn((encoded) =>
    Object.fromEntries(
        encoded
            .split(',')
            .filter(Boolean)
            .map((pair) => pair.split('=').map(decodeURIComponent))
    )
);
