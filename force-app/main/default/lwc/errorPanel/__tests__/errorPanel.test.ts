import ErrorPanel from 'c/errorPanel';
import { mount, resetDom } from 'test-utils';

describe('c-error-panel', () => {
    afterEach(resetDom);

    const render = (props: Record<string, unknown>) =>
        mount('c-error-panel', ErrorPanel, props);

    it('shows the default heading and every reduced message', async () => {
        const element = render({
            errors: [
                { body: [{ message: 'Insufficient access' }] },
                new Error('Network down')
            ]
        });
        const root = element.shadowRoot!;
        expect(root.querySelector('.friendly-message')!.textContent).toBe(
            'The account plan could not be loaded or saved'
        );
        expect(
            [...root.querySelectorAll('.error-message')].map(
                (item) => item.textContent
            )
        ).toEqual(['Insufficient access', 'Network down']);
        expect(root.querySelector('[role="alert"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a given heading', () => {
        const element = render({
            errors: 'x',
            friendlyMessage: 'Could not log the touch'
        });
        expect(
            element.shadowRoot!.querySelector('.friendly-message')!.textContent
        ).toBe('Could not log the touch');
    });

    it('has no close button unless dismissible', () => {
        const element = render({ errors: 'x' });
        expect(element.shadowRoot!.querySelector('.dismiss')).toBeNull();
    });

    it('offers a close button named after its heading and tells the parent when pressed', async () => {
        const element = render({
            errors: 'x',
            friendlyMessage: 'The actual could not be saved',
            dismissible: true
        });
        const dismiss = jest.fn();
        element.addEventListener('dismiss', dismiss);
        const button: any = element.shadowRoot!.querySelector('.dismiss');
        expect(button.alternativeText).toBe(
            'Dismiss: The actual could not be saved'
        );
        button.click();
        expect(dismiss).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });
});
