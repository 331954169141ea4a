/**
 * Where the bytes of the page's GraphQL response go: each child list of the
 * plans (`Joint_Metrics__r`, `Buy_Sell_Levels__r`...) and the plans' own
 * fields, so a size figure says which list to look at.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const bytes = (value: Json): number => Buffer.byteLength(JSON.stringify(value));

const isConnection = (value: Json): boolean =>
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'edges' in value;

/**
 * Bytes of each child list over all plans of the response, and of the rest
 * of each plan (`plan fields`); the envelope around the plans is not counted.
 * @param body the response body of the page's query
 */
export function responseBytesByList(body: string): Record<string, number> {
    const { data } = JSON.parse(body) as {
        data?: {
            uiapi?: {
                query?: Record<string, { edges?: { node: Json }[] }>;
            };
        };
    };
    const sizes: Record<string, number> = { 'plan fields': 0 };
    for (const connection of Object.values(data?.uiapi?.query ?? {}))
        for (const { node } of connection.edges ?? []) {
            if (
                node === null ||
                typeof node !== 'object' ||
                Array.isArray(node)
            )
                continue;
            const own: Record<string, Json> = {};
            for (const [key, value] of Object.entries(node)) {
                if (isConnection(value))
                    sizes[key] = (sizes[key] ?? 0) + bytes(value);
                else own[key] = value;
            }
            sizes['plan fields'] += bytes(own);
        }
    return sizes;
}

/**
 * The child lists the page reads that the baseline response (224,508
 * bytes, measured on a plan of metrics, Buy-Sell assessments and sponsor
 * pairs) did not have: reviews, risks, objectives and actions came later.
 */
export const LISTS_ADDED_SINCE_BASELINE = [
    'Account_Reviews__r',
    'Plan_Risks__r',
    'Plan_Objectives__r',
    'Plan_Actions__r'
];

/**
 * The response's bytes without the lists added since the baseline: the
 * figure that compares like for like with the baseline's.
 * @param responseBytes the whole response
 * @param byList its bytes per list, from {@link responseBytesByList}
 */
export function bytesComparableWithBaseline(
    responseBytes: number,
    byList: Record<string, number>
): number {
    return LISTS_ADDED_SINCE_BASELINE.reduce(
        (bytes, list) => bytes - (byList[list] ?? 0),
        responseBytes
    );
}
