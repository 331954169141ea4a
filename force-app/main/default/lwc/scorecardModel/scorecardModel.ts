/**
 * The scorecard's view model: turns the joint metrics and plan of
 * `c/accountPlanQuery` into rows, groups and counts for display. Only visual
 * logic lives here: progress and status come from the formula fields and the
 * counts from the plan's roll-ups, never recomputed.
 */
import type { JointMetricView, PlanView } from 'c/accountPlanQuery';

export const CATEGORIES = ['Internal', 'Joint', 'Customer'] as const;
/** Category__c picklist values, in display order. */
export type Category = (typeof CATEGORIES)[number];
/** The group of metrics whose category is blank or unreadable. */
export const UNCATEGORIZED = 'Uncategorized';
export type GroupKey = Category | typeof UNCATEGORIZED;

export const INDICATOR_FILTERS = ['All', 'Leading', 'Lagging'] as const;
/** The leading/lagging filter: All, or an Indicator_Type__c value. */
export type IndicatorFilter = (typeof INDICATOR_FILTERS)[number];

/** `format-style` of lightning-formatted-number. */
export type FormatStyle = 'decimal' | 'currency' | 'percent-fixed';

/** How each Unit__c value is displayed. */
const FORMAT_STYLE_BY_UNIT: Record<string, FormatStyle> = {
    Number: 'decimal',
    Currency: 'currency',
    // A Percent metric stores 45 for 45 %, which is what percent-fixed expects.
    Percent: 'percent-fixed'
};

/** SLDS theme of the status badge for each Status__c value. */
const BADGE_CLASS_BY_STATUS: Record<string, string> = {
    'On Track': 'slds-theme_success',
    'At Risk': 'slds-theme_warning',
    'Off Track': 'slds-theme_error'
};

/** One metric as a row of the scorecard shows it. */
export interface MetricRow {
    id: string;
    name?: string;
    /** Indicator_Type__c value (for filtering) and its translated label. */
    indicatorType?: string;
    indicatorLabel?: string;
    formatStyle: FormatStyle;
    /**
     * 0 when baseline, actual and target are all whole numbers, so currency
     * shows "$4,000,000" rather than "$4,000,000.00"; otherwise the format's own.
     */
    minimumFractionDigits?: number;
    baseline?: number;
    actual?: number;
    target?: number;
    /** Progress__c as the formula computed it: may be below 0 or above 100. */
    progress?: number;
    /** Progress clamped to 0–100, for the progress bar only. */
    progressBarValue: number;
    /** Status__c, the formula's English value. */
    status?: string;
    statusBadgeClass: string;
    sharedWithCustomer: boolean;
    supplierOwner?: string;
    customerOwner?: string;
    /** When the metric was read: sent as `ifUnmodifiedSince` on update. */
    lastModifiedDate?: string;
}

/** A category and its rows. */
export interface MetricGroup {
    key: GroupKey;
    rows: MetricRow[];
}

/** What the filters keep. */
export interface MetricFilter {
    indicator: IndicatorFilter;
    sharedOnly: boolean;
}

/** Plan health and the number of metrics in each status. */
export interface ScorecardSummary {
    /** Plan_Health__c in percent; blank while no metric is measured. */
    health?: number;
    total?: number;
    onTrack?: number;
    atRisk?: number;
    offTrack?: number;
    notStarted?: number;
}

/**
 * Clamps a percentage to the 0–100 a progress bar can draw; blank is 0.
 * @param percent e.g. 130 or -20
 */
export function clampPercent(percent: number | undefined): number {
    if (percent === undefined || Number.isNaN(percent)) {
        return 0;
    }
    return Math.min(100, Math.max(0, percent));
}

/**
 * Maps one joint metric to a display row. Fields the user cannot read stay
 * undefined (the row shows "—").
 * @param metric the metric as `c/accountPlanQuery` mapped it
 */
export function toMetricRow(metric: JointMetricView): MetricRow {
    const status = metric.status;
    const wholeNumbers = [metric.baseline, metric.actual, metric.target].every(
        (value) => value === undefined || Number.isInteger(value)
    );
    return {
        id: metric.id,
        name: metric.name,
        indicatorType: metric.indicatorType,
        indicatorLabel: metric.indicatorTypeLabel,
        formatStyle: FORMAT_STYLE_BY_UNIT[metric.unit ?? ''] ?? 'decimal',
        minimumFractionDigits: wholeNumbers ? 0 : undefined,
        baseline: metric.baseline,
        actual: metric.actual,
        target: metric.target,
        progress: metric.progress,
        progressBarValue: clampPercent(metric.progress),
        status,
        statusBadgeClass: (status && BADGE_CLASS_BY_STATUS[status]) || '',
        sharedWithCustomer: metric.sharedWithCustomer === true,
        supplierOwner: metric.supplierOwnerName,
        customerOwner: metric.customerOwnerName,
        lastModifiedDate: metric.lastModifiedDate
    };
}

function categoryOf(metric: JointMetricView): GroupKey {
    return (CATEGORIES as readonly string[]).includes(metric.category ?? '')
        ? (metric.category as Category)
        : UNCATEGORIZED;
}

/**
 * Whether a metric passes the leading/lagging and shared-with-customer filters.
 * @param metric the metric
 * @param filter the filters' current values
 */
export function matchesFilter(
    metric: JointMetricView,
    filter: MetricFilter
): boolean {
    return (
        (filter.indicator === 'All' ||
            metric.indicatorType === filter.indicator) &&
        (!filter.sharedOnly || metric.sharedWithCustomer === true)
    );
}

/**
 * Filters the metrics and groups them as rows by category, in the order
 * Internal, Joint, Customer, then uncategorized. Empty groups are left out;
 * the order of the metrics within a group is kept.
 * @param metrics the plan's metrics as read
 * @param filter the filters' current values
 */
export function groupMetrics(
    metrics: JointMetricView[],
    filter: MetricFilter
): MetricGroup[] {
    const keys: GroupKey[] = [...CATEGORIES, UNCATEGORIZED];
    const groups = new Map<GroupKey, MetricGroup>(
        keys.map((key) => [key, { key, rows: [] }])
    );
    for (const metric of metrics) {
        if (matchesFilter(metric, filter)) {
            groups.get(categoryOf(metric))!.rows.push(toMetricRow(metric));
        }
    }
    return [...groups.values()].filter((group) => group.rows.length > 0);
}

/**
 * Reads plan health and the status counts from the plan's formula and
 * roll-up fields (what managers report on). Not Started = metrics not measured.
 * @param plan the plan shown
 */
export function summarize(plan: PlanView): ScorecardSummary {
    const { metricCount, metricsMeasured } = plan;
    return {
        health: plan.planHealth,
        total: metricCount,
        onTrack: plan.metricsOnTrack,
        atRisk: plan.metricsAtRisk,
        offTrack: plan.metricsOffTrack,
        notStarted:
            metricCount === undefined || metricsMeasured === undefined
                ? undefined
                : metricCount - metricsMeasured
    };
}

/**
 * Whether a value is an IndicatorFilter (App Builder properties are strings).
 * @param value a candidate filter value
 */
export function isIndicatorFilter(value: unknown): value is IndicatorFilter {
    return (INDICATOR_FILTERS as readonly unknown[]).includes(value);
}
