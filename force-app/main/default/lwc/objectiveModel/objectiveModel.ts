/**
 * The objectives' model: groups a plan's actions under their objectives
 * (earliest due first), attaches the metrics that measure each objective,
 * applies the owner filter, and themes the statuses. Visual logic only:
 * overdue and the counts come from the formula and flow-maintained fields.
 * Status labels are the picklists' own (`displayValue`, translated by the
 * platform); this module owns only their themes.
 */
import type {
    JointMetricView,
    PlanActionView,
    PlanObjectiveView,
    PlanView
} from 'c/accountPlanQuery';
import { formatLabel, vocabularyEntry } from 'c/labelFormat';
import { METRIC_STATUSES } from 'c/scorecardModel';
import COUNTS from '@salesforce/label/c.SAP_Objectives_Counts';
import DUE from '@salesforce/label/c.SAP_Objectives_Due';
import OUR_OWNER from '@salesforce/label/c.SAP_Objectives_Our_Owner';
import CUSTOMER_OWNER from '@salesforce/label/c.SAP_Objectives_Customer_Owner';
import OPEN_METRIC from '@salesforce/label/c.SAP_Objectives_Open_Metric';

/** The owner filter: every action, what our side owes, what the customer owes. */
export type OwnerFilter = 'All' | 'Ours' | 'Customers';

/** Plan_Action__c.Owner_Side__c values; a joint action is owed by both sides. */
const SIDES_OWING: Record<Exclude<OwnerFilter, 'All'>, string[]> = {
    Ours: ['Ours', 'Joint'],
    Customers: ["Customer's", 'Joint']
};

/** Badge themes of Plan_Objective__c.Status__c and Plan_Action__c.Status__c. */
export const STATUS_THEMES: Record<string, string> = {
    'On Track': 'slds-theme_success',
    'At Risk': 'slds-theme_warning',
    Achieved: 'slds-theme_success',
    Blocked: 'slds-theme_error',
    Done: 'slds-theme_success'
};

/** The badge theme of an objective's or action's status; '' for the others, blank and hidden. */
function themeOf(status: string | undefined): string {
    return STATUS_THEMES[status ?? ''] ?? '';
}

/** Action statuses after which an action is no longer owed. */
export const CLOSED_STATUSES = ['Done', 'Dropped'];

/** An action as its row shows it. */
export interface ActionRow extends PlanActionView {
    statusTheme: string;
    /** Can be completed and re-dated. */
    open: boolean;
    dueLabel?: string;
    owners: string[];
}

/** A metric linked from the objective it measures. */
export interface MetricLink {
    id: string;
    name?: string;
    /** What its link does: "Open the joint metric <name>". */
    openLabel: string;
    statusLabel?: string;
    statusTheme?: string;
}

/** One objective (none for the actions without one) with its actions and metrics. */
export interface ObjectiveGroup {
    key: string;
    objective?: PlanObjectiveView;
    statusTheme: string;
    dueLabel?: string;
    owners: string[];
    countsLabel?: string;
    actions: ActionRow[];
    metrics: MetricLink[];
}

/** Earliest due first, blank last, then by name. */
function byDueDate(
    a: { dueDate?: string; name?: string },
    b: { dueDate?: string; name?: string }
): number {
    return (
        (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff') ||
        (a.name ?? '').localeCompare(b.name ?? '')
    );
}

function dueLabel(label: string | undefined): string | undefined {
    return label ? formatLabel(DUE, label) : undefined;
}

/** "Our owner: …" and "Customer owner: …", for the owners that are set. */
function owners(view: {
    supplierOwnerName?: string;
    customerOwnerName?: string;
}): string[] {
    return [
        view.supplierOwnerName &&
            formatLabel(OUR_OWNER, view.supplierOwnerName),
        view.customerOwnerName &&
            formatLabel(CUSTOMER_OWNER, view.customerOwnerName)
    ].filter((owner): owner is string => Boolean(owner));
}

/** Whether the action is owed by the side the filter shows. */
export function matchesFilter(
    action: PlanActionView,
    filter: OwnerFilter
): boolean {
    return (
        filter === 'All' || SIDES_OWING[filter].includes(action.ownerSide ?? '')
    );
}

export function toActionRow(action: PlanActionView): ActionRow {
    return {
        ...action,
        statusTheme: themeOf(action.status),
        open: !CLOSED_STATUSES.includes(action.status ?? ''),
        dueLabel: dueLabel(action.dueDateLabel),
        owners: owners(action)
    };
}

/**
 * "2 open · 1 done", from the counts the flow keeps; none before the flow
 * first counted (an org's default of 0 shows as 0) or when both are hidden.
 */
function countsLabel(objective: PlanObjectiveView): string | undefined {
    const { openActions, doneActions } = objective;
    return openActions === undefined && doneActions === undefined
        ? undefined
        : formatLabel(COUNTS, openActions, doneActions);
}

function toMetricLink(metric: JointMetricView): MetricLink {
    const status = vocabularyEntry(METRIC_STATUSES, metric.status);
    return {
        id: metric.id,
        name: metric.name,
        openLabel: formatLabel(OPEN_METRIC, metric.name),
        statusLabel: status?.label,
        statusTheme: status?.theme
    };
}

/**
 * The plan's objectives, earliest due first, each with its actions that
 * match the filter and the metrics that measure it; then the matching
 * actions without an objective (or whose objective was not read). With a
 * filter other than All, an objective without a matching action is left out.
 */
export function groupObjectives(
    plan: PlanView,
    filter: OwnerFilter
): ObjectiveGroup[] {
    const objectives = [...plan.objectives.records].sort(byDueDate);
    const known = new Set(objectives.map((objective) => objective.id));
    const actions = plan.actions.records
        .filter((action) => matchesFilter(action, filter))
        .sort(byDueDate);
    const actionsOf = (objectiveId: string | undefined) =>
        actions
            .filter((action) => {
                // Without an objective: none set, or one that was not read.
                return objectiveId
                    ? action.objectiveId === objectiveId
                    : !known.has(action.objectiveId ?? '');
            })
            .map(toActionRow);
    const groups: ObjectiveGroup[] = objectives.map((objective) => ({
        key: objective.id,
        objective,
        statusTheme: themeOf(objective.status),
        dueLabel: dueLabel(objective.dueDateLabel),
        owners: owners(objective),
        countsLabel: countsLabel(objective),
        actions: actionsOf(objective.id),
        metrics: plan.jointMetrics.records
            .filter((metric) => metric.objectiveId === objective.id)
            .map(toMetricLink)
    }));
    const unassigned = actionsOf(undefined);
    if (unassigned.length > 0)
        groups.push({
            key: 'without-objective',
            statusTheme: '',
            owners: [],
            actions: unassigned,
            metrics: []
        });
    return filter === 'All'
        ? groups
        : groups.filter((group) => group.actions.length > 0);
}
