import { createElement } from 'lwc';
import PlanActionRow from 'c/planActionRow';
import { toActionRow } from 'c/objectiveModel';
import { ACTIVE_PLAN } from '../../accountPlanQuery/__tests__/data/planViews';

const updateRecordConflict = require('../../accountPlanQuery/__tests__/data/updateRecordConflict.json');

const [OVERDUE, NOT_STARTED, DONE] =
    ACTIVE_PLAN.actions.records.map(toActionRow);

function render(props: Record<string, unknown>): any {
    const element = createElement('c-plan-action-row', { is: PlanActionRow });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

const $ = (element: any, selector: string) =>
    element.shadowRoot.querySelector(selector);

describe('c-plan-action-row', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows name, owner side and owners, due date, status and an Overdue badge', async () => {
        const element = render({ action: OVERDUE });
        await flushPromises();

        expect($(element, '.action-name').textContent).toBe(
            'Share six months of quality data'
        );
        expect($(element, '.owners').textContent).toContain("Customer's");
        expect($(element, '.owners').textContent).toContain(
            'Customer owner: James Okonkwo'
        );
        expect($(element, '.due-date').textContent).toBe('Due Nov 8, 2026');
        expect($(element, '[data-id="status"]').label).toBe('In Progress');
        expect($(element, '[data-id="overdue"]').label).toBe('Overdue');
        await expect(element).toBeAccessible();
    });

    it('has no Overdue badge when the formula says no, and no buttons once done', async () => {
        const element = render({ action: DONE });
        await flushPromises();

        expect($(element, '[data-id="overdue"]')).toBeNull();
        expect($(element, '.complete')).toBeNull();
        expect($(element, '.redate')).toBeNull();
    });

    it('asks to complete the action', async () => {
        const element = render({ action: OVERDUE });
        const handler = jest.fn();
        element.addEventListener('actioncomplete', handler);
        await flushPromises();

        $(element, '.complete').click();

        expect(handler.mock.calls[0][0].detail).toEqual({
            actionId: OVERDUE.id
        });
    });

    it('opens the date editor, then saves the picked date or cancels', async () => {
        const element = render({ action: NOT_STARTED });
        const edit = jest.fn();
        const save = jest.fn();
        const cancel = jest.fn();
        element.addEventListener('redateedit', edit);
        element.addEventListener('redatesave', save);
        element.addEventListener('redatecancel', cancel);
        await flushPromises();

        $(element, '.redate').click();
        expect(edit.mock.calls[0][0].detail).toEqual({
            actionId: NOT_STARTED.id
        });
        element.editing = true;
        await flushPromises();
        const input = $(element, 'lightning-input');
        expect(input.value).toBe('2026-12-15');
        input.value = '2027-01-10';
        input.dispatchEvent(new CustomEvent('change'));
        $(element, '.save').click();
        expect(save.mock.calls[0][0].detail).toEqual({
            actionId: NOT_STARTED.id,
            dueDate: '2027-01-10'
        });
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        expect(cancel).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('focuses the editor once it opens, however many renders that takes', async () => {
        const element = render({ action: NOT_STARTED });
        await flushPromises();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');

        $(element, '.redate').click();
        element.action = { ...NOT_STARTED };
        await flushPromises();
        expect(focus).not.toHaveBeenCalled();

        element.editing = true;
        await flushPromises();
        expect(focus.mock.contexts).toEqual([$(element, 'lightning-input')]);

        element.saving = true;
        await flushPromises();
        expect(focus).toHaveBeenCalledTimes(1);
        focus.mockRestore();
    });

    it('keeps the picked date under a refused save and shows why', async () => {
        const element = render({ action: NOT_STARTED, editing: true });
        await flushPromises();
        const input = $(element, 'lightning-input');
        input.value = '2027-02-01';
        input.dispatchEvent(new CustomEvent('change'));
        Object.assign(element, {
            saveError: updateRecordConflict,
            saveErrorTitle: 'Someone changed this action'
        });
        await flushPromises();

        expect($(element, 'lightning-input').value).toBe('2027-02-01');
        expect($(element, 'c-error-panel').friendlyMessage).toBe(
            'Someone changed this action'
        );
        expect($(element, 'c-error-panel').errors).toEqual(
            updateRecordConflict
        );
    });

    it('disables its buttons while saving', async () => {
        const element = render({ action: OVERDUE, saving: true });
        await flushPromises();

        expect($(element, '.complete').disabled).toBe(true);
        expect($(element, '.redate').disabled).toBe(true);
    });
});
