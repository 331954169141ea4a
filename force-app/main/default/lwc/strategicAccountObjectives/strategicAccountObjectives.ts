import { LightningElement, api, wire } from 'lwc';
import { graphql, refreshGraphQL } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { NavigationMixin } from 'lightning/navigation';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { ACCOUNT_PLANS_QUERY, accountPlanVariables } from 'c/accountPlanQuery';
import type {
    AccountPlanVariables,
    AccountPlansResponse,
    PlanActionView,
    PlanView
} from 'c/accountPlanQuery';
import { pageState, saveThenRefresh, type PageState } from 'c/containerUtils';
import { selectPlan, type PlanSelection } from 'c/planModel';
import { formatLabel, moreRecordsNotice } from 'c/labelFormat';
import {
    groupObjectives,
    type ActionRow,
    type ObjectiveGroup,
    type OwnerFilter
} from 'c/objectiveModel';
import { toIsoDate } from 'c/dateUtils';
import type { NewAction } from 'c/planActionForm';
import OBJECTIVE_OBJECT from '@salesforce/schema/Plan_Objective__c';
import OBJECTIVE_PLAN_FIELD from '@salesforce/schema/Plan_Objective__c.Strategic_Account_Plan__c';
import ACTION_OBJECT from '@salesforce/schema/Plan_Action__c';
import ID_FIELD from '@salesforce/schema/Plan_Action__c.Id';
import PLAN_FIELD from '@salesforce/schema/Plan_Action__c.Strategic_Account_Plan__c';
import OBJECTIVE_FIELD from '@salesforce/schema/Plan_Action__c.Objective__c';
import NAME_FIELD from '@salesforce/schema/Plan_Action__c.Name';
import OWNER_SIDE_FIELD from '@salesforce/schema/Plan_Action__c.Owner_Side__c';
import SUPPLIER_OWNER_FIELD from '@salesforce/schema/Plan_Action__c.Supplier_Owner__c';
import CUSTOMER_OWNER_FIELD from '@salesforce/schema/Plan_Action__c.Customer_Owner__c';
import DUE_DATE_FIELD from '@salesforce/schema/Plan_Action__c.Due_Date__c';
import STATUS_FIELD from '@salesforce/schema/Plan_Action__c.Status__c';
import COMPLETED_ON_FIELD from '@salesforce/schema/Plan_Action__c.Completed_On__c';
import TITLE from '@salesforce/label/c.SAP_Objectives_Title';
import LOADING from '@salesforce/label/c.SAP_Objectives_Loading';
import LOAD_ERROR from '@salesforce/label/c.SAP_Objectives_Load_Error';
import NO_PLAN from '@salesforce/label/c.SAP_Objectives_No_Plan';
import NO_OBJECTIVES from '@salesforce/label/c.SAP_Objectives_No_Objectives';
import NEW_OBJECTIVE from '@salesforce/label/c.SAP_Objectives_New_Objective';
import FILTER from '@salesforce/label/c.SAP_Objectives_Filter';
import FILTER_ALL from '@salesforce/label/c.SAP_Objectives_Filter_All';
import FILTER_OURS from '@salesforce/label/c.SAP_Objectives_Filter_Ours';
import FILTER_CUSTOMERS from '@salesforce/label/c.SAP_Objectives_Filter_Customers';
import NO_MATCHES from '@salesforce/label/c.SAP_Objectives_No_Matches';
import MORE_OBJECTIVES from '@salesforce/label/c.SAP_Objectives_More_Objectives';
import MORE_ACTIONS from '@salesforce/label/c.SAP_Objectives_More_Actions';
import ADD_ACTION from '@salesforce/label/c.SAP_Objectives_Add_Action';
import SAVED_TITLE from '@salesforce/label/c.SAP_Objectives_Saved_Title';
import SAVED from '@salesforce/label/c.SAP_Objectives_Saved';
import SAVE_FAILED from '@salesforce/label/c.SAP_Objectives_Save_Failed';
import CONCURRENT_EDIT from '@salesforce/label/c.SAP_Objectives_Concurrent_Edit';
import REFRESH_FAILED from '@salesforce/label/c.SAP_Shared_Refresh_Failed';

/** An action row with the state of its editor and save. */
interface ActionRowView extends ActionRow {
    editing: boolean;
    saving: boolean;
    saveError?: unknown;
}

/** An objective as the template shows it, with its new-action form's state. */
interface GroupView extends ObjectiveGroup {
    actions: ActionRowView[];
    adding: boolean;
    canAdd: boolean;
    addError?: unknown;
}

/** Owner sides whose actions our owner and the customer's owner own. */
const OUR_SIDES = ['Ours', 'Joint'];
const CUSTOMER_SIDES = ["Customer's", 'Joint'];

/** Marks the save of the new-action form of an objective. */
const addKey = (objectiveId: string) => `add:${objectiveId}`;

/**
 * The objectives of an Account's current strategic account plan: each with
 * its owners on both sides, status, due date, the counts of its actions and
 * the metrics that measure it, and its actions grouped under it. Actions are
 * added, completed and re-dated in place with the guarded save of
 * `c/containerUtils`; overdue and the counts come from the formula and
 * flow-maintained fields, read again after every save. Reads through the
 * page's one shared GraphQL query.
 */
export default class StrategicAccountObjectives extends NavigationMixin(
    LightningElement
) {
    /** The Account's Id, set by the record page. */
    @api recordId?: string;

    labels = {
        title: TITLE,
        loading: LOADING,
        loadError: LOAD_ERROR,
        noPlan: NO_PLAN,
        noObjectives: NO_OBJECTIVES,
        newObjective: NEW_OBJECTIVE,
        filter: FILTER,
        noMatches: NO_MATCHES,
        addAction: ADD_ACTION,
        refreshFailed: REFRESH_FAILED
    };

    readonly filterOptions = [
        { value: 'All', label: FILTER_ALL },
        { value: 'Ours', label: FILTER_OURS },
        { value: 'Customers', label: FILTER_CUSTOMERS }
    ];

    /** The query's latest result, as loading, error, no access, no plan or plans. */
    queryState: PageState = pageState(undefined);
    /** The wire's last result: refreshGraphQL re-reads it after a save. */
    private queryResult?: GraphQLResult<AccountPlansResponse>;
    /** The plan the user picked in the plan picker, if any. */
    private pickedPlanId?: string;
    /** Whose actions are shown: all, what we owe, what the customer owes. */
    ownerFilter: OwnerFilter = 'All';
    private editingActionId?: string;
    private addingObjectiveId?: string;
    /** The action Id (or add key) whose save is in flight. */
    private savingKey?: string;
    /** The action Id (or add key) whose last save failed, and why. */
    private failedKey?: string;
    private saveError?: unknown;
    /** The heading of the save error: what happened and what to do. */
    saveErrorTitle?: string;
    /** A refresh after a save failed; what was saved stays saved. */
    refreshErrors?: unknown;

    get queryVariables(): AccountPlanVariables {
        return accountPlanVariables(this.recordId);
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

    get hasObjectives(): boolean {
        return this.plan.objectives.records.length > 0;
    }

    /** Shown when a page size cut the objectives or actions short. */
    get moreNotices(): string[] {
        return [
            moreRecordsNotice(MORE_OBJECTIVES, this.plan.objectives),
            moreRecordsNotice(MORE_ACTIONS, this.plan.actions)
        ].filter((notice): notice is string => notice !== undefined);
    }

    get groups(): GroupView[] {
        return groupObjectives(this.plan, this.ownerFilter).map((group) => {
            const key = group.objective && addKey(group.objective.id);
            return {
                ...group,
                actions: group.actions.map((action) => ({
                    ...action,
                    editing: action.id === this.editingActionId,
                    saving: action.id === this.savingKey,
                    saveError: this.errorFor(action.id)
                })),
                adding: group.key === this.addingObjectiveId,
                canAdd: Boolean(group.objective),
                addError: key && this.errorFor(key)
            };
        });
    }

    /** The filter hides every objective. */
    get showNoMatches(): boolean {
        return this.hasObjectives && this.groups.length === 0;
    }

    get savingAdd(): boolean {
        return (
            this.addingObjectiveId !== undefined &&
            this.savingKey === addKey(this.addingObjectiveId)
        );
    }

    private errorFor(key: string): unknown {
        return key === this.failedKey ? this.saveError : undefined;
    }

    handlePlanChange(event: CustomEvent<{ planId: string }>): void {
        this.pickedPlanId = event.detail.planId;
        this.editingActionId = undefined;
        this.addingObjectiveId = undefined;
        this.clearSaveError();
    }

    handleFilterChange(event: CustomEvent<{ value: OwnerFilter }>): void {
        this.ownerFilter = event.detail.value;
    }

    /** The first-objective prompt opens the standard new-objective page for the plan. */
    handleNewObjective(): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__objectPage',
            attributes: {
                objectApiName: OBJECTIVE_OBJECT.objectApiName,
                actionName: 'new'
            },
            state: {
                defaultFieldValues: encodeDefaultFieldValues({
                    [OBJECTIVE_PLAN_FIELD.fieldApiName]: this.plan.id
                })
            }
        });
    }

    handleRedateEdit(event: CustomEvent<{ actionId: string }>): void {
        this.editingActionId = event.detail.actionId;
        this.clearSaveError();
    }

    handleRedateCancel(): void {
        this.editingActionId = undefined;
        this.clearSaveError();
    }

    async handleRedateSave(
        event: CustomEvent<{ actionId: string; dueDate: string }>
    ): Promise<void> {
        const { actionId, dueDate } = event.detail;
        const saved = await this.updateAction(actionId, {
            [DUE_DATE_FIELD.fieldApiName]: dueDate
        });
        if (saved) this.editingActionId = undefined;
    }

    /** Done today: the validation rules want Completed On with Done, not in the future. */
    async handleComplete(
        event: CustomEvent<{ actionId: string }>
    ): Promise<void> {
        await this.updateAction(event.detail.actionId, {
            [STATUS_FIELD.fieldApiName]: 'Done',
            [COMPLETED_ON_FIELD.fieldApiName]: toIsoDate(new Date())
        });
    }

    handleAddOpen(event: Event): void {
        this.addingObjectiveId = (
            event.currentTarget as HTMLElement
        ).dataset.objective;
        this.clearSaveError();
    }

    handleAddCancel(): void {
        this.addingObjectiveId = undefined;
        this.clearSaveError();
    }

    /**
     * Creates the action under the objective, owned by the objective's owners
     * on the sides that owe it (the validation rules require them).
     */
    async handleAdd(event: CustomEvent<NewAction>): Promise<void> {
        const plan = this.plan;
        // The form is open under this objective, so the plan holds it.
        const objective = plan.objectives.records.find(
            (candidate) => candidate.id === this.addingObjectiveId
        )!;
        const { name, ownerSide, dueDate } = event.detail;
        const saved = await this.save(addKey(objective.id), name, () =>
            createRecord({
                apiName: ACTION_OBJECT.objectApiName,
                fields: {
                    [PLAN_FIELD.fieldApiName]: plan.id,
                    [OBJECTIVE_FIELD.fieldApiName]: objective.id,
                    [NAME_FIELD.fieldApiName]: name,
                    [OWNER_SIDE_FIELD.fieldApiName]: ownerSide,
                    [DUE_DATE_FIELD.fieldApiName]: dueDate,
                    [SUPPLIER_OWNER_FIELD.fieldApiName]: OUR_SIDES.includes(
                        ownerSide
                    )
                        ? objective.supplierOwnerId
                        : undefined,
                    [CUSTOMER_OWNER_FIELD.fieldApiName]:
                        CUSTOMER_SIDES.includes(ownerSide)
                            ? objective.customerOwnerId
                            : undefined
                }
            })
        );
        if (saved) this.addingObjectiveId = undefined;
    }

    /**
     * Updates an action with its LastModifiedDate as `ifUnmodifiedSince`, so
     * a change made meanwhile by someone else is refused, not overwritten.
     */
    private updateAction(
        actionId: string,
        fields: Record<string, unknown>
    ): Promise<boolean> {
        const action: PlanActionView | undefined =
            this.plan.actions.records.find(
                (candidate) => candidate.id === actionId
            );
        return this.save(actionId, action?.name, () =>
            updateRecord(
                { fields: { [ID_FIELD.fieldApiName]: actionId, ...fields } },
                { ifUnmodifiedSince: action?.lastModifiedDate }
            )
        );
    }

    /**
     * One guarded save: the write, then the query read again so overdue and
     * the objective's counts come from the formula and the flow. A refused
     * write is shown where it happened; what was typed stays.
     */
    private async save(
        key: string,
        name: string | undefined,
        write: () => Promise<unknown>
    ): Promise<boolean> {
        this.savingKey = key;
        this.clearSaveError();
        this.refreshErrors = undefined;
        const outcome = await saveThenRefresh(
            [write],
            () => refreshGraphQL(this.queryResult!),
            { concurrentEdit: CONCURRENT_EDIT, failed: SAVE_FAILED }
        );
        this.savingKey = undefined;
        this.failedKey = outcome.saved ? undefined : key;
        this.saveError = outcome.error;
        this.saveErrorTitle = outcome.errorTitle;
        this.refreshErrors = outcome.refreshError;
        if (outcome.saved)
            this.dispatchEvent(
                new ShowToastEvent({
                    title: SAVED_TITLE,
                    message: formatLabel(SAVED, name),
                    variant: 'success'
                })
            );
        return outcome.saved;
    }

    private clearSaveError(): void {
        this.failedKey = undefined;
        this.saveError = undefined;
        this.saveErrorTitle = undefined;
    }
}
