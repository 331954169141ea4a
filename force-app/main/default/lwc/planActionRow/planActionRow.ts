import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import { PendingFocus } from 'c/formUtils';
import type { ActionRow } from 'c/objectiveModel';
import OVERDUE from '@salesforce/label/c.SAP_Objectives_Overdue';
import COMPLETE from '@salesforce/label/c.SAP_Objectives_Complete';
import COMPLETE_ACTION from '@salesforce/label/c.SAP_Objectives_Complete_Action';
import REDATE from '@salesforce/label/c.SAP_Objectives_Redate';
import REDATE_ACTION from '@salesforce/label/c.SAP_Objectives_Redate_Action';
import NEW_DUE_DATE from '@salesforce/label/c.SAP_Objectives_New_Due_Date';
import SAVE from '@salesforce/label/c.SAP_Objectives_Save';
import CANCEL from '@salesforce/label/c.SAP_Objectives_Cancel';

/**
 * One action: name, owner side and owners, due date, status and an Overdue
 * badge (the formula's). An open action can be completed or re-dated in
 * place; the container saves and tells the row whether it is editing,
 * saving or failed.
 * @fires PlanActionRow#actioncomplete detail: { actionId }
 * @fires PlanActionRow#redateedit     detail: { actionId }
 * @fires PlanActionRow#redatecancel   detail: { actionId }
 * @fires PlanActionRow#redatesave     detail: { actionId, dueDate }
 */
export default class PlanActionRow extends LightningElement {
    /** The action, from `c/objectiveModel`'s groupObjectives(). */
    @api action?: ActionRow;
    /** Whether the due date editor is open. */
    @api editing = false;
    /** Whether a save of this action is in flight. */
    @api saving = false;
    /** The last save's error (any shape `reduceErrors` reads). */
    @api saveError?: unknown;
    /** The heading of the save error: what happened and what to do. */
    @api saveErrorTitle?: string;

    /** The date picked in the editor; kept when a save fails. */
    draftDueDate?: string;

    /** Set by Change due date: the editor takes focus once it is rendered. */
    private readonly editorFocus = new PendingFocus();

    labels = {
        overdue: OVERDUE,
        complete: COMPLETE,
        redate: REDATE,
        newDueDate: NEW_DUE_DATE,
        save: SAVE,
        cancel: CANCEL
    };

    get completeLabel(): string {
        return formatLabel(COMPLETE_ACTION, this.action?.name);
    }

    get redateLabel(): string {
        return formatLabel(REDATE_ACTION, this.action?.name);
    }

    get hasSaveError(): boolean {
        return this.saveError !== undefined && this.saveError !== null;
    }

    get editorValue(): string | undefined {
        return this.draftDueDate ?? this.action?.dueDate;
    }

    renderedCallback(): void {
        if (this.editing) this.editorFocus.apply(this.template);
    }

    handleComplete(): void {
        this.notify('actioncomplete');
    }

    handleEdit(): void {
        this.draftDueDate = undefined;
        this.editorFocus.request('lightning-input');
        this.notify('redateedit');
    }

    handleDateChange(event: Event): void {
        this.draftDueDate = (event.target as HTMLInputElement).value;
    }

    /** Escape cancels, as in a list view's inline edit. */
    handleEditorKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') this.handleCancel();
    }

    handleCancel(): void {
        this.draftDueDate = undefined;
        this.notify('redatecancel');
    }

    handleSave(): void {
        const input =
            this.template?.querySelector<HTMLInputElement>('lightning-input');
        // lightning-input shows its own message for a missing or invalid date.
        if (input?.reportValidity() === false) return;
        this.notify('redatesave', { dueDate: this.editorValue });
    }

    private notify(type: string, detail: Record<string, unknown> = {}): void {
        this.dispatchEvent(
            new CustomEvent(type, {
                detail: { actionId: this.action?.id, ...detail }
            })
        );
    }
}
