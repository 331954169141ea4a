/**
 * Stand-in for `lightning/pageReferenceUtils`: default field values of a
 * "new record" page reference, encoded as `Field=value,Other=value`.
 */

type DefaultValue = string | number | boolean | null;

/** Encodes default field values for `state.defaultFieldValues`. */
export function encodeDefaultFieldValues(
    values: Record<string, DefaultValue>
): string {
    return Object.entries(values)
        .map(
            ([field, value]) =>
                `${encodeURIComponent(field)}=${encodeURIComponent(value === null ? '' : String(value))}`
        )
        .join(',');
}

/** Decodes what {@link encodeDefaultFieldValues} produced. */
export function decodeDefaultFieldValues(
    encoded: string
): Record<string, string> {
    return Object.fromEntries(
        encoded
            .split(',')
            .filter(Boolean)
            .map(
                (pair) =>
                    pair.split('=').map((part) => decodeURIComponent(part)) as [
                        string,
                        string
                    ]
            )
    );
}
