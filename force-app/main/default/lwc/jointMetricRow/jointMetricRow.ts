import { LightningElement, api } from 'lwc';
import { EMPTY_VALUE, formatLabel } from 'c/labelFormat';
import type { MetricRow } from 'c/scorecardModel';
import { checkNumber, type NumberLimits } from 'c/numberFieldUtils';
import BASELINE from '@salesforce/label/c.SAP_Scorecard_Baseline';
import ACTUAL from '@salesforce/label/c.SAP_Scorecard_Actual';
import TARGET from '@salesforce/label/c.SAP_Scorecard_Target';
import EDIT_ACTUAL from '@salesforce/label/c.SAP_Scorecard_Edit_Actual';
import ACTUAL_OF from '@salesforce/label/c.SAP_Scorecard_Actual_Of';
import SAVE from '@salesforce/label/c.SAP_Scorecard_Save';
import SAVE_ACTUAL_OF from '@salesforce/label/c.SAP_Scorecard_Save_Actual_Of';
import CANCEL from '@salesforce/label/c.SAP_Scorecard_Cancel';
import CANCEL_ACTUAL_OF from '@salesforce/label/c.SAP_Scorecard_Cancel_Actual_Of';
import THEIR_ACTUAL from '@salesforce/label/c.SAP_Scorecard_Their_Actual';
import YOUR_ACTUAL from '@salesforce/label/c.SAP_Scorecard_Your_Actual';
import USE_MINE from '@salesforce/label/c.SAP_Scorecard_Use_Mine';
import USE_MINE_OF from '@salesforce/label/c.SAP_Scorecard_Use_Mine_Of';
import KEEP_THEIRS from '@salesforce/label/c.SAP_Scorecard_Keep_Theirs';
import KEEP_THEIRS_OF from '@salesforce/label/c.SAP_Scorecard_Keep_Theirs_Of';
import TOO_LARGE from '@salesforce/label/c.SAP_Scorecard_Number_Too_Large';
import NOT_A_NUMBER from '@salesforce/label/c.SAP_Scorecard_Not_A_Number';
import ROUNDED from '@salesforce/label/c.SAP_Scorecard_Rounded';
import SUPPLIER_OWNER from '@salesforce/label/c.SAP_Scorecard_Supplier_Owner';
import CUSTOMER_OWNER from '@salesforce/label/c.SAP_Scorecard_Customer_Owner';
import SHARED_WITH_CUSTOMER from '@salesforce/label/c.SAP_Scorecard_Shared_With_Customer';

/**
 * One joint metric: name, leading/lagging, baseline → actual → target in the
 * metric's unit, progress, status and owners. The template reads the metric
 * as `c/scorecardModel` made it. Actual can be edited in place: the typed
 * value is checked against the field's precision and scale and rounded to
 * the scale where the user sees it; the container saves it and tells the row
 * whether it is editing, saving, failed or in conflict with someone else's
 * save (then both values are shown, and the typed one is kept). After every
 * action here, focus goes to what comes next: the editor, the conflict, or
 * the edit button once the editor closes.
 * @fires JointMetricRow#actualedit  detail: { metricId }
 * @fires JointMetricRow#actualcancel detail: { metricId } (Cancel, and Keep theirs)
 * @fires JointMetricRow#actualsave  detail: { metricId, actual: number | null } (Save, and Use mine)
 */
export default class JointMetricRow extends LightningElement {
    /** The metric to show, from `c/scorecardModel`'s groupMetrics(). */
    @api metric?: MetricRow;
    /** Whether the Actual editor is open. */
    @api editing = false;
    /** Whether a save of this metric is in flight. */
    @api saving = false;
    /** The heading of the save error: what happened and what to do. */
    @api saveErrorTitle?: string;
    /** Someone else saved the metric after it was read: their value (`metric.actual`, refreshed) is shown beside the typed one. */
    @api conflict = false;
    /** Precision and scale of Actual__c from the field metadata; without them only the server checks the digits. */
    @api actualLimits?: NumberLimits;
    /** Whether to show the supplier and customer owners. */
    @api showOwners = false;

    /** The last save's error (any shape `reduceErrors` reads), shown under the editor until dismissed. */
    @api
    get saveError(): unknown {
        return this.currentSaveError;
    }
    set saveError(value: unknown) {
        this.currentSaveError = value;
        this.errorDismissed = false;
    }

    /** The value typed into the editor (ISO decimal, as lightning-input gives it); kept when a save fails. */
    draftActual: string | undefined;
    /** Said under the editor once the typed value was rounded to the field's scale. */
    roundedNotice?: string;

    private currentSaveError: unknown;
    private errorDismissed = false;
    /** The user acted here: after the next render that is not a save in flight, focus goes to what comes next. */
    private restoreFocus = false;

    labels = {
        baseline: BASELINE,
        actual: ACTUAL,
        target: TARGET,
        emptyValue: EMPTY_VALUE,
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

    /** Accessible names of the edit button and the editor, unique on the page: each names the metric. */
    get names(): Record<string, string> {
        const name = this.metric?.name;
        return {
            edit: formatLabel(EDIT_ACTUAL, name),
            editor: formatLabel(ACTUAL_OF, name)
        };
    }

    /**
     * The editor's two buttons: Save and Cancel, or after a conflict Use mine
     * (saves the typed value) and Keep theirs (drops it). Each accessible name
     * starts with the visible text and names the metric.
     */
    get actions(): Record<string, string> {
        const name = this.metric?.name;
        return this.conflict
            ? {
                  save: USE_MINE,
                  saveName: formatLabel(USE_MINE_OF, name),
                  cancel: KEEP_THEIRS,
                  cancelName: formatLabel(KEEP_THEIRS_OF, name)
              }
            : {
                  save: SAVE,
                  saveName: formatLabel(SAVE_ACTUAL_OF, name),
                  cancel: CANCEL,
                  cancelName: formatLabel(CANCEL_ACTUAL_OF, name)
              };
    }

    get hasSaveError(): boolean {
        return (
            this.currentSaveError !== undefined &&
            this.currentSaveError !== null &&
            !this.conflict &&
            !this.errorDismissed
        );
    }

    get editorValue(): string | number | undefined {
        return this.draftActual ?? this.metric?.actual;
    }

    /** After a conflict: their saved value (the refreshed metric) and the typed one. */
    get conflictValues(): {
        key: string;
        label: string;
        value?: number;
        hasValue: boolean;
    }[] {
        const typed = this.editorValue;
        const yours =
            typed === undefined || typed === '' ? undefined : Number(typed);
        return [
            {
                key: 'their-actual',
                label: THEIR_ACTUAL,
                value: this.metric?.actual
            },
            { key: 'your-actual', label: YOUR_ACTUAL, value: yours }
        ].map((entry) => ({ ...entry, hasValue: entry.value !== undefined }));
    }

    private get editor(): HTMLInputElement | null | undefined {
        return this.template?.querySelector<HTMLInputElement>(
            'lightning-input.actual-input'
        );
    }

    renderedCallback(): void {
        if (this.restoreFocus && !this.saving) {
            this.restoreFocus = false;
            this.focusAction();
        }
    }

    /** Focuses what the user acts on next: the editor, the conflict, or the edit button when the editor is closed. */
    @api
    focusAction(): void {
        const selector = !this.editing
            ? 'lightning-button-icon.edit-actual'
            : this.conflict
              ? '.conflict-title'
              : 'lightning-input.actual-input';
        this.template?.querySelector<HTMLElement>(selector)?.focus();
    }

    handleEditClick(): void {
        this.draftActual = undefined;
        this.roundedNotice = undefined;
        this.restoreFocus = true;
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
        const value = (event.target as HTMLInputElement).value;
        // lightning-input echoes a value set here (the rounded one) in some locales: not a new entry.
        if (value === this.draftActual) return;
        this.draftActual = value;
        this.roundedNotice = undefined;
        this.editor?.setCustomValidity('');
    }

    /** Cancel, and Keep theirs: the typed value is dropped and the editor closes. */
    handleCancelClick(): void {
        this.draftActual = undefined;
        this.roundedNotice = undefined;
        this.restoreFocus = true;
        this.notify('actualcancel', { metricId: this.metric?.id });
    }

    /**
     * Save, and Use mine. A value the field cannot keep gets a message at the
     * input and is not sent; one with more decimals than the field keeps is
     * first rounded in the input, and saved on the next Save.
     */
    handleSaveClick(): void {
        const input = this.editor;
        input?.setCustomValidity('');
        const typed =
            this.draftActual ??
            (this.metric?.actual === undefined
                ? ''
                : String(this.metric.actual));
        const check = checkNumber(typed, this.actualLimits);
        if ('error' in check) {
            input?.setCustomValidity(
                check.error === 'tooLarge' ? TOO_LARGE : NOT_A_NUMBER
            );
            input?.reportValidity();
            input?.focus();
            return;
        }
        // lightning-input shows its own message for a value it cannot read.
        if (input?.reportValidity() === false) {
            return;
        }
        if (check.changed) {
            this.draftActual = check.text;
            this.roundedNotice = ROUNDED;
            input?.focus();
            return;
        }
        this.restoreFocus = true;
        this.notify('actualsave', {
            metricId: this.metric?.id,
            actual: check.value
        });
    }

    handleErrorDismiss(): void {
        this.errorDismissed = true;
        this.restoreFocus = true;
    }

    private notify(type: string, detail: Record<string, unknown>): void {
        this.dispatchEvent(new CustomEvent(type, { detail }));
    }
}
