import { LightningElement, api } from 'lwc';
import { EMPTY_VALUE, formatLabel } from 'c/labelFormat';
import type { MetricRow } from 'c/scorecardModel';
import BASELINE from '@salesforce/label/c.SAP_Scorecard_Baseline';
import ACTUAL from '@salesforce/label/c.SAP_Scorecard_Actual';
import TARGET from '@salesforce/label/c.SAP_Scorecard_Target';
import EDIT_ACTUAL from '@salesforce/label/c.SAP_Scorecard_Edit_Actual';
import SAVE from '@salesforce/label/c.SAP_Scorecard_Save';
import CANCEL from '@salesforce/label/c.SAP_Scorecard_Cancel';
import SUPPLIER_OWNER from '@salesforce/label/c.SAP_Scorecard_Supplier_Owner';
import CUSTOMER_OWNER from '@salesforce/label/c.SAP_Scorecard_Customer_Owner';
import SHARED_WITH_CUSTOMER from '@salesforce/label/c.SAP_Scorecard_Shared_With_Customer';

/**
 * One joint metric: name, leading/lagging, baseline → actual → target in the
 * metric's unit, progress, status and owners. The template reads the metric
 * as `c/scorecardModel` made it. Actual can be edited in place; the container
 * saves it and tells the row whether it is editing, saving or failed.
 * @fires JointMetricRow#actualedit  detail: { metricId }
 * @fires JointMetricRow#actualcancel detail: { metricId }
 * @fires JointMetricRow#actualsave  detail: { metricId, actual: number | null }
 */
export default class JointMetricRow extends LightningElement {
    /** The metric to show, from `c/scorecardModel`'s groupMetrics(). */
    @api metric?: MetricRow;
    /** Whether the Actual editor is open. */
    @api editing = false;
    /** Whether a save of this metric is in flight. */
    @api saving = false;
    /** The last save's error (any shape `reduceErrors` reads), shown under the editor. */
    @api saveError?: unknown;
    /** The heading of the save error: what happened and what to do. */
    @api saveErrorTitle?: string;
    /** Whether to show the supplier and customer owners. */
    @api showOwners = false;

    /** The value typed into the editor; kept when a save fails. */
    draftActual: string | undefined;

    /** Set by the edit button: the editor takes focus once it is rendered. */
    private focusEditor = false;

    labels = {
        baseline: BASELINE,
        actual: ACTUAL,
        target: TARGET,
        emptyValue: EMPTY_VALUE,
        save: SAVE,
        cancel: CANCEL,
        supplierOwner: SUPPLIER_OWNER,
        customerOwner: CUSTOMER_OWNER,
        sharedWithCustomer: SHARED_WITH_CUSTOMER
    };

    // A value of 0 is shown, so these cannot be `lwc:if={metric.baseline}`.
    get hasBaseline(): boolean {
        return this.metric?.baseline !== undefined;
    }

    get hasActual(): boolean {
        return this.metric?.actual !== undefined;
    }

    get hasTarget(): boolean {
        return this.metric?.target !== undefined;
    }

    get hasProgress(): boolean {
        return this.metric?.progress !== undefined;
    }

    get editActualLabel(): string {
        return formatLabel(EDIT_ACTUAL, this.metric?.name);
    }

    get hasSaveError(): boolean {
        return this.saveError !== undefined && this.saveError !== null;
    }

    get editorValue(): string | number | undefined {
        return this.draftActual ?? this.metric?.actual;
    }

    renderedCallback(): void {
        if (this.focusEditor && this.editing) {
            this.focusEditor = false;
            this.template
                ?.querySelector<HTMLElement>('lightning-input')
                ?.focus();
        }
    }

    handleEditClick(): void {
        this.draftActual = undefined;
        this.focusEditor = true;
        this.notify('actualedit', { metricId: this.metric?.id });
    }

    /** Enter saves and Escape cancels, as in a list view's inline edit. */
    handleEditorKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Enter') {
            this.handleSaveClick();
        } else if (event.key === 'Escape') {
            this.handleCancelClick();
        }
    }

    handleActualChange(event: Event): void {
        this.draftActual = (event.target as HTMLInputElement).value;
    }

    handleCancelClick(): void {
        this.draftActual = undefined;
        this.notify('actualcancel', { metricId: this.metric?.id });
    }

    handleSaveClick(): void {
        const input =
            this.template?.querySelector<HTMLInputElement>('lightning-input');
        // lightning-input shows its own message for a value it cannot accept.
        if (input?.reportValidity() === false) {
            return;
        }
        const typed = this.draftActual;
        const actual =
            typed === undefined
                ? (this.metric?.actual ?? null)
                : typed === ''
                  ? null
                  : Number(typed);
        this.notify('actualsave', { metricId: this.metric?.id, actual });
    }

    private notify(type: string, detail: Record<string, unknown>): void {
        this.dispatchEvent(new CustomEvent(type, { detail }));
    }
}
