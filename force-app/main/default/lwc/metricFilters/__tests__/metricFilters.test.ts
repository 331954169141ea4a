import MetricFilters from 'c/metricFilters';
import { mount, resetDom } from 'test-utils';

const createFilters = (props: Record<string, unknown> = {}) =>
    mount('c-metric-filters', MetricFilters, props);

describe('c-metric-filters', () => {
    afterEach(resetDom);

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
