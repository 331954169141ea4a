/**
 * What the `getRecord` wire delivers to an editor when it opens: one record
 * as the UI API represents it (`apiName`, `id`, `lastModifiedDate`, and the
 * requested `fields` as `{ value, displayValue }`), for container tests of
 * saves guarded by that version (`c/containerUtils` EditedRecord).
 */
import type { RecordRepresentation } from 'lightning/uiRecordApi';

export function recordVersion(
    apiName: string,
    id: string,
    lastModifiedDate: string,
    values: Record<string, unknown>
): RecordRepresentation {
    return {
        apiName,
        id,
        lastModifiedDate,
        fields: Object.fromEntries(
            Object.entries(values).map(([name, value]) => [
                name,
                { value: value ?? null, displayValue: null }
            ])
        )
    };
}
