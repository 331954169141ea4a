import { LightningElement, api, wire } from 'lwc';
import { graphql, refreshGraphQL, type GraphQLResult } from 'lightning/graphql';
import {
    createRecord,
    deleteRecord,
    getFieldValue,
    getRecord,
    updateRecord,
    type RecordResult
} from 'lightning/uiRecordApi';
import { NavigationMixin } from 'lightning/navigation';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
    ACCOUNT_PLANS_QUERY,
    accountPlanVariables,
    type AccountPlanVariables,
    type AccountPlansResponse,
    type PlanView,
    type SponsorCadenceView
} from 'c/accountPlanQuery';
import {
    EditedRecord,
    pageState,
    refreshQueryAndRecord,
    saveThenRefresh,
    type PageState
} from 'c/containerUtils';
import { selectPlan, type PlanSelection } from 'c/planModel';
import { toIsoDate } from 'c/dateUtils';
import type SponsorPairList from 'c/sponsorPairList';
import type PlanReviews from 'c/planReviews';
import type PlanRisks from 'c/planRisks';
import { formatLabel } from 'c/labelFormat';
import PLAN_OBJECT from '@salesforce/schema/Strategic_Account_Plan__c';
import PLAN_ACCOUNT_FIELD from '@salesforce/schema/Strategic_Account_Plan__c.Account__c';
import CADENCE_ID_FIELD from '@salesforce/schema/Executive_Sponsor_Cadence__c.Id';
import LAST_TOUCH_FIELD from '@salesforce/schema/Executive_Sponsor_Cadence__c.Last_Touch_Date__c';
import CUSTOMER_EXECUTIVE_FIELD from '@salesforce/schema/Executive_Sponsor_Cadence__c.Customer_Executive__c';
import TASK_OBJECT from '@salesforce/schema/Task';
import TASK_SUBJECT_FIELD from '@salesforce/schema/Task.Subject';
import TASK_WHAT_FIELD from '@salesforce/schema/Task.WhatId';
import TASK_WHO_FIELD from '@salesforce/schema/Task.WhoId';
import TASK_DATE_FIELD from '@salesforce/schema/Task.ActivityDate';
import TASK_STATUS_FIELD from '@salesforce/schema/Task.Status';
import TASK_DESCRIPTION_FIELD from '@salesforce/schema/Task.Description';
import REVIEW_OBJECT from '@salesforce/schema/Account_Review__c';
import REVIEW_PLAN_FIELD from '@salesforce/schema/Account_Review__c.Strategic_Account_Plan__c';
import RISK_OBJECT from '@salesforce/schema/Plan_Risk__c';
import RISK_PLAN_FIELD from '@salesforce/schema/Plan_Risk__c.Strategic_Account_Plan__c';
import RISK_ID_FIELD from '@salesforce/schema/Plan_Risk__c.Id';
import RISK_STATUS_FIELD from '@salesforce/schema/Plan_Risk__c.Status__c';
import RISK_CLOSED_ON_FIELD from '@salesforce/schema/Plan_Risk__c.Closed_On__c';
import CARD_TITLE from '@salesforce/label/c.SAP_Plan_Card_Title';
import NO_PLAN_TITLE from '@salesforce/label/c.SAP_Plan_No_Plan_Title';
import NO_PLAN_BODY from '@salesforce/label/c.SAP_Plan_No_Plan_Body';
import CREATE_PLAN from '@salesforce/label/c.SAP_Plan_Create';
import OVERVIEW_TITLE from '@salesforce/label/c.SAP_Plan_Overview_Title';
import FIT_TITLE from '@salesforce/label/c.SAP_Plan_Fit_Title';
import BUY_SELL_TITLE from '@salesforce/label/c.SAP_Plan_Buy_Sell_Title';
import SPONSORS_TITLE from '@salesforce/label/c.SAP_Plan_Sponsors_Title';
import TOUCH_SUBJECT from '@salesforce/label/c.SAP_Plan_Touch_Subject';
import TOUCH_LOGGED_TITLE from '@salesforce/label/c.SAP_Plan_Touch_Logged_Title';
import TOUCH_LOGGED from '@salesforce/label/c.SAP_Plan_Touch_Logged';
import TOUCH_FAILED from '@salesforce/label/c.SAP_Plan_Touch_Failed';
import CONCURRENT_EDIT from '@salesforce/label/c.SAP_Plan_Concurrent_Edit';
import TOUCH_UNDONE_TITLE from '@salesforce/label/c.SAP_Plan_Touch_Undone_Title';
import TOUCH_UNDONE from '@salesforce/label/c.SAP_Plan_Touch_Undone';
import UNDO_FAILED from '@salesforce/label/c.SAP_Plan_Undo_Failed';
import REFRESH_FAILED from '@salesforce/label/c.SAP_Shared_Refresh_Failed';
import REVIEWS_TITLE from '@salesforce/label/c.SAP_Plan_Reviews_Title';
import RISKS_TITLE from '@salesforce/label/c.SAP_Plan_Risks_Title';
import REVIEW_FAILED from '@salesforce/label/c.SAP_Review_Failed';
import RISK_FAILED from '@salesforce/label/c.SAP_Risk_Failed';

/** Task.Status of a touch that already happened. */
const COMPLETED_TASK_STATUS = 'Completed';
/** flexipageRegionWidth of a narrow (sidebar) region. */
const SMALL_REGION = 'SMALL';
/** How long a logged touch can be undone. */
const UNDO_SECONDS = 10;

/** A touch just logged, and what undoing it restores. */
interface LoggedTouch {
    cadenceId: string;
    /** The Task that records it: undo deletes it. */
    taskId: string;
    /** Last Touch Date before it; null when the pair had none. */
    previousDate: string | null;
    /** The pair's LastModifiedDate after it: undo is saved against it. */
    version?: string;
}

/** What the sponsor pair list asks to log. */
interface TouchRequest {
    cadenceId: string;
    /** `YYYY-MM-DD`, checked by the list: not in the future, not before the last touch. */
    date: string;
    note?: string;
}

/**
 * The Account page's strategic account plan: header, overview, strategic-fit
 * quadrant, Buy-Sell Hierarchy and executive sponsor pairs of the current plan,
 * or an offer to create a plan. Reads through the shared account-plan query
 * (one request for the whole page); writes through `lightning/uiRecordApi`.
 */
export default class StrategicAccountPlan extends NavigationMixin(
    LightningElement
) {
    /** The Account's id, set by the record page. */
    @api recordId?: string;
    /** Set by the record page; the component only supports Account. */
    @api objectApiName?: string;
    /** SMALL, MEDIUM or LARGE: the width of the page region it sits in. */
    @api flexipageRegionWidth?: string;
    // App Builder switches. LWC boolean properties default to false, so
    // they hide a section rather than show it.
    /** App Builder: hide vision, mission and the other plan texts. */
    @api hideOverview = false;
    /** App Builder: hide the strategic-fit quadrant. */
    @api hideStrategicFit = false;
    /** App Builder: hide the Buy-Sell Hierarchy ladder. */
    @api hideBuySellHierarchy = false;
    /** App Builder: hide the executive sponsor pairs. */
    @api hideSponsors = false;
    /** App Builder: hide the account reviews. */
    @api hideReviews = false;
    /** App Builder: hide the open risks. */
    @api hideRisks = false;

    readonly labels = {
        cardTitle: CARD_TITLE,
        noPlanTitle: NO_PLAN_TITLE,
        noPlanBody: NO_PLAN_BODY,
        createPlan: CREATE_PLAN,
        overviewTitle: OVERVIEW_TITLE,
        fitTitle: FIT_TITLE,
        buySellTitle: BUY_SELL_TITLE,
        sponsorsTitle: SPONSORS_TITLE,
        reviewsTitle: REVIEWS_TITLE,
        risksTitle: RISKS_TITLE,
        refreshFailed: REFRESH_FAILED
    };

    /** The query's latest result, as loading, error, no access, no plan or plans. */
    queryState: PageState = pageState(undefined);
    pickedPlanId?: string;
    busyCadenceId?: string;
    touchErrors?: unknown;
    touchErrorTitle?: string;
    /** The pair the touch error is about: focus goes back to it when the error is dismissed. */
    private touchErrorCadenceId?: string;
    /** A refresh after a save failed; what was saved stays saved. */
    refreshErrors?: unknown;
    savingReview = false;
    /** The risk being closed, or `new` while a raised risk is saved. */
    busyRiskId?: string;
    /** A review or risk that was not saved: the form keeps what was typed. */
    recordErrors?: unknown;
    recordErrorTitle?: string;
    /** The touch that "Undo" would take back, for a few seconds after it was logged. */
    loggedTouch?: LoggedTouch;
    private undoTimer?: ReturnType<typeof setTimeout>;
    /** The wire's last result: refreshGraphQL re-reads it after a save. */
    private queryResult?: GraphQLResult<AccountPlansResponse>;

    get variables(): AccountPlanVariables {
        return accountPlanVariables(this.recordId);
    }

    /** The pair whose log-touch form is open. */
    touchCadenceId?: string;

    /** That pair as it is now: its version guards the touch, and it names the Task's contact. */
    private readonly touchedPair = new EditedRecord();

    @wire(getRecord, {
        recordId: '$touchCadenceId',
        fields: [LAST_TOUCH_FIELD, CUSTOMER_EXECUTIVE_FIELD]
    })
    wiredTouchedPair(result: RecordResult): void {
        this.touchedPair.receive(result);
    }

    @wire(graphql, { query: ACCOUNT_PLANS_QUERY, variables: '$variables' })
    wiredPlans(result: GraphQLResult<AccountPlansResponse>): void {
        this.queryResult = result;
        this.queryState = pageState(result);
    }

    get selection(): PlanSelection {
        return selectPlan(
            this.queryState.plans?.records ?? [],
            this.pickedPlanId
        );
    }

    get plan(): PlanView | undefined {
        return this.selection.plan;
    }

    get showOverview(): boolean {
        return !this.hideOverview;
    }

    get showStrategicFit(): boolean {
        return !this.hideStrategicFit;
    }

    get showBuySellHierarchy(): boolean {
        return !this.hideBuySellHierarchy;
    }

    get showSponsors(): boolean {
        return !this.hideSponsors;
    }

    get showReviews(): boolean {
        return !this.hideReviews;
    }

    get showRisks(): boolean {
        return !this.hideRisks;
    }

    get sectionClass(): string {
        // A narrow region stacks the sections whatever the screen size.
        return this.flexipageRegionWidth === SMALL_REGION
            ? 'slds-col slds-size_1-of-1 slds-p-around_x-small'
            : 'slds-col slds-size_1-of-1 slds-medium-size_1-of-2 slds-p-around_x-small';
    }

    handlePlanChange(event: CustomEvent<{ planId: string }>): void {
        this.pickedPlanId = event.detail.planId;
        this.touchErrors = undefined;
    }

    /** Offered on the Account page, which sets `recordId`, once its plans were read. */
    handleCreatePlan(): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__objectPage',
            attributes: {
                objectApiName: PLAN_OBJECT.objectApiName,
                actionName: 'new'
            },
            state: {
                defaultFieldValues: encodeDefaultFieldValues({
                    [PLAN_ACCOUNT_FIELD.fieldApiName]: this.recordId!
                })
            }
        });
    }

    get undoCadenceId(): string | undefined {
        return this.loggedTouch?.cadenceId;
    }

    disconnectedCallback(): void {
        clearTimeout(this.undoTimer);
    }

    /** A log-touch form opened: the pair's version is read while the user fills it in. */
    handleTouchOpen(event: CustomEvent<{ cadenceId: string }>): void {
        this.touchCadenceId = event.detail.cadenceId;
    }

    /**
     * Logs a touch on a sponsor pair: sets Last Touch Date against the pair's
     * version as read when its form opened (`c/containerUtils` EditedRecord)
     * first, so a concurrent edit is refused before anything is written, then
     * records the touch, its date and note, as a completed Task on the pair;
     * then the plan is read again so the formulas (next due, status) show
     * their new values. "Undo" is offered for a few seconds.
     */
    async handleLogTouch(event: CustomEvent<TouchRequest>): Promise<void> {
        const { cadenceId, date, note } = event.detail;
        const cadence = this.findCadence(cadenceId);
        if (!cadence) {
            return;
        }
        // The pair read is the one saved, whichever form opened last.
        this.touchCadenceId = cadenceId;
        let taskId = '';
        let contactId: unknown;
        let version: string | undefined;
        const outcome = await this.saveTouch(
            cadence,
            [
                async () => {
                    const read = await this.touchedPair.readForSave(cadenceId, [
                        [LAST_TOUCH_FIELD, cadence.lastTouchDate]
                    ]);
                    contactId = getFieldValue(read, CUSTOMER_EXECUTIVE_FIELD);
                    const pair = await this.setLastTouch(
                        cadence,
                        date,
                        read.lastModifiedDate
                    );
                    version = pair.lastModifiedDate;
                },
                async () => {
                    const task = await createRecord({
                        apiName: TASK_OBJECT.objectApiName,
                        fields: this.touchTaskFields(
                            cadence,
                            date,
                            note,
                            contactId
                        )
                    });
                    taskId = task.id;
                }
            ],
            TOUCH_FAILED
        );
        if (outcome.saved) {
            this.offerUndo({
                cadenceId,
                taskId,
                previousDate: cadence.lastTouchDate ?? null,
                version
            });
            this.pairList?.closeTouchForm(cadenceId);
            this.toast(TOUCH_LOGGED_TITLE, TOUCH_LOGGED, cadence);
        }
    }

    /**
     * Takes the touch just logged back: restores the previous Last Touch
     * Date, guarded by the pair's LastModifiedDate as the touch left it,
     * then deletes the Task that recorded it.
     */
    async handleUndoTouch(): Promise<void> {
        const touch = this.loggedTouch;
        const cadence = touch && this.findCadence(touch.cadenceId);
        if (!cadence) {
            return;
        }
        this.offerUndo(undefined);
        const outcome = await this.saveTouch(
            cadence,
            [
                () =>
                    this.setLastTouch(
                        cadence,
                        touch.previousDate,
                        touch.version
                    ),
                () => deleteRecord(touch.taskId)
            ],
            UNDO_FAILED
        );
        if (outcome.saved) {
            this.toast(TOUCH_UNDONE_TITLE, TOUCH_UNDONE, cadence);
        }
    }

    /** Creates the review the form describes; the form closes once it is saved. */
    async handleRecordReview(
        event: CustomEvent<Record<string, unknown>>
    ): Promise<void> {
        this.savingReview = true;
        const saved = await this.saveRecord(
            () =>
                createRecord({
                    apiName: REVIEW_OBJECT.objectApiName,
                    fields: {
                        ...event.detail,
                        [REVIEW_PLAN_FIELD.fieldApiName]: this.plan!.id
                    }
                }),
            REVIEW_FAILED
        );
        this.savingReview = false;
        if (saved) {
            (this.refs?.reviews as PlanReviews | undefined)?.closeForm();
        }
    }

    /** A review usually changes the plan: open the plan's edit page. */
    handleEditPlan(): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: {
                recordId: this.plan?.id,
                objectApiName: PLAN_OBJECT.objectApiName,
                actionName: 'edit'
            }
        });
    }

    async handleRaiseRisk(
        event: CustomEvent<Record<string, unknown>>
    ): Promise<void> {
        this.busyRiskId = 'new';
        const saved = await this.saveRecord(
            () =>
                createRecord({
                    apiName: RISK_OBJECT.objectApiName,
                    fields: {
                        ...event.detail,
                        [RISK_PLAN_FIELD.fieldApiName]: this.plan!.id
                    }
                }),
            RISK_FAILED
        );
        this.busyRiskId = undefined;
        if (saved) {
            (this.refs?.risks as PlanRisks | undefined)?.closeForm();
        }
    }

    /** Closes a risk today, guarded by its LastModifiedDate. */
    async handleCloseRisk(
        event: CustomEvent<{ riskId: string }>
    ): Promise<void> {
        const risk = this.plan?.openRisks.records.find(
            (record) => record.id === event.detail.riskId
        );
        if (!risk || this.busyRiskId) {
            return;
        }
        this.busyRiskId = risk.id;
        await this.saveRecord(
            () =>
                updateRecord(
                    {
                        fields: {
                            [RISK_ID_FIELD.fieldApiName]: risk.id,
                            [RISK_STATUS_FIELD.fieldApiName]: 'Closed',
                            [RISK_CLOSED_ON_FIELD.fieldApiName]: toIsoDate(
                                new Date()
                            )
                        }
                    },
                    { ifUnmodifiedSince: risk.lastModifiedDate }
                ),
            RISK_FAILED
        );
        this.busyRiskId = undefined;
    }

    handleRecordErrorDismiss(): void {
        this.recordErrors = undefined;
    }

    /** Saves a review or risk, then reads the plan again; true when it was saved. */
    private async saveRecord(
        write: () => Promise<unknown>,
        failed: string
    ): Promise<boolean> {
        this.recordErrors = undefined;
        this.refreshErrors = undefined;
        const outcome = await saveThenRefresh(
            [write],
            () => refreshGraphQL(this.queryResult!),
            { concurrentEdit: CONCURRENT_EDIT, failed },
            // A refused write shows the other person's change and carries the
            // current LastModifiedDate, so trying again can succeed.
            { refreshOnConflict: true }
        );
        this.recordErrors = outcome.error;
        this.recordErrorTitle = outcome.errorTitle;
        this.refreshErrors = outcome.refreshError;
        return outcome.saved;
    }

    handleTouchErrorDismiss(): void {
        this.touchErrors = undefined;
        this.pairList?.focusPair(this.touchErrorCadenceId!);
    }

    private get pairList(): SponsorPairList | undefined {
        return this.refs?.pairs as SponsorPairList | undefined;
    }

    private findCadence(cadenceId: string): SponsorCadenceView | undefined {
        return this.busyCadenceId
            ? undefined
            : this.plan?.sponsorCadences.records.find(
                  (record) => record.id === cadenceId
              );
    }

    /** Runs the writes of a touch (or its undo) with the pair busy, then shows how it went. */
    private async saveTouch(
        cadence: SponsorCadenceView,
        writes: (() => Promise<unknown>)[],
        failed: string
    ) {
        this.busyCadenceId = cadence.id;
        this.touchErrors = undefined;
        this.refreshErrors = undefined;
        const outcome = await saveThenRefresh(
            writes,
            () => refreshQueryAndRecord(this.queryResult!, cadence.id),
            { concurrentEdit: CONCURRENT_EDIT, failed },
            // A refused write shows the other person's change and reads the
            // pair's version again, so trying again can succeed.
            { refreshOnConflict: true }
        );
        this.busyCadenceId = undefined;
        this.touchErrorCadenceId = cadence.id;
        this.touchErrors = outcome.error;
        this.touchErrorTitle = outcome.errorTitle;
        this.refreshErrors = outcome.refreshError;
        return outcome;
    }

    private setLastTouch(
        cadence: SponsorCadenceView,
        date: string | null,
        version: string | undefined
    ) {
        return updateRecord(
            {
                fields: {
                    [CADENCE_ID_FIELD.fieldApiName]: cadence.id,
                    [LAST_TOUCH_FIELD.fieldApiName]: date
                }
            },
            { ifUnmodifiedSince: version }
        );
    }

    /** Offers "Undo" for the touch for a few seconds; undefined withdraws the offer. */
    private offerUndo(touch: LoggedTouch | undefined): void {
        clearTimeout(this.undoTimer);
        this.loggedTouch = touch;
        if (touch) {
            // The offer expires on its own, as an undo toast does.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.undoTimer = setTimeout(() => {
                this.loggedTouch = undefined;
            }, UNDO_SECONDS * 1000);
        }
    }

    private toast(title: string, message: string, cadence: SponsorCadenceView) {
        this.dispatchEvent(
            new ShowToastEvent({
                title,
                message: formatLabel(
                    message,
                    cadence.executiveSponsorName,
                    cadence.customerExecutiveName,
                    UNDO_SECONDS
                ),
                variant: 'success'
            })
        );
    }

    /** The Task of a touch; `contactId` is the pair's customer executive, as the form read the pair. */
    private touchTaskFields(
        cadence: SponsorCadenceView,
        date: string,
        note: string | undefined,
        contactId: unknown
    ): Record<string, unknown> {
        const fields: Record<string, unknown> = {
            [TASK_SUBJECT_FIELD.fieldApiName]: TOUCH_SUBJECT,
            [TASK_WHAT_FIELD.fieldApiName]: cadence.id,
            [TASK_DATE_FIELD.fieldApiName]: date,
            [TASK_STATUS_FIELD.fieldApiName]: COMPLETED_TASK_STATUS
        };
        if (contactId) {
            fields[TASK_WHO_FIELD.fieldApiName] = contactId;
        }
        if (note) {
            fields[TASK_DESCRIPTION_FIELD.fieldApiName] = note;
        }
        return fields;
    }
}
