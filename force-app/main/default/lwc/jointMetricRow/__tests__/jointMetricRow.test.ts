import { createElement } from 'lwc';
import JointMetricRow from 'c/jointMetricRow';
import { toMetricRow } from 'c/scorecardModel';

const ROI = toMetricRow({
    id: 'a03xx0000000004AAA',
    name: 'ROI of the joint pilot',
    lastModifiedDate: '2026-11-17T12:00:00.000Z',
    category: 'Joint',
    indicatorType: 'Lagging',
    unit: 'Percent',
    baseline: 0,
    target: 15,
    actual: -3,
    progress: -20,
    status: 'Off Track',
    sharedWithCustomer: true,
    supplierOwnerName: 'Sam Okafor',
    customerOwnerName: 'Luis Ortega'
});

function createRow(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-joint-metric-row', { is: JointMetricRow });
    Object.assign(element, { metric: ROI, showOwners: true, ...props });
    document.body.appendChild(element);
    return element;
}

function find(element: HTMLElement, selector: string): any {
    return element.shadowRoot!.querySelector(selector);
}

describe('c-joint-metric-row', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows baseline → actual → target in the metric unit', () => {
        const element = createRow();

        for (const [cell, value] of [
            ['baseline', 0],
            ['actual', -3],
            ['target', 15]
        ] as const) {
            const number = find(element, `.${cell} lightning-formatted-number`);
            expect(number.value).toBe(value);
            expect(number.formatStyle).toBe('percent-fixed');
        }
    });

    it('draws progress within 0–100 but prints the real value', () => {
        const element = createRow();

        expect(find(element, 'lightning-progress-bar').value).toBe(0);
        expect(
            find(element, '.progress lightning-formatted-number').value
        ).toBe(-20);
    });

    it('shows status, indicator type label, shared badge and owners', async () => {
        const element = createRow();

        const status = find(element, '[data-id="status"]');
        expect(status.label).toBe('Off Track');
        expect(status.className).toContain('slds-theme_error');
        expect(find(element, '.indicator-badge').label).toBe('Lagging');
        expect(find(element, '.shared-badge')).not.toBeNull();
        expect(find(element, '.supplier-owner').textContent).toBe('Sam Okafor');
        expect(find(element, '.customer-owner').textContent).toBe(
            'Luis Ortega'
        );
        await expect(element).toBeAccessible();
    });

    it('leaves out owners and the shared badge when not wanted', () => {
        const element = createRow({
            showOwners: false,
            metric: { ...ROI, sharedWithCustomer: false }
        });

        expect(find(element, '.supplier-owner')).toBeNull();
        expect(find(element, '.shared-badge')).toBeNull();
    });

    it('asks to edit Actual, naming the metric', () => {
        const element = createRow();
        const handler = jest.fn();
        element.addEventListener('actualedit', handler);

        const edit = find(element, 'lightning-button-icon.edit-actual');
        expect(edit.alternativeText).toBe(
            'Edit actual of ROI of the joint pilot'
        );
        edit.click();

        expect(handler.mock.calls[0][0].detail).toEqual({
            metricId: 'a03xx0000000004AAA'
        });
    });

    describe('editing', () => {
        it('starts from the current actual and saves it unchanged', () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);

            expect(find(element, 'lightning-input').value).toBe(-3);
            expect(find(element, 'lightning-button-icon')).toBeNull();
            find(element, 'lightning-button.save-actual').click();

            expect(handler.mock.calls[0][0].detail).toEqual({
                metricId: 'a03xx0000000004AAA',
                actual: -3
            });
        });

        it('saves the typed value as a number', async () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);

            const input = find(element, 'lightning-input');
            input.value = '12.25';
            input.dispatchEvent(new CustomEvent('change'));
            await Promise.resolve();
            find(element, 'lightning-button.save-actual').click();

            expect(handler.mock.calls[0][0].detail.actual).toBe(12.25);
        });

        it('does not save a value the input rejects', () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);

            find(element, 'lightning-input').reportValidity = () => false;
            find(element, 'lightning-button.save-actual').click();

            expect(handler).not.toHaveBeenCalled();
        });

        it('cancels', () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualcancel', handler);

            find(element, 'lightning-button.cancel-actual').click();

            expect(handler).toHaveBeenCalledTimes(1);
        });

        it('saves on Enter and cancels on Escape', () => {
            const element = createRow({ editing: true });
            const save = jest.fn();
            const cancel = jest.fn();
            element.addEventListener('actualsave', save);
            element.addEventListener('actualcancel', cancel);
            const input = find(element, 'lightning-input');

            input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
            expect(save).not.toHaveBeenCalled();
            input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
            expect(save).toHaveBeenCalledTimes(1);
            input.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape' })
            );
            expect(cancel).toHaveBeenCalledTimes(1);
        });

        it('moves focus into the editor it opens', async () => {
            // jsdom cannot focus the stub, so the call itself is observed.
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const element = createRow();
            element.addEventListener('actualedit', () => {
                Object.assign(element, { editing: true });
            });

            find(element, 'lightning-button-icon.edit-actual').click();
            await Promise.resolve();

            expect(focus.mock.contexts).toEqual([
                find(element, 'lightning-input')
            ]);
            focus.mockRestore();
        });

        it('disables the editor while saving', () => {
            const element = createRow({ editing: true, saving: true });

            expect(find(element, 'lightning-input').disabled).toBe(true);
            expect(find(element, 'lightning-button.save-actual').disabled).toBe(
                true
            );
            expect(
                find(element, 'lightning-button.cancel-actual').disabled
            ).toBe(true);
        });

        it('shows a failed save under the editor and keeps the typed value', async () => {
            const element = createRow({ editing: true });
            const input = find(element, 'lightning-input');
            input.value = '7';
            input.dispatchEvent(new CustomEvent('change'));

            Object.assign(element, {
                saveError: { status: 412, body: [{ message: 'Modified.' }] },
                saveErrorTitle: 'Reload the page.'
            });
            await Promise.resolve();

            const panel = find(element, 'c-error-panel');
            expect(panel.friendlyMessage).toBe('Reload the page.');
            expect(find(element, 'lightning-input').value).toBe('7');
            await expect(element).toBeAccessible();
        });
    });

    it('shows "—" for whatever the user cannot read', async () => {
        const element = createRow({
            metric: toMetricRow({
                id: 'a03xx0000000009AAA',
                // The query sorts by Name: a user who may not read it gets no rows.
                name: 'Referrals'
            })
        });

        expect(find(element, '.metric-name').textContent).toBe('Referrals');
        expect(find(element, '.baseline .value').textContent).toBe('—');
        expect(find(element, '.target .value').textContent).toBe('—');
        expect(find(element, '.progress').textContent).toBe('—');
        expect(find(element, 'lightning-progress-bar').value).toBe(0);
        expect(find(element, '[data-id="status"]')).toBeNull();
        expect(find(element, '.indicator-badge')).toBeNull();
        expect(find(element, '.shared-badge')).toBeNull();
        expect(find(element, '.supplier-owner').textContent).toBe('—');
        expect(find(element, '.customer-owner').textContent).toBe('—');
        await expect(element).toBeAccessible();
    });

    it('shows 0 as a value, not as "—"', () => {
        const element = createRow({
            metric: toMetricRow({ id: 'a03', baseline: 0, progress: 0 })
        });

        expect(
            find(element, '.baseline lightning-formatted-number').value
        ).toBe(0);
        expect(
            find(element, '.progress lightning-formatted-number').value
        ).toBe(0);
    });

    it('renders markup in a metric name as text', () => {
        const hostile = '<img src=x onerror=alert(1)>';
        const element = createRow({ metric: { ...ROI, name: hostile } });

        expect(find(element, '.metric-name').textContent.trim()).toBe(hostile);
        expect(find(element, 'img')).toBeNull();
    });
});
