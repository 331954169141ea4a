import JointMetricRow from 'c/jointMetricRow';
import { toMetricRow } from 'c/scorecardModel';
import { numberLimits } from 'c/numberFieldUtils';
import { find, mount, resetDom, typeInto } from 'test-utils';

const jointMetricInfo = require('../../accountPlanQuery/__tests__/data/jointMetricObjectInfo.json');
/** Actual__c's precision and scale, as the container passes them from getObjectInfo. */
const ACTUAL_LIMITS = numberLimits(jointMetricInfo, 'Actual__c');

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

const createRow = (props: Record<string, unknown> = {}): HTMLElement =>
    mount('c-joint-metric-row', JointMetricRow, {
        metric: ROI,
        showOwners: true,
        actualLimits: ACTUAL_LIMITS,
        ...props
    });

/** Types into the editor as lightning-input reports a value: an ISO decimal string. */
function type(element: HTMLElement, value: string): any {
    const input = find(element, 'lightning-input');
    typeInto(input, value);
    return input;
}

describe('c-joint-metric-row', () => {
    afterEach(resetDom);

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
            find(element, 'button.save-actual').click();

            expect(handler.mock.calls[0][0].detail).toEqual({
                metricId: 'a03xx0000000004AAA',
                actual: -3
            });
        });

        it('saves the typed value as a number', async () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);

            type(element, '12.25');
            await Promise.resolve();
            find(element, 'button.save-actual').click();

            expect(handler.mock.calls[0][0].detail.actual).toBe(12.25);
        });

        it('does not save a value the input rejects', () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);

            find(element, 'lightning-input').reportValidity = () => false;
            find(element, 'button.save-actual').click();

            expect(handler).not.toHaveBeenCalled();
        });

        it('cancels', () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualcancel', handler);

            find(element, 'button.cancel-actual').click();

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

        it('disables the editor while saving', async () => {
            const element = createRow({ editing: true, saving: true });

            expect(find(element, 'lightning-input').disabled).toBe(true);
            expect(find(element, 'button.save-actual').disabled).toBe(true);
            expect(find(element, 'button.cancel-actual').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        const TOO_LARGE =
            'This number has more digits than the field keeps. Enter a smaller number.';
        it.each([
            ['1e309', TOO_LARGE],
            ['123456789012345678901234567890', TOO_LARGE],
            ['100000000000000', TOO_LARGE],
            ['abc', 'Enter a number.']
        ])(
            'refuses %s at the input, with a field-level message, and sends nothing',
            async (typed, message) => {
                const element = createRow({ editing: true });
                const handler = jest.fn();
                element.addEventListener('actualsave', handler);
                const input = type(element, typed);
                input.setCustomValidity = jest.fn();
                input.reportValidity = jest.fn(() => false);
                await Promise.resolve();

                find(element, 'button.save-actual').click();

                expect(handler).not.toHaveBeenCalled();
                expect(input.setCustomValidity).toHaveBeenLastCalledWith(
                    message
                );
                expect(input.reportValidity).toHaveBeenCalled();
            }
        );

        it('rounds to the field’s scale in the input first, and saves the rounded value on the next Save', async () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);
            type(element, '12.345');
            await Promise.resolve();

            find(element, 'button.save-actual').click();
            await Promise.resolve();

            expect(handler).not.toHaveBeenCalled();
            expect(find(element, 'lightning-input').value).toBe('12.35');
            expect(find(element, '.rounded-notice').textContent.trim()).toBe(
                'Rounded to the decimal places the field keeps. Check the value, then save again.'
            );
            expect(
                find(element, '.rounded-notice').getAttribute('aria-live')
            ).toBe('polite');
            await expect(element).toBeAccessible();
            // lightning-input echoes the rounded value in some locales (de-DE): not a new entry.
            type(element, '12.35');
            await Promise.resolve();
            expect(
                find(element, '.rounded-notice').textContent.trim()
            ).not.toBe('');

            find(element, 'button.save-actual').click();
            expect(handler.mock.calls[0][0].detail.actual).toBe(12.35);
        });

        it('saves a value that fits unchanged, and an empty input as blank', async () => {
            const element = createRow({ editing: true });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);
            type(element, '99999999999999');
            await Promise.resolve();
            find(element, 'button.save-actual').click();
            type(element, '');
            await Promise.resolve();
            find(element, 'button.save-actual').click();

            expect(
                handler.mock.calls.map((call) => call[0].detail.actual)
            ).toEqual([99999999999999, null]);
        });

        it('saves a metric that has no actual yet, unchanged, as blank', () => {
            const element = createRow({
                editing: true,
                metric: { ...ROI, actual: undefined }
            });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);

            find(element, 'button.save-actual').click();

            expect(handler.mock.calls[0][0].detail.actual).toBeNull();
        });

        it('without field metadata still refuses a non-finite number and leaves the digits to the server', async () => {
            const element = createRow({
                editing: true,
                actualLimits: undefined
            });
            const handler = jest.fn();
            element.addEventListener('actualsave', handler);
            type(element, '1e309');
            await Promise.resolve();
            find(element, 'button.save-actual').click();
            expect(handler).not.toHaveBeenCalled();
            type(element, '123456789012345.5');
            await Promise.resolve();
            find(element, 'button.save-actual').click();
            expect(handler.mock.calls[0][0].detail.actual).toBe(
                123456789012345.5
            );
        });

        it('names every action after its metric', () => {
            const element = createRow({ editing: true });

            expect(find(element, 'lightning-input').label).toBe(
                'Actual of ROI of the joint pilot'
            );
            expect(
                find(element, 'button.save-actual').getAttribute('aria-label')
            ).toBe('Save actual of ROI of the joint pilot');
            expect(
                find(element, 'button.cancel-actual').getAttribute('aria-label')
            ).toBe('Cancel editing actual of ROI of the joint pilot');
        });

        describe('after someone else saved the metric', () => {
            /** The refreshed metric: their actual is 4; the user typed 9 (or `typed`). */
            async function conflictRow(typed = '9'): Promise<HTMLElement> {
                const element = createRow({ editing: true });
                type(element, typed);
                Object.assign(element, {
                    metric: { ...ROI, actual: 4 },
                    conflict: true,
                    saveError: {
                        status: 412,
                        body: [{ message: 'Modified.' }]
                    },
                    saveErrorTitle: 'Someone else saved this metric.'
                });
                await Promise.resolve();
                return element;
            }

            it('shows their value next to the typed one, keeps the typed one, and offers Use mine and Keep theirs', async () => {
                const element = await conflictRow();

                expect(
                    find(element, '.conflict-title').textContent.trim()
                ).toBe('Someone else saved this metric.');
                expect(
                    find(
                        element,
                        '[data-id="their-actual"] lightning-formatted-number'
                    ).value
                ).toBe(4);
                expect(
                    find(
                        element,
                        '[data-id="your-actual"] lightning-formatted-number'
                    ).value
                ).toBe(9);
                expect(find(element, 'lightning-input').value).toBe('9');
                expect(find(element, 'c-error-panel')).toBeNull();
                const useMine = find(element, 'button.save-actual');
                const keepTheirs = find(element, 'button.cancel-actual');
                expect(useMine.textContent.trim()).toBe('Use mine');
                expect(useMine.getAttribute('aria-label')).toBe(
                    'Use mine for the actual of ROI of the joint pilot'
                );
                expect(keepTheirs.textContent.trim()).toBe('Keep theirs');
                expect(keepTheirs.getAttribute('aria-label')).toBe(
                    'Keep theirs for the actual of ROI of the joint pilot'
                );
                await expect(element).toBeAccessible();
            });

            it('Use mine saves the typed value; Keep theirs drops it', async () => {
                const element = await conflictRow();
                const save = jest.fn();
                const cancel = jest.fn();
                element.addEventListener('actualsave', save);
                element.addEventListener('actualcancel', cancel);

                find(element, 'button.save-actual').click();
                expect(save.mock.calls[0][0].detail).toEqual({
                    metricId: ROI.id,
                    actual: 9
                });
                find(element, 'button.cancel-actual').click();
                expect(cancel).toHaveBeenCalledTimes(1);
                await Promise.resolve();
                expect(find(element, 'lightning-input').value).toBe(4);
            });

            it('shows a cleared actual as "—" beside theirs, and Use mine saves it blank', async () => {
                const element = await conflictRow('');
                const save = jest.fn();
                element.addEventListener('actualsave', save);

                const yours = find(element, '[data-id="your-actual"]');
                expect(
                    yours.querySelector('lightning-formatted-number')
                ).toBeNull();
                expect(yours.textContent.trim()).toBe('—');
                find(element, 'button.save-actual').click();
                expect(save.mock.calls[0][0].detail.actual).toBeNull();
            });
        });

        describe('focus', () => {
            let focus: jest.SpyInstance;
            beforeEach(() => {
                // jsdom cannot focus the stubs, so the calls are observed.
                focus = jest.spyOn(HTMLElement.prototype, 'focus');
            });
            afterEach(() => focus.mockRestore());

            const focused = () =>
                focus.mock.contexts.map(
                    (element: any) =>
                        element.className || element.tagName.toLowerCase()
                );

            it('returns to the edit button once a save closes the editor', async () => {
                const element = createRow({ editing: true });
                find(element, 'button.save-actual').click();
                Object.assign(element, { saving: true });
                await Promise.resolve();
                expect(focus).not.toHaveBeenCalled();

                Object.assign(element, { saving: false, editing: false });
                await Promise.resolve();
                expect(focused()).toEqual([
                    expect.stringContaining('edit-actual')
                ]);
            });

            it('returns to the edit button after Cancel', async () => {
                const element = createRow({ editing: true });
                find(element, 'button.cancel-actual').click();
                Object.assign(element, { editing: false });
                await Promise.resolve();
                expect(focused()).toEqual([
                    expect.stringContaining('edit-actual')
                ]);
            });

            it('goes to the conflict after a refused save, and to the input after any other failure', async () => {
                const element = createRow({ editing: true });
                find(element, 'button.save-actual').click();
                Object.assign(element, {
                    conflict: true,
                    saveErrorTitle: 'Someone else saved it.'
                });
                await Promise.resolve();
                expect(focused()).toEqual([
                    'conflict-title slds-text-title_bold'
                ]);

                find(element, 'button.save-actual').click();
                Object.assign(element, {
                    conflict: false,
                    saveError: { body: { message: 'Refused' } },
                    saveErrorTitle: 'Not saved'
                });
                await Promise.resolve();
                expect(focused()[1]).toContain('actual-input');
            });

            it('dismissing the save error hides it and puts focus back in the input', async () => {
                const element = createRow({
                    editing: true,
                    saveError: { body: { message: 'Refused' } },
                    saveErrorTitle: 'Not saved'
                });
                const panel = find(element, 'c-error-panel');
                expect(panel.dismissible).toBe(true);
                panel.dispatchEvent(new CustomEvent('dismiss'));
                await Promise.resolve();

                expect(find(element, 'c-error-panel')).toBeNull();
                expect(focused()).toEqual([
                    expect.stringContaining('actual-input')
                ]);
            });
        });

        it('shows a failed save under the editor and keeps the typed value', async () => {
            const element = createRow({ editing: true });
            type(element, '7');

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
