import {
    clampPercent,
    groupMetrics,
    isIndicatorFilter,
    matchesFilter,
    ROWS_BEFORE_SHOW_ALL,
    showGroup,
    summarize,
    toMetricRow
} from 'c/scorecardModel';
import type { JointMetricView, PlanView } from 'c/accountPlanQuery';

const ALL = { indicator: 'All', sharedOnly: false } as const;

function metric(overrides: Partial<JointMetricView>): JointMetricView {
    return { id: 'a03xx0000000001AAA', ...overrides };
}

function plan(overrides: Partial<PlanView>): PlanView {
    const empty = { records: [], totalCount: 0, hasMore: false };
    return {
        id: 'a00xx0000000001AAA',
        buySellLevels: empty,
        sponsorCadences: empty,
        jointMetrics: empty,
        ...overrides
    };
}

describe('c/scorecardModel', () => {
    describe('clampPercent', () => {
        it.each([
            [undefined, 0],
            [Number.NaN, 0],
            [-20, 0],
            [0, 0],
            [67, 67],
            [100, 100],
            [130, 100]
        ])('draws %p as %p', (percent, drawn) => {
            expect(clampPercent(percent)).toBe(drawn);
        });
    });

    describe('toMetricRow', () => {
        it('keeps the real progress and clamps only the bar', () => {
            const row = toMetricRow(
                metric({ progress: 125, status: 'On Track' })
            );
            expect(row.progress).toBe(125);
            expect(row.progressBarValue).toBe(100);
            expect(row.statusBadge).toMatchObject({
                label: 'On Track',
                theme: 'slds-theme_success'
            });
        });

        it.each([
            ['Number', 'decimal'],
            ['Currency', 'currency'],
            ['Percent', 'percent-fixed'],
            [undefined, 'decimal']
        ])('formats a %p metric as %p', (unit, formatStyle) => {
            expect(toMetricRow(metric({ unit })).formatStyle).toBe(formatStyle);
        });

        it.each([
            ['At Risk', 'slds-theme_warning'],
            ['Off Track', 'slds-theme_error'],
            ['Not Started', ''],
            ['Retired', '']
        ])('themes status %p with %p', (status, theme) => {
            expect(toMetricRow(metric({ status })).statusBadge?.theme).toBe(
                theme
            );
        });

        it('has no status badge when the status is hidden', () => {
            expect(toMetricRow(metric({})).statusBadge).toBeUndefined();
        });

        it('drops the decimals only when every value is whole', () => {
            expect(
                toMetricRow(metric({ baseline: 4000000, target: 5000000 }))
                    .minimumFractionDigits
            ).toBe(0);
            expect(
                toMetricRow(metric({ baseline: 0, actual: 12.5, target: 15 }))
                    .minimumFractionDigits
            ).toBeUndefined();
        });

        it('keeps the view as it is and adds only derived values', () => {
            const view = metric({
                name: 'Referrals',
                supplierOwnerName: 'Ann'
            });
            expect(toMetricRow(view)).toEqual({
                ...view,
                formatStyle: 'decimal',
                minimumFractionDigits: 0,
                progressBarValue: 0,
                statusBadge: undefined
            });
        });
    });

    describe('matchesFilter', () => {
        const leadingShared = metric({
            indicatorType: 'Leading',
            sharedWithCustomer: true
        });
        const lagging = metric({ indicatorType: 'Lagging' });

        it('keeps everything with All and shared off', () => {
            expect(matchesFilter(leadingShared, ALL)).toBe(true);
            expect(matchesFilter(lagging, ALL)).toBe(true);
        });

        it('keeps the chosen indicator type', () => {
            const leading = {
                indicator: 'Leading',
                sharedOnly: false
            } as const;
            expect(matchesFilter(leadingShared, leading)).toBe(true);
            expect(matchesFilter(lagging, leading)).toBe(false);
        });

        it('keeps only shared metrics when asked', () => {
            const shared = { indicator: 'All', sharedOnly: true } as const;
            expect(matchesFilter(leadingShared, shared)).toBe(true);
            expect(matchesFilter(lagging, shared)).toBe(false);
        });
    });

    describe('groupMetrics', () => {
        it('groups Internal, Joint, Customer, then uncategorized, keeping order', () => {
            const groups = groupMetrics(
                [
                    metric({ id: '1', category: 'Customer' }),
                    metric({ id: '2', category: 'Internal' }),
                    metric({ id: '3' }),
                    metric({ id: '4', category: 'Internal' }),
                    metric({ id: '5', category: 'Joint' }),
                    metric({ id: '6', category: 'Retired' })
                ],
                ALL
            );
            expect(
                groups.map((group) => [
                    group.key,
                    group.rows.map((row) => row.id)
                ])
            ).toEqual([
                ['Internal', ['2', '4']],
                ['Joint', ['5']],
                ['Customer', ['1']],
                ['Uncategorized', ['3', '6']]
            ]);
            expect(groups.map((group) => group.heading)).toEqual([
                'Internal: our results (2)',
                'Joint: shared goals (1)',
                'Customer: their results (1)',
                'Uncategorized (2)'
            ]);
        });

        it('leaves out the groups the filter empties', () => {
            const groups = groupMetrics(
                [
                    metric({
                        id: '1',
                        category: 'Internal',
                        indicatorType: 'Lagging'
                    }),
                    metric({
                        id: '2',
                        category: 'Joint',
                        indicatorType: 'Leading'
                    })
                ],
                { indicator: 'Leading', sharedOnly: false }
            );
            expect(groups.map((group) => group.key)).toEqual(['Joint']);
        });
    });

    describe('showGroup', () => {
        const internal = (count: number) =>
            groupMetrics(
                Array.from({ length: count }, (_unused, index) =>
                    metric({ id: String(index), category: 'Internal' })
                ),
                ALL
            )[0];

        it('shows a group of up to ROWS_BEFORE_SHOW_ALL rows whole, without a button', () => {
            const shown = showGroup(internal(ROWS_BEFORE_SHOW_ALL), false);
            expect(shown.rows).toHaveLength(ROWS_BEFORE_SHOW_ALL);
            expect(shown.collapsible).toBe(false);
        });

        it('cuts a longer group to its first rows until expanded, keeping the heading count', () => {
            const group = internal(ROWS_BEFORE_SHOW_ALL + 1);
            const collapsed = showGroup(group, false);
            expect(collapsed.rows.map((row) => row.id)).toEqual(
                group.rows.slice(0, ROWS_BEFORE_SHOW_ALL).map((row) => row.id)
            );
            expect(collapsed).toMatchObject({
                collapsible: true,
                ariaExpanded: 'false',
                heading: `Internal: our results (${ROWS_BEFORE_SHOW_ALL + 1})`,
                toggleLabel: `Show all ${ROWS_BEFORE_SHOW_ALL + 1} metrics`,
                toggleName: `Show all ${ROWS_BEFORE_SHOW_ALL + 1} metrics in Internal: our results`
            });
            const expanded = showGroup(group, true);
            expect(expanded.rows).toHaveLength(ROWS_BEFORE_SHOW_ALL + 1);
            expect(expanded).toMatchObject({
                ariaExpanded: 'true',
                toggleLabel: 'Show fewer',
                toggleName: 'Show fewer in Internal: our results'
            });
        });
    });

    describe('summarize', () => {
        it('reads health and counts from the roll-ups, in status order', () => {
            expect(
                summarize(
                    plan({
                        planHealth: 50,
                        metricCount: 7,
                        metricsMeasured: 4,
                        metricsOnTrack: 2,
                        metricsAtRisk: 1,
                        metricsOffTrack: 1
                    })
                )
            ).toEqual({
                health: 50,
                shownNotice: undefined,
                tiles: [
                    { key: 'total', label: 'Metrics', text: '7', theme: '' },
                    {
                        key: 'On Track',
                        label: 'On Track',
                        text: '2',
                        theme: 'slds-theme_success'
                    },
                    {
                        key: 'At Risk',
                        label: 'At Risk',
                        text: '1',
                        theme: 'slds-theme_warning'
                    },
                    {
                        key: 'Off Track',
                        label: 'Off Track',
                        text: '1',
                        theme: 'slds-theme_error'
                    },
                    {
                        key: 'Not Started',
                        label: 'Not Started',
                        text: '3',
                        theme: ''
                    }
                ]
            });
        });

        it('shows "—" for Not Started when a roll-up is unreadable', () => {
            const tiles = summarize(plan({ metricCount: 7 })).tiles;
            expect(tiles.map((tile) => tile.text)).toEqual([
                '7',
                '—',
                '—',
                '—',
                '—'
            ]);
        });
    });

    describe('summarize while filters hide metrics', () => {
        const withMetrics = plan({
            metricCount: 3,
            jointMetrics: {
                records: [
                    metric({ id: '1', indicatorType: 'Leading' }),
                    metric({ id: '2', indicatorType: 'Lagging' }),
                    metric({
                        id: '3',
                        indicatorType: 'Lagging',
                        sharedWithCustomer: true
                    })
                ],
                totalCount: 3,
                hasMore: false
            }
        });

        it('says "Showing N of M" when the filters hide some metrics', () => {
            expect(
                summarize(withMetrics, {
                    indicator: 'Lagging',
                    sharedOnly: false
                }).shownNotice
            ).toBe('Showing 2 of 3 metrics');
            expect(
                summarize(withMetrics, {
                    indicator: 'Lagging',
                    sharedOnly: true
                }).shownNotice
            ).toBe('Showing 1 of 3 metrics');
        });

        it('says nothing when every metric is shown, or none (the no-match message says it)', () => {
            expect(summarize(withMetrics, ALL).shownNotice).toBeUndefined();
            expect(summarize(withMetrics).shownNotice).toBeUndefined();
            expect(
                summarize(withMetrics, {
                    indicator: 'Leading',
                    sharedOnly: true
                }).shownNotice
            ).toBeUndefined();
        });

        it('keeps the counts of every metric while filtered', () => {
            expect(
                summarize(withMetrics, {
                    indicator: 'Leading',
                    sharedOnly: false
                }).tiles[0].text
            ).toBe('3');
        });
    });

    describe('isIndicatorFilter', () => {
        it.each([
            ['All', true],
            ['Leading', true],
            ['Lagging', true],
            ['leading', false],
            [undefined, false]
        ])('accepts %p: %p', (value, accepted) => {
            expect(isIndicatorFilter(value)).toBe(accepted);
        });
    });
});
