import {
    PendingFocus,
    focusElement,
    picklistDefault,
    picklistOptions,
    withInputValue,
    type InputChangeEvent
} from 'c/formUtils';

/** Adds an element to `parent` with a class and a data-field. */
function add(parent: Element, tag: string, className: string): HTMLElement {
    const element = document.createElement(tag);
    element.className = className;
    element.dataset.field = 'Name';
    parent.appendChild(element);
    return element;
}

/** A rendered form: a name field and a save button. */
function renderForm(): HTMLElement {
    const root = add(document.body, 'div', 'form');
    add(root, 'input', 'name');
    add(root, 'button', 'save');
    return root;
}

/** The change event a base input raises, dispatched from `input`. */
function change(input: Element, value: string): InputChangeEvent {
    const event = new CustomEvent('change', { detail: { value } });
    input.dispatchEvent(event);
    return event;
}

describe('c-form-utils', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    describe('PendingFocus', () => {
        it('focuses the requested element after the render, once', () => {
            const root = renderForm();
            const pending = new PendingFocus();

            pending.request('.save');
            pending.apply(root);
            expect(document.activeElement).toBe(root.querySelector('.save'));

            root.querySelector<HTMLElement>('.name')!.focus();
            pending.apply(root);
            expect(document.activeElement).toBe(root.querySelector('.name'));
        });

        it('focuses the element it was made with after the first render', () => {
            const root = renderForm();

            new PendingFocus('.name').apply(root);

            expect(document.activeElement).toBe(root.querySelector('.name'));
        });

        it('takes the last request when several came before the render', () => {
            const root = renderForm();
            const pending = new PendingFocus('.name');

            pending.request('.save');
            pending.apply(root);

            expect(document.activeElement).toBe(root.querySelector('.save'));
        });

        it('drops a request for an element that did not render', () => {
            const root = renderForm();
            const pending = new PendingFocus('.late');

            pending.apply(root);
            add(root, 'button', 'late');
            pending.apply(root);

            expect(document.activeElement).toBe(document.body);
        });

        it('does nothing without a request or a root', () => {
            const root = renderForm();

            new PendingFocus().apply(root);
            new PendingFocus('.name').apply(null);

            expect(document.activeElement).toBe(document.body);
        });
    });

    it('focuses an element that is rendered now, and ignores a missing one', () => {
        const root = renderForm();

        focusElement(root, '.missing');
        expect(document.activeElement).toBe(document.body);
        focusElement(root, '.save');
        expect(document.activeElement).toBe(root.querySelector('.save'));
    });

    describe('withInputValue', () => {
        it("stores the value under the input's data-field, keeping the rest", () => {
            const root = renderForm();
            const draft = { Name: 'Old', Severity__c: 'High' };

            const next = withInputValue(
                draft,
                change(root.querySelector('.name')!, 'Churn')
            );

            expect(next).toEqual({ Name: 'Churn', Severity__c: 'High' });
            expect(draft.Name).toBe('Old');
        });

        it('starts a draft from the first change', () => {
            const root = renderForm();

            expect(
                withInputValue<{ Name?: string }>(
                    undefined,
                    change(root.querySelector('.name')!, 'Churn')
                )
            ).toEqual({ Name: 'Churn' });
        });
    });

    describe('picklist fields', () => {
        const SEVERITY = { fieldApiName: 'Severity__c' };
        const TYPE = { fieldApiName: 'Risk_Type__c' };
        const entry = (label: string, value: string) => ({
            label,
            value,
            attributes: null,
            validFor: []
        });
        /** As getPicklistValuesByRecordType answers: Severity with a default, Risk Type without. */
        const picklists = {
            picklistFieldValues: {
                Severity__c: {
                    values: [
                        entry('Faible', 'Low'),
                        entry('Moyenne', 'Medium')
                    ],
                    defaultValue: entry('Moyenne', 'Medium')
                },
                Risk_Type__c: {
                    values: [entry('Autre', 'Other')],
                    defaultValue: null
                }
            }
        };

        it("offers the org's values with their labels, in its order", () => {
            expect(picklistOptions(picklists, SEVERITY)).toEqual([
                { label: 'Faible', value: 'Low' },
                { label: 'Moyenne', value: 'Medium' }
            ]);
        });

        it('offers nothing while the values load or for a field the user may not read', () => {
            expect(picklistOptions(undefined, SEVERITY)).toEqual([]);
            expect(
                picklistOptions(picklists, { fieldApiName: 'Status__c' })
            ).toEqual([]);
        });

        it('gives the default value the org sets, and none otherwise', () => {
            expect(picklistDefault(picklists, SEVERITY)).toBe('Medium');
            expect(picklistDefault(picklists, TYPE)).toBeUndefined();
            expect(picklistDefault(undefined, SEVERITY)).toBeUndefined();
        });
    });
});
