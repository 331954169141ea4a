import { createElement } from 'lwc';
import ScorecardSummary from 'c/scorecardSummary';

function createSummary(summary: unknown): HTMLElement {
    const element = createElement('c-scorecard-summary', {
        is: ScorecardSummary
    });
    Object.assign(element, { summary });
    document.body.appendChild(element);
    return element;
}

function counts(element: HTMLElement): Record<string, string> {
    const items = Array.from(
        element.shadowRoot!.querySelectorAll('li')
    ) as HTMLElement[];
    return Object.fromEntries(
        items.map((item) => [
            item.dataset.id,
            (item.querySelector('lightning-badge') as any).label
        ])
    );
}

describe('c-scorecard-summary', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows plan health as a percentage and each count', async () => {
        const element = createSummary({
            health: 50,
            total: 5,
            onTrack: 2,
            atRisk: 1,
            offTrack: 1,
            notStarted: 1
        });

        const health = element.shadowRoot!.querySelector(
            '.health lightning-formatted-number'
        ) as any;
        expect(health.value).toBe(50);
        expect(health.formatStyle).toBe('percent-fixed');
        expect(counts(element)).toEqual({
            total: '5',
            onTrack: '2',
            atRisk: '1',
            offTrack: '1',
            notStarted: '1'
        });
        await expect(element).toBeAccessible();
    });

    it('shows "—" for blank health and unreadable counts, but 0 as 0', async () => {
        const element = createSummary({ total: 0, onTrack: 0 });

        expect(element.shadowRoot!.querySelector('.health')!.textContent).toBe(
            '—'
        );
        expect(counts(element)).toEqual({
            total: '0',
            onTrack: '0',
            atRisk: '—',
            offTrack: '—',
            notStarted: '—'
        });
        await expect(element).toBeAccessible();
    });
});
