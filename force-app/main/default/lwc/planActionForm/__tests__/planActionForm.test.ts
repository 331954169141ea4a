import PlanActionForm from 'c/planActionForm';
import { find, flushPromises, mount, resetDom } from 'test-utils';
import {
    loadProject,
    picklistValueNames
} from '../../../../../../scripts/lib/project';

const render = (props: Record<string, unknown> = {}) =>
    mount('c-plan-action-form', PlanActionForm, props);

/** Fills a field; the stub reports itself invalid while empty, as a required input. */
function type(element: any, selector: string, value: string): void {
    const input = find(element, selector);
    input.value = value;
    input.reportValidity = () => value !== '';
}

describe('c-plan-action-form', () => {
    afterEach(resetDom);

    it('asks for a name, who owes it (us by default) and a due date', async () => {
        const element = render();
        await flushPromises();

        expect(find(element, '.name').required).toBe(true);
        expect(find(element, '.due-date').required).toBe(true);
        expect(find(element, '.owner-side').value).toBe('Ours');
        expect(
            find(element, '.owner-side').options.map(
                (option: any) => option.value
            )
        ).toEqual(
            picklistValueNames(
                loadProject().getField('Plan_Action__c', 'Owner_Side__c')!
            )
        );
        await expect(element).toBeAccessible();
    });

    it('focuses the name once, when it opens', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = render();
        await flushPromises();
        expect(focus.mock.contexts).toEqual([find(element, '.name')]);

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
        find(element, '.owner-side').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Joint' } })
        );

        find(element, '.add').click();

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

        find(element, '.add').click();

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

        find(element, '.name').dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })
        );
        find(element, '.name').dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })
        );

        expect(add).toHaveBeenCalledTimes(1);
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('disables its fields while saving', async () => {
        const element = render({ saving: true });
        await flushPromises();

        expect(find(element, '.name').disabled).toBe(true);
        expect(find(element, '.add').disabled).toBe(true);
    });
});
