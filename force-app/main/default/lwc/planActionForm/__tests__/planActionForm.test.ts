import { createElement } from 'lwc';
import PlanActionForm from 'c/planActionForm';

function render(props: Record<string, unknown> = {}): any {
    const element = createElement('c-plan-action-form', { is: PlanActionForm });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

const $ = (element: any, selector: string) =>
    element.shadowRoot.querySelector(selector);

function type(element: any, selector: string, value: string): void {
    const input = $(element, selector);
    input.value = value;
    input.reportValidity = () => value !== '';
}

describe('c-plan-action-form', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('asks for a name, who owes it (us by default) and a due date', async () => {
        const element = render();
        await flushPromises();

        expect($(element, '.name').required).toBe(true);
        expect($(element, '.due-date').required).toBe(true);
        expect($(element, '.owner-side').value).toBe('Ours');
        expect(
            $(element, '.owner-side').options.map((option: any) => option.value)
        ).toEqual(['Ours', "Customer's", 'Joint']);
        await expect(element).toBeAccessible();
    });

    it('focuses the name once, when it opens', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = render();
        await flushPromises();
        expect(focus.mock.contexts).toEqual([$(element, '.name')]);

        element.saving = true;
        await flushPromises();

        expect(focus).toHaveBeenCalledTimes(1);
        focus.mockRestore();
    });

    it('adds the action with what was typed and picked', async () => {
        const element = render();
        const handler = jest.fn();
        element.addEventListener('actionadd', handler);
        await flushPromises();
        type(element, '.name', '  Send the roadmap ');
        type(element, '.due-date', '2027-01-15');
        $(element, '.owner-side').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Joint' } })
        );

        $(element, '.add').click();

        expect(handler.mock.calls[0][0].detail).toEqual({
            name: 'Send the roadmap',
            ownerSide: 'Joint',
            dueDate: '2027-01-15'
        });
    });

    it('adds nothing while a field is empty: the field says why', async () => {
        const element = render();
        const handler = jest.fn();
        element.addEventListener('actionadd', handler);
        await flushPromises();
        type(element, '.name', '');
        type(element, '.due-date', '2027-01-15');

        $(element, '.add').click();

        expect(handler).not.toHaveBeenCalled();
    });

    it('adds on Enter in a field and cancels on Escape', async () => {
        const element = render();
        const add = jest.fn();
        const cancel = jest.fn();
        element.addEventListener('actionadd', add);
        element.addEventListener('actioncancel', cancel);
        await flushPromises();
        type(element, '.name', 'Send the roadmap');
        type(element, '.due-date', '2027-01-15');

        $(element, '.name').dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })
        );
        $(element, '.name').dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })
        );

        expect(add).toHaveBeenCalledTimes(1);
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('disables its fields while saving', async () => {
        const element = render({ saving: true });
        await flushPromises();

        expect($(element, '.name').disabled).toBe(true);
        expect($(element, '.add').disabled).toBe(true);
    });
});
