/**
 * What the inline forms share: focus that waits for the next render, the
 * change handler that keeps a form's draft as the user types, and a picklist
 * field's choices as the org defines them.
 */
import type { PicklistValuesCollection } from 'lightning/uiObjectInfoApi';

/** Where a component looks for its elements: its `template`. */
type Root = Pick<ParentNode, 'querySelector'> | null | undefined;

/** The change event of a base input (`lightning-input`, `-combobox`, `-textarea`). */
export type InputChangeEvent = CustomEvent<{ value?: string }>;

/**
 * The element a component focuses once it has rendered again: a handler
 * names it with `request` (it may not be rendered yet), `renderedCallback`
 * calls `apply`.
 */
export class PendingFocus {
    private selector?: string;

    /** @param selector an element to focus after the first render */
    constructor(selector?: string) {
        this.selector = selector;
    }

    /** Focuses the element `selector` finds after the next render. */
    request(selector: string): void {
        this.selector = selector;
    }

    /** Focuses the requested element, if any, once; from `renderedCallback`. */
    apply(root: Root): void {
        if (this.selector) {
            focusElement(root, this.selector);
            this.selector = undefined;
        }
    }
}

/** Focuses the element `selector` finds in `root`, when there is one. */
export function focusElement(root: Root, selector: string): void {
    root?.querySelector<HTMLElement>(selector)?.focus();
}

/**
 * The draft with the changed input's value under the field its
 * `data-field` names.
 * @param draft the form's values so far
 * @param event the input's change event
 */
export function withInputValue<T extends object>(
    draft: T | undefined,
    event: InputChangeEvent
): T {
    const field = (event.target as HTMLElement).dataset.field!;
    return { ...draft, [field]: event.detail.value } as T;
}

/** A `lightning-combobox` choice. */
export interface Option {
    label: string;
    value: string;
}

/**
 * The values a picklist field offers, in the org's order and language, from
 * `getPicklistValuesByRecordType`
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-picklist-values-record.html):
 * an admin's new value shows without a release. None while they load, or
 * when the user may not read the field (the collection leaves it out).
 * @param picklists the wire's data
 * @param field an `@salesforce/schema` field import
 */
export function picklistOptions(
    picklists: PicklistValuesCollection | undefined,
    field: { fieldApiName: string }
): Option[] {
    return (
        picklists?.picklistFieldValues[field.fieldApiName]?.values.map(
            ({ label, value }) => ({ label, value })
        ) ?? []
    );
}

/** The field's default value for the record type, if the org sets one. */
export function picklistDefault(
    picklists: PicklistValuesCollection | undefined,
    field: { fieldApiName: string }
): string | undefined {
    return (
        picklists?.picklistFieldValues[field.fieldApiName]?.defaultValue
            ?.value ?? undefined
    );
}
