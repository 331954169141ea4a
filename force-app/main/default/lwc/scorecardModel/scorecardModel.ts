/**
 * The scorecard's model: derives from the joint metrics and plan of
 * `c/accountPlanQuery` what the scorecard shows besides the view itself
 * (format, progress bar, status badge, groups with their headings, counts),
 * and owns the metric-status and category vocabularies. Only visual logic
 * lives here: progress and status come from the formula fields and the
 * counts from the plan's roll-ups, never recomputed.
 */
import type { JointMetricView, PlanView } from 'c/accountPlanQuery';
import {
    formatLabel,
    orEmpty,
    vocabularyEntry,
    type VocabularyEntry
} from 'c/labelFormat';
import CATEGORY_INTERNAL from '@salesforce/label/c.SAP_Scorecard_Category_Internal';
import CATEGORY_JOINT from '@salesforce/label/c.SAP_Scorecard_Category_Joint';
import CATEGORY_CUSTOMER from '@salesforce/label/c.SAP_Scorecard_Category_Customer';
import CATEGORY_NONE from '@salesforce/label/c.SAP_Scorecard_Category_None';
import GROUP_HEADING from '@salesforce/label/c.SAP_Scorecard_Group_Heading';
import STATUS_NOT_STARTED from '@salesforce/label/c.SAP_Scorecard_Status_Not_Started';
import STATUS_ON_TRACK from '@salesforce/label/c.SAP_Scorecard_Status_On_Track';
import STATUS_AT_RISK from '@salesforce/label/c.SAP_Scorecard_Status_At_Risk';
import STATUS_OFF_TRACK from '@salesforce/label/c.SAP_Scorecard_Status_Off_Track';
import TOTAL from '@salesforce/label/c.SAP_Scorecard_Total';
import INDICATOR_LEADING from '@salesforce/label/c.SAP_Scorecard_Indicator_Leading';
import INDICATOR_LAGGING from '@salesforce/label/c.SAP_Scorecard_Indicator_Lagging';
import SHOW_ALL from '@salesforce/label/c.SAP_Scorecard_Show_All';
import SHOW_FEWER from '@salesforce/label/c.SAP_Scorecard_Show_Fewer';
import TOGGLE_NAME from '@salesforce/label/c.SAP_Scorecard_Toggle_Name';
import SHOWING from '@salesforce/label/c.SAP_Scorecard_Showing';

/** Joint_Metric__c.Status__c, a text formula: its values in summary order. */
export const METRIC_STATUSES: readonly VocabularyEntry[] = [
    {
        value: 'On Track',
        label: STATUS_ON_TRACK,
        theme: 'slds-theme_success',
        order: 1
    },
    {
        value: 'At Risk',
        label: STATUS_AT_RISK,
        theme: 'slds-theme_warning',
        order: 2
    },
    {
        value: 'Off Track',
        label: STATUS_OFF_TRACK,
        theme: 'slds-theme_error',
        order: 3
    },
    { value: 'Not Started', label: STATUS_NOT_STARTED, theme: '', order: 4 }
];

/** Joint_Metric__c.Category__c: the scorecard's groups, in display order. */
export const CATEGORIES: readonly VocabularyEntry[] = [
    { value: 'Internal', label: CATEGORY_INTERNAL, theme: '', order: 1 },
    { value: 'Joint', label: CATEGORY_JOINT, theme: '', order: 2 },
    { value: 'Customer', label: CATEGORY_CUSTOMER, theme: '', order: 3 }
];

/** The group of metrics whose category is blank, unknown or unreadable. */
export const UNCATEGORIZED: VocabularyEntry = {
    value: 'Uncategorized',
    label: CATEGORY_NONE,
    theme: '',
    order: CATEGORIES.length + 1
};

/**
 * Joint_Metric__c.Indicator_Type__c: its values and labels, so the query
 * reads the value only (the filters and every row use these labels).
 */
export const INDICATOR_TYPES: readonly VocabularyEntry[] = [
    { value: 'Leading', label: INDICATOR_LEADING, theme: '', order: 1 },
    { value: 'Lagging', label: INDICATOR_LAGGING, theme: '', order: 2 }
];

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

/** A metric as its row shows it: the view, plus what the row derives from it. */
export interface MetricRow extends JointMetricView {
    formatStyle: FormatStyle;
    /**
     * 0 when baseline, actual and target are all whole numbers, so currency
     * shows "$4,000,000" rather than "$4,000,000.00"; otherwise the format's own.
     */
    minimumFractionDigits?: number;
    /** Progress clamped to 0–100, for the progress bar only. */
    progressBarValue: number;
    /** The status's label and theme; undefined when blank or hidden. */
    statusBadge?: VocabularyEntry;
    /** "Leading" or "Lagging", translated; undefined when blank or hidden. */
    indicatorTypeLabel?: string;
}

/** A category, its heading and its rows. */
export interface MetricGroup {
    /** The category value, or `Uncategorized`. */
    key: string;
    /** The category's label, which names the group's Show all button. */
    label: string;
    heading: string;
    rows: MetricRow[];
}

/** What the filters keep. */
export interface MetricFilter {
    indicator: IndicatorFilter;
    sharedOnly: boolean;
}

/** One count of the summary, as its badge shows it. */
export interface SummaryTile {
    key: string;
    label: string;
    /** The count, or "—" when the roll-up is unreadable. */
    text: string;
    theme: string;
}

/** Plan health and the number of metrics in each status. */
export interface ScorecardSummary {
    /** Plan_Health__c in percent; blank while no metric is measured. */
    health?: number;
    tiles: SummaryTile[];
    /** "Showing 3 of 8 metrics" while the filters hide some (the counts cover all). */
    shownNotice?: string;
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
 * A metric with what its row derives: number format, progress bar and status
 * badge. Fields the user cannot read stay undefined (the row shows "—").
 * @param metric the metric as `c/accountPlanQuery` mapped it
 */
export function toMetricRow(metric: JointMetricView): MetricRow {
    const wholeNumbers = [metric.baseline, metric.actual, metric.target].every(
        (value) => value === undefined || Number.isInteger(value)
    );
    return {
        ...metric,
        formatStyle: FORMAT_STYLE_BY_UNIT[metric.unit ?? ''] ?? 'decimal',
        minimumFractionDigits: wholeNumbers ? 0 : undefined,
        progressBarValue: clampPercent(metric.progress),
        statusBadge: vocabularyEntry(METRIC_STATUSES, metric.status),
        indicatorTypeLabel: vocabularyEntry(
            INDICATOR_TYPES,
            metric.indicatorType
        )?.label
    };
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
 * Internal, Joint, Customer, then uncategorized, each under its heading
 * ("Joint: shared goals (2)"). Empty groups are left out; the order of the
 * metrics within a group is kept.
 * @param metrics the plan's metrics as read
 * @param filter the filters' current values
 */
export function groupMetrics(
    metrics: JointMetricView[],
    filter: MetricFilter
): MetricGroup[] {
    const categories = [...CATEGORIES, UNCATEGORIZED];
    const rows = new Map<string, MetricRow[]>(
        categories.map((category) => [category.value, []])
    );
    for (const metric of metrics) {
        if (matchesFilter(metric, filter)) {
            const key = rows.has(metric.category ?? '')
                ? metric.category!
                : UNCATEGORIZED.value;
            rows.get(key)!.push(toMetricRow(metric));
        }
    }
    return categories
        .map((category) => ({
            key: category.value,
            label: category.label,
            heading: formatLabel(
                GROUP_HEADING,
                category.label,
                rows.get(category.value)!.length
            ),
            rows: rows.get(category.value)!
        }))
        .filter((group) => group.rows.length > 0);
}

/**
 * Rows a group shows until the user asks for all of them: the page renders
 * what is visible first, and a long plan stays one scroll away from the plan
 * section below it (`npm run bench`, docs/preview.md).
 */
export const ROWS_BEFORE_SHOW_ALL = 10;

/** A group as shown: its first rows, or all of them once expanded. */
export interface ShownGroup<Row> {
    key: string;
    heading: string;
    rows: Row[];
    /** More rows than {@link ROWS_BEFORE_SHOW_ALL}: the group has a Show all button. */
    collapsible: boolean;
    /** `aria-expanded` of the button, as text: 'true' once the user chose Show all. */
    ariaExpanded: 'true' | 'false';
    /** "Show all 67 metrics" or "Show fewer". */
    toggleLabel: string;
    /** The button's accessible name, unique on the page: "Show all 67 metrics in Joint: shared goals". */
    toggleName: string;
}

/**
 * Cuts a group to its first rows unless it is expanded. Filters and headings
 * still count every row: only the rendering is cut.
 * @param group a group of {@link groupMetrics}
 * @param expanded whether the user chose Show all
 */
export function showGroup(
    group: MetricGroup,
    expanded: boolean
): ShownGroup<MetricRow> {
    const collapsible = group.rows.length > ROWS_BEFORE_SHOW_ALL;
    const toggleLabel = expanded
        ? SHOW_FEWER
        : formatLabel(SHOW_ALL, group.rows.length);
    return {
        key: group.key,
        heading: group.heading,
        rows:
            collapsible && !expanded
                ? group.rows.slice(0, ROWS_BEFORE_SHOW_ALL)
                : group.rows,
        collapsible,
        ariaExpanded: expanded ? 'true' : 'false',
        toggleLabel,
        toggleName: formatLabel(TOGGLE_NAME, toggleLabel, group.label)
    };
}

/**
 * Reads plan health and the status counts from the plan's formula and
 * roll-up fields (what managers report on). Not Started = metrics not measured.
 * The counts cover every metric; while the filters hide some, the summary
 * says how many of the plan's metrics are shown.
 * @param plan the plan shown
 * @param filter the filters' current values
 */
export function summarize(
    plan: PlanView,
    filter?: MetricFilter
): ScorecardSummary {
    const metrics = plan.jointMetrics.records;
    const shown = filter
        ? metrics.filter((metric) => matchesFilter(metric, filter)).length
        : metrics.length;
    const { metricCount, metricsMeasured } = plan;
    const counts: Record<string, number | undefined> = {
        'On Track': plan.metricsOnTrack,
        'At Risk': plan.metricsAtRisk,
        'Off Track': plan.metricsOffTrack,
        'Not Started':
            metricCount === undefined || metricsMeasured === undefined
                ? undefined
                : metricCount - metricsMeasured
    };
    return {
        health: plan.planHealth,
        // With none shown, "No metrics match the filters" says it.
        shownNotice:
            shown > 0 && shown < metrics.length
                ? formatLabel(SHOWING, shown, metrics.length)
                : undefined,
        tiles: [
            {
                key: 'total',
                label: TOTAL,
                text: orEmpty(metricCount),
                theme: ''
            },
            ...METRIC_STATUSES.map((status) => ({
                key: status.value,
                label: status.label,
                text: orEmpty(counts[status.value]),
                theme: status.theme
            }))
        ]
    };
}

/**
 * Whether a value is an IndicatorFilter (App Builder properties are strings).
 * @param value a candidate filter value
 */
export function isIndicatorFilter(value: unknown): value is IndicatorFilter {
    return (INDICATOR_FILTERS as readonly unknown[]).includes(value);
}
