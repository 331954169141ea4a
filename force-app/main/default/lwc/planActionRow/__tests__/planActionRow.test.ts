import PlanActionRow from 'c/planActionRow';
import { toActionRow } from 'c/objectiveModel';
import { ACTIVE_PLAN } from '../../accountPlanQuery/__tests__/data/planViews';
import { find, flushPromises, mount, resetDom, typeInto } from 'test-utils';

const updateRecordConflict = require('../../accountPlanQuery/__tests__/data/updateRecordConflict.json');

const [OVERDUE, NOT_STARTED, DONE] =
    ACTIVE_PLAN.actions.records.map(toActionRow);

const render = (props: Record<string, unknown>) =>
    mount('c-plan-action-row', PlanActionRow, props);

describe('c-plan-action-row', () => {
    afterEach(resetDom);

    it('shows name, owner side and owners, due date, status and an Overdue badge', async () => {
        const element = render({ action: OVERDUE });
        await flushPromises();

        expect(find(element, '.action-name').textContent).toBe(
            'Share six months of quality data'
        );
        expect(find(element, '.owners').textContent).toContain("Customer's");
        expect(find(element, '.owners').textContent).toContain(
            'Customer owner: James Okonkwo'
        );
        expect(find(element, '.due-date').textContent).toBe('Due Nov 8, 2026');
        expect(find(element, '[data-id="status"]').label).toBe('In Progress');
        expect(find(element, '[data-id="overdue"]').label).toBe('Overdue');
        await expect(element).toBeAccessible();
    });

    it('has no Overdue badge when the formula says no, and no buttons once done', async () => {
        const element = render({ action: DONE });
        await flushPromises();

        expect(find(element, '[data-id="overdue"]')).toBeNull();
        expect(find(element, '.complete')).toBeNull();
        expect(find(element, '.redate')).toBeNull();
    });

    it('asks to complete the action', async () => {
        const element = render({ action: OVERDUE });
        const handler = jest.fn();
        element.addEventListener('actioncomplete', handler);
        await flushPromises();

        find(element, '.complete').click();

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

        find(element, '.redate').click();
        expect(edit.mock.calls[0][0].detail).toEqual({
            actionId: NOT_STARTED.id
        });
        element.editing = true;
        await flushPromises();
        const input = find(element, 'lightning-input');
        expect(input.value).toBe('2026-12-15');
        typeInto(input, '2027-01-10');
        find(element, '.save').click();
        expect(save.mock.calls[0][0].detail).toEqual({
            actionId: NOT_STARTED.id,
            dueDate: '2027-01-10'
        });
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        expect(cancel).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('does not save a date the input refuses: it says why itself', async () => {
        const element = render({ action: NOT_STARTED, editing: true });
        const save = jest.fn();
        element.addEventListener('redatesave', save);
        await flushPromises();
        const input = find(element, 'lightning-input');
        typeInto(input, '');
        input.reportValidity = jest.fn(() => false);

        find(element, '.save').click();

        expect(input.reportValidity).toHaveBeenCalled();
        expect(save).not.toHaveBeenCalled();
    });

    it('focuses the editor once it opens, however many renders that takes', async () => {
        const element = render({ action: NOT_STARTED });
        await flushPromises();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');

        find(element, '.redate').click();
        element.action = { ...NOT_STARTED };
        await flushPromises();
        expect(focus).not.toHaveBeenCalled();

        element.editing = true;
        await flushPromises();
        expect(focus.mock.contexts).toEqual([find(element, 'lightning-input')]);

        element.saving = true;
        await flushPromises();
        expect(focus).toHaveBeenCalledTimes(1);
        focus.mockRestore();
    });

    it('keeps the picked date under a refused save and shows why', async () => {
        const element = render({ action: NOT_STARTED, editing: true });
        await flushPromises();
        const input = find(element, 'lightning-input');
        typeInto(input, '2027-02-01');
        Object.assign(element, {
            saveError: updateRecordConflict,
            saveErrorTitle: 'Someone changed this action'
        });
        await flushPromises();

        expect(find(element, 'lightning-input').value).toBe('2027-02-01');
        expect(find(element, 'c-error-panel').friendlyMessage).toBe(
            'Someone changed this action'
        );
        expect(find(element, 'c-error-panel').errors).toEqual(
            updateRecordConflict
        );
    });

    it('disables its buttons while saving', async () => {
        const element = render({ action: OVERDUE, saving: true });
        await flushPromises();

        expect(find(element, '.complete').disabled).toBe(true);
        expect(find(element, '.redate').disabled).toBe(true);
    });
});
