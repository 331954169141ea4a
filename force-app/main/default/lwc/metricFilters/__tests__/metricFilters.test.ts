import { createElement } from 'lwc';
import MetricFilters from 'c/metricFilters';

function createFilters(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-metric-filters', { is: MetricFilters });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-metric-filters', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the current values', () => {
        const element = createFilters({
            indicator: 'Lagging',
            sharedOnly: true
        });

        const indicator = element.shadowRoot!.querySelector(
            '.indicator-filter'
        ) as any;
        expect(indicator.value).toBe('Lagging');
        expect(indicator.options.map((option: any) => option.value)).toEqual([
            'All',
            'Leading',
            'Lagging'
        ]);
        expect(
            (element.shadowRoot!.querySelector('.shared-filter') as any).checked
        ).toBe(true);
    });

    it('raises filterchange with the new indicator and the current shared flag', () => {
        const element = createFilters({ sharedOnly: true });
        const handler = jest.fn();
        element.addEventListener('filterchange', handler);

        element
            .shadowRoot!.querySelector('.indicator-filter')!
            .dispatchEvent(
                new CustomEvent('change', { detail: { value: 'Leading' } })
            );

        expect(handler.mock.calls[0][0].detail).toEqual({
            indicator: 'Leading',
            sharedOnly: true
        });
    });

    it('raises filterchange with the new shared flag and the current indicator', () => {
        const element = createFilters({ indicator: 'Lagging' });
        const handler = jest.fn();
        element.addEventListener('filterchange', handler);

        element
            .shadowRoot!.querySelector('.shared-filter')!
            .dispatchEvent(
                new CustomEvent('change', { detail: { checked: true } })
            );

        expect(handler.mock.calls[0][0].detail).toEqual({
            indicator: 'Lagging',
            sharedOnly: true
        });
    });

    it('is accessible', async () => {
        const element = createFilters();
        await expect(element).toBeAccessible();
    });
});
