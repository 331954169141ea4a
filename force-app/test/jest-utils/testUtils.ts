/**
 * Helpers shared by the components' Jest tests (imported as `test-utils`, see
 * jest.config.js): mount a component, query its shadow DOM, let it re-render,
 * type into a base input, deliver picklists, and empty the document after
 * each test.
 */
import { createElement, type LightningElement } from 'lwc';
import {
    getObjectInfo,
    getPicklistValuesByRecordType
} from 'lightning/uiObjectInfoApi';

/**
 * Creates the component, sets its public properties and adds it to the
 * document, as a parent template would.
 * @param tag e.g. `c-plan-reviews`
 * @param is the component's class
 * @param props its `@api` properties
 */
export function mount(
    tag: string,
    is: typeof LightningElement,
    props: Record<string, unknown> = {}
): any {
    const element = createElement(tag, { is });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

/** The jsdom document is shared by the tests of a file: removes what a test mounted. */
export function resetDom(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}

/** Lets wire emissions, promise chains and re-renders settle. */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The first element in the component's shadow DOM that matches `selector`. */
export function find(element: Element, selector: string): any {
    return element.shadowRoot!.querySelector(selector);
}

/** Every element in the component's shadow DOM that matches `selector`. */
export function findAll(element: Element, selector: string): any[] {
    return Array.from(element.shadowRoot!.querySelectorAll(selector));
}

/**
 * Types `value` into a base input (a stub in Jest) and raises its change
 * event as the real one does: the value on the input and in `detail.value`.
 */
export function typeInto(input: any, value: string): void {
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/**
 * What got focus last. The base components are stubs that take no focus, so
 * a test spies on `HTMLElement.prototype.focus` and reads the calls.
 * @param focus the spy
 */
export function lastFocused(focus: jest.SpyInstance): any {
    return focus.mock.contexts.at(-1);
}

/**
 * Delivers an object's Object Info, then its picklist values (of the default
 * record type), through the wires of `lightning/uiObjectInfoApi`, as LDS does.
 */
export function emitPicklists(
    objectInfo: unknown,
    picklistValues: unknown
): void {
    (getObjectInfo as any).emit(objectInfo);
    (getPicklistValuesByRecordType as any).emit(picklistValues);
}
