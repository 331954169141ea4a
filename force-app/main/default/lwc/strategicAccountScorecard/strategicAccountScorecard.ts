import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import {
    getRecord,
    updateRecord,
    type RecordResult
} from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import type { ObjectInfoResult } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { ACCOUNT_PLANS_QUERY, accountPlanVariables } from 'c/accountPlanQuery';
import type {
    AccountPlanVariables,
    AccountPlansResponse,
    JointMetricView,
    PlanView
} from 'c/accountPlanQuery';
import {
    EditedRecord,
    pageState,
    refreshQueryAndRecord,
    saveThenRefresh,
    type PageState
} from 'c/containerUtils';
import { selectPlan } from 'c/planModel';
import type { PlanSelection } from 'c/planModel';
import { formatLabel, moreRecordsNotice } from 'c/labelFormat';
import { numberLimits, type NumberLimits } from 'c/numberFieldUtils';
import {
    groupMetrics,
    isIndicatorFilter,
    showGroup,
    summarize
} from 'c/scorecardModel';
import type {
    IndicatorFilter,
    MetricFilter,
    MetricRow,
    ScorecardSummary,
    ShownGroup
} from 'c/scorecardModel';
import JOINT_METRIC_OBJECT from '@salesforce/schema/Joint_Metric__c';
import ID_FIELD from '@salesforce/schema/Joint_Metric__c.Id';
import ACTUAL_FIELD from '@salesforce/schema/Joint_Metric__c.Actual__c';
import TITLE from '@salesforce/label/c.SAP_Scorecard_Title';
import LOADING from '@salesforce/label/c.SAP_Scorecard_Loading';
import LOAD_ERROR from '@salesforce/label/c.SAP_Scorecard_Load_Error';
import NO_PLAN from '@salesforce/label/c.SAP_Scorecard_No_Plan';
import PLAN_NAME from '@salesforce/label/c.SAP_Scorecard_Plan_Name';
import NO_METRICS from '@salesforce/label/c.SAP_Scorecard_No_Metrics';
import NO_MATCHES from '@salesforce/label/c.SAP_Scorecard_No_Matches';
import MORE_METRICS from '@salesforce/label/c.SAP_Scorecard_More_Metrics';
import SAVED_TITLE from '@salesforce/label/c.SAP_Scorecard_Saved_Title';
import SAVED from '@salesforce/label/c.SAP_Scorecard_Saved';
import SAVE_FAILED from '@salesforce/label/c.SAP_Scorecard_Save_Failed';
import CONCURRENT_EDIT from '@salesforce/label/c.SAP_Scorecard_Concurrent_Edit';
import REFRESH_FAILED from '@salesforce/label/c.SAP_Shared_Refresh_Failed';

/** A row with the state of its Actual editor. */
interface RowView extends MetricRow {
    editing: boolean;
    saving: boolean;
    saveError?: unknown;
    /** The save was refused because someone else saved the metric meanwhile. */
    conflict: boolean;
}

/** A category heading and its shown rows, as the template shows them. */
type GroupView = ShownGroup<RowView>;

/**
 * The joint-metric scorecard of an Account's current strategic account plan:
 * plan health, counts by status, and the metrics grouped Internal / Joint /
 * Customer with inline update of Actual. Reads through the page's one shared
 * GraphQL query; progress, status and counts come from formula and roll-up fields.
 *
 * Actual is checked against its field's precision and scale before it is
 * sent. They are field metadata, which `getObjectInfo` of
 * `lightning/uiObjectInfoApi` delivers (the Object Info's `fields`, as the user
 * may read them:
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-object-info.html);
 * LDS caches Object Info apart from records, so it costs no record request,
 * and the page's one GraphQL query stays the same for both components. Without
 * it (an error, no access to the field) the server's check alone applies.
 */
export default class StrategicAccountScorecard extends LightningElement {
    /** The Account's Id, set by the record page. */
    @api recordId?: string;
    /** App Builder: leading/lagging filter on load: All, Leading or Lagging. */
    @api defaultIndicator = 'All';
    /** App Builder: show only the metrics shared with the customer on load. */
    @api sharedOnlyByDefault = false;
    /** App Builder: hide each metric's owners, e.g. to save room in a sidebar. */
    @api hideOwners = false;

    labels = {
        title: TITLE,
        loading: LOADING,
        loadError: LOAD_ERROR,
        noPlan: NO_PLAN,
        noMetrics: NO_METRICS,
        noMatches: NO_MATCHES,
        refreshFailed: REFRESH_FAILED
    };

    /** The query's latest result, as loading, error, no access, no plan or plans. */
    queryState: PageState = pageState(undefined);
    /** The wire's last result: refreshGraphQL re-reads it after a save. */
    private queryResult?: GraphQLResult<AccountPlansResponse>;
    /** The user's filter; until they touch it, the App Builder defaults apply. */
    private chosenFilter?: MetricFilter;
    /** The plan the user picked in the plan picker, if any. */
    private pickedPlanId?: string;
    /** The categories whose Show all the user pressed. */
    private expandedGroups: string[] = [];
    private editingMetricId?: string;
    private savingMetricId?: string;
    /** The metric whose last save was refused because someone else saved it meanwhile. */
    private conflictMetricId?: string;
    /** The metric last saved: focus returns to it when the refresh error is dismissed. */
    private lastSavedMetricId?: string;
    private saveError?: unknown;
    /** The heading of the save error: what happened and what to do. */
    saveErrorTitle?: string;
    /** A refresh after a save failed; what was saved stays saved. */
    refreshErrors?: unknown;

    get queryVariables(): AccountPlanVariables {
        return accountPlanVariables(this.recordId);
    }

    /** Joint_Metric__c's field metadata, for the precision and scale of Actual__c. */
    @wire(getObjectInfo, { objectApiName: JOINT_METRIC_OBJECT })
    jointMetricInfo?: ObjectInfoResult;

    get actualLimits(): NumberLimits | undefined {
        return numberLimits(
            this.jointMetricInfo?.data,
            ACTUAL_FIELD.fieldApiName
        );
    }

    /** The metric being edited as it is now: its version guards the save. */
    private readonly editedMetric = new EditedRecord();

    @wire(getRecord, { recordId: '$editingMetricId', fields: [ACTUAL_FIELD] })
    wiredEditedMetric(result: RecordResult): void {
        this.editedMetric.receive(result);
    }

    @wire(graphql, { query: ACCOUNT_PLANS_QUERY, variables: '$queryVariables' })
    wiredAccountPlans(result: GraphQLResult<AccountPlansResponse>): void {
        this.queryResult = result;
        this.queryState = pageState(result);
    }

    /** The current plan, or the one picked; drafts stay reachable. */
    get selection(): PlanSelection {
        return selectPlan(
            this.queryState.plans?.records ?? [],
            this.pickedPlanId
        );
    }

    /**
     * The plan shown. Only the data state reads it (its template and the
     * handlers of what it renders), and there the account has a plan.
     */
    private get plan(): PlanView {
        return this.selection.plan!;
    }

    /** With a single plan there is no picker, so the plan is named. */
    get planName(): string | undefined {
        return this.selection.hasChoice
            ? undefined
            : formatLabel(PLAN_NAME, this.plan.name);
    }

    get summary(): ScorecardSummary {
        return summarize(this.plan, this.filter);
    }

    private get metrics(): JointMetricView[] {
        return this.plan.jointMetrics.records;
    }

    get hasMetrics(): boolean {
        return this.metrics.length > 0;
    }

    /** Shown when the query's page size cut the list short. */
    get moreMetricsNotice(): string | undefined {
        return moreRecordsNotice(MORE_METRICS, this.plan.jointMetrics);
    }

    get filter(): MetricFilter {
        return (
            this.chosenFilter ?? {
                indicator: isIndicatorFilter(this.defaultIndicator)
                    ? this.defaultIndicator
                    : 'All',
                sharedOnly: this.sharedOnlyByDefault === true
            }
        );
    }

    get indicatorFilter(): IndicatorFilter {
        return this.filter.indicator;
    }

    get sharedOnlyFilter(): boolean {
        return this.filter.sharedOnly;
    }

    get groups(): GroupView[] {
        return groupMetrics(this.metrics, this.filter).map((group) => {
            const shown = showGroup(
                group,
                this.expandedGroups.includes(group.key)
            );
            return {
                ...shown,
                rows: shown.rows.map((row) => this.withEditorState(row))
            };
        });
    }

    get hasMatches(): boolean {
        return this.groups.length > 0;
    }

    get showOwners(): boolean {
        return !this.hideOwners;
    }

    private withEditorState(row: MetricRow): RowView {
        const editing = row.id === this.editingMetricId;
        return {
            ...row,
            editing,
            saving: row.id === this.savingMetricId,
            saveError: editing ? this.saveError : undefined,
            conflict: editing && row.id === this.conflictMetricId
        };
    }

    handlePlanChange(event: CustomEvent<{ planId: string }>): void {
        this.pickedPlanId = event.detail.planId;
        this.editingMetricId = undefined;
        this.clearSaveError();
    }

    handleFilterChange(event: CustomEvent<MetricFilter>): void {
        this.chosenFilter = { ...event.detail };
    }

    /** Show all / Show fewer: the button stays in place, so focus stays on it. */
    handleGroupToggle(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.group!;
        this.expandedGroups = this.expandedGroups.includes(key)
            ? this.expandedGroups.filter((expanded) => expanded !== key)
            : [...this.expandedGroups, key];
    }

    handleActualEdit(event: CustomEvent<{ metricId: string }>): void {
        this.editingMetricId = event.detail.metricId;
        this.clearSaveError();
    }

    /** Cancel, and Keep theirs after a conflict: the editor closes on the stored value. */
    handleActualCancel(): void {
        this.editingMetricId = undefined;
        this.clearSaveError();
    }

    /** Focus goes back to the metric just saved (its edit button, or its open editor). */
    handleRefreshErrorDismiss(): void {
        this.refreshErrors = undefined;
        const id = this.editingMetricId ?? this.lastSavedMetricId;
        this.template
            ?.querySelector<HTMLElement & { focusAction(): void }>(
                `c-joint-metric-row[data-id="${id}"]`
            )
            ?.focusAction();
    }

    /**
     * Saves Actual against the metric's version as read when its editor
     * opened (`c/containerUtils` EditedRecord; a quick Save waits for that
     * read), so a change made meanwhile by someone else is refused instead
     * of overwritten; then the query is read again so progress, status and
     * counts come from the formula and roll-up fields. After such a refusal the query and the version are read
     * again too: the row then shows the other person's value beside the typed
     * one, and "Use mine" saves against the version just read.
     */
    async handleActualSave(
        event: CustomEvent<{ metricId: string; actual: number | null }>
    ): Promise<void> {
        const { metricId, actual } = event.detail;
        const metric = this.metrics.find(
            (candidate) => candidate.id === metricId
        );
        this.savingMetricId = metricId;
        this.lastSavedMetricId = metricId;
        this.clearSaveError();
        this.refreshErrors = undefined;
        const outcome = await saveThenRefresh(
            [
                async () => {
                    const read = await this.editedMetric.readForSave(metricId, [
                        [ACTUAL_FIELD, metric?.actual]
                    ]);
                    await updateRecord(
                        {
                            fields: {
                                [ID_FIELD.fieldApiName]: metricId,
                                [ACTUAL_FIELD.fieldApiName]: actual
                            }
                        },
                        { ifUnmodifiedSince: read.lastModifiedDate }
                    );
                }
            ],
            () => refreshQueryAndRecord(this.queryResult!, metricId),
            { concurrentEdit: CONCURRENT_EDIT, failed: SAVE_FAILED },
            { refreshOnConflict: true }
        );
        this.savingMetricId = undefined;
        this.conflictMetricId = outcome.conflict ? metricId : undefined;
        // A failed save leaves the editor open with the typed value, under the message.
        this.saveError = outcome.error;
        this.saveErrorTitle = outcome.errorTitle;
        this.refreshErrors = outcome.refreshError;
        if (outcome.saved) {
            this.editingMetricId = undefined;
            this.dispatchEvent(
                new ShowToastEvent({
                    title: SAVED_TITLE,
                    message: formatLabel(SAVED, metric?.name),
                    variant: 'success'
                })
            );
        }
    }

    private clearSaveError(): void {
        this.saveError = undefined;
        this.saveErrorTitle = undefined;
        this.conflictMetricId = undefined;
    }
}
