/**
 * Small text helpers shared by the components: custom-label templates and the
 * one symbol shown for a value that is blank or hidden by field-level security.
 */
import type { RecordPage } from 'c/accountPlanQuery';
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
 * The notice under a list that the page size cut short; undefined when
 * every record was read.
 * @param template the label: `{0}` the records shown, `{1}` all of them
 * @param page the list as read
 */
export function moreRecordsNotice(
    template: string,
    page: RecordPage<unknown> | undefined
): string | undefined {
    return page?.hasMore
        ? formatLabel(template, page.records.length, page.totalCount)
        : undefined;
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

/**
 * How one value of a picklist shows where the org gives its label (the
 * field's `displayValue`, in the user's language): its badge and where it
 * sorts.
 */
export interface ValueStyle {
    /** The API value. */
    value: string;
    /** The SLDS class of its badge. */
    theme: string;
    /** Where it sorts: display order, or urgency. */
    order: number;
}

/**
 * How one value of a text formula (or a picklist read without its
 * `displayValue`) is shown: its style and the custom label for it. Each
 * vocabulary (metric status, cadence status, classification...) has one
 * table of these, in its model module.
 */
export interface VocabularyEntry extends ValueStyle {
    /** The custom label shown for it. */
    label: string;
}

/**
 * The entry of `value` in `table`. A value the table lacks (a formula changed
 * in the org) shows as itself, unthemed, after the known ones.
 * @param table a vocabulary
 * @param value the API value; undefined when blank or hidden
 */
export function vocabularyEntry<Entry extends ValueStyle>(
    table: readonly Entry[],
    value: string | undefined
): Entry | VocabularyEntry | undefined {
    if (value === undefined) {
        return undefined;
    }
    return (
        table.find((entry) => entry.value === value) ?? {
            value,
            label: value,
            theme: '',
            order: table.length + 1
        }
    );
}

/**
 * Where `value` sorts in `table`: its entry's order; a value the table lacks,
 * blank or hidden, after the known ones.
 * @param table a vocabulary
 * @param value the API value; undefined when blank or hidden
 */
export function vocabularyOrder(
    table: readonly ValueStyle[],
    value: string | undefined
): number {
    return vocabularyEntry(table, value)?.order ?? table.length + 1;
}
