import ScorecardSummary from 'c/scorecardSummary';
import { summarize, type MetricFilter } from 'c/scorecardModel';
import type { PlanView } from 'c/accountPlanQuery';
import { ACTIVE_PLAN } from '../../accountPlanQuery/__tests__/data/planViews';
import { find, findAll, mount, resetDom } from 'test-utils';

/** The Active plan of the fixture: health 33.333 %, 4 metrics, 3 measured. */

const createSummary = (plan: PlanView, filter?: MetricFilter) =>
    mount('c-scorecard-summary', ScorecardSummary, {
        summary: summarize(plan, filter)
    });

function counts(element: HTMLElement): [string, string, string, string][] {
    return findAll(element, 'li').map((item) => {
        const badge = item.querySelector('lightning-badge') as any;
        return [
            item.dataset.id!,
            item.querySelector('span')!.textContent!,
            badge.label,
            badge.className
        ];
    });
}

describe('c-scorecard-summary', () => {
    afterEach(resetDom);

    it('shows plan health as a percentage and each count with its theme', async () => {
        const element = createSummary(ACTIVE_PLAN);

        const health = find(element, '.health lightning-formatted-number');
        expect(health.value).toBe(33.333);
        expect(health.formatStyle).toBe('percent-fixed');
        expect(counts(element)).toEqual([
            ['total', 'Metrics', '4', ''],
            ['On Track', 'On Track', '1', 'slds-theme_success'],
            ['At Risk', 'At Risk', '1', 'slds-theme_warning'],
            ['Off Track', 'Off Track', '1', 'slds-theme_error'],
            ['Not Started', 'Not Started', '1', '']
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows "—" for blank health and unreadable counts, but 0 as 0', async () => {
        const element = createSummary({
            ...ACTIVE_PLAN,
            planHealth: undefined,
            metricCount: 0,
            metricsMeasured: undefined,
            metricsOnTrack: 0,
            metricsAtRisk: undefined,
            metricsOffTrack: undefined
        });

        expect(find(element, '.health').textContent).toBe('—');
        expect(counts(element).map(([key, , text]) => [key, text])).toEqual([
            ['total', '0'],
            ['On Track', '0'],
            ['At Risk', '—'],
            ['Off Track', '—'],
            ['Not Started', '—']
        ]);
        await expect(element).toBeAccessible();
    });

    it('says how many metrics the filters leave, in a status region, and nothing when none are hidden', async () => {
        const leading = createSummary(ACTIVE_PLAN, {
            indicator: 'Leading',
            sharedOnly: false
        });
        const notice = find(leading, '.shown-notice');
        const shown = ACTIVE_PLAN.jointMetrics.records.filter(
            (metric) => metric.indicatorType === 'Leading'
        ).length;
        expect(shown).toBeGreaterThan(0);
        expect(shown).toBeLessThan(4);
        expect(notice.textContent!.trim()).toBe(
            `Showing ${shown} of 4 metrics`
        );
        expect(notice.getAttribute('role')).toBe('status');
        await expect(leading).toBeAccessible();

        const all = createSummary(ACTIVE_PLAN, {
            indicator: 'All',
            sharedOnly: false
        });
        expect(find(all, '.shown-notice').textContent.trim()).toBe('');
    });
});
