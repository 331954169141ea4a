/**
 * Small text helpers shared by the components: custom-label templates and the
 * one symbol shown for a value that is blank or hidden by field-level security.
 */
import EMPTY_VALUE_LABEL from '@salesforce/label/c.SAP_Shared_Empty_Value';

/** Shown wherever a value is blank or the user may not see the field. */
export const EMPTY_VALUE: string = EMPTY_VALUE_LABEL;

/**
 * Fills the `{0}`, `{1}`… placeholders of a custom label.
 * @param template the label text
 * @param values the values, in placeholder order
 */
export function formatLabel(
    template: string,
    ...values: (string | number | undefined)[]
): string {
    return template.replace(/\{(\d+)\}/g, (_placeholder, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? EMPTY_VALUE : String(value);
    });
}

/**
 * The text to show for a value: the value itself, or {@link EMPTY_VALUE} when
 * it is blank or absent.
 * @param value a field value or its display label
 */
export function orEmpty(value: string | number | null | undefined): string {
    return value === undefined || value === null || value === ''
        ? EMPTY_VALUE
        : String(value);
}
