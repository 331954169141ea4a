import { LightningElement, api } from 'lwc';
import { PendingFocus } from 'c/formUtils';
import ACTION_NAME from '@salesforce/label/c.SAP_Objectives_Action_Name';
import OWNER_SIDE from '@salesforce/label/c.SAP_Objectives_Owner_Side';
import SIDE_OURS from '@salesforce/label/c.SAP_Objectives_Side_Ours';
import SIDE_CUSTOMERS from '@salesforce/label/c.SAP_Objectives_Side_Customers';
import SIDE_JOINT from '@salesforce/label/c.SAP_Objectives_Side_Joint';
import DUE_DATE from '@salesforce/label/c.SAP_Objectives_New_Due_Date';
import ADD_HELP from '@salesforce/label/c.SAP_Objectives_Add_Help';
import ADD from '@salesforce/label/c.SAP_Objectives_Add_Action';
import CANCEL from '@salesforce/label/c.SAP_Objectives_Cancel';

/** What the form asks for a new action. */
export interface NewAction {
    name: string;
    /** A Plan_Action__c.Owner_Side__c value. */
    ownerSide: string;
    /** ISO date. */
    dueDate: string;
}

/**
 * Adds an action to an objective: its name, who owes it and its due date.
 * The container creates it with the objective's owners; what was typed stays
 * while the save is refused.
 * @fires PlanActionForm#actionadd   detail: NewAction
 * @fires PlanActionForm#actioncancel
 */
export default class PlanActionForm extends LightningElement {
    /** Whether the new action is being saved. */
    @api saving = false;

    labels = {
        name: ACTION_NAME,
        ownerSide: OWNER_SIDE,
        dueDate: DUE_DATE,
        help: ADD_HELP,
        add: ADD,
        cancel: CANCEL
    };

    /** Plan_Action__c.Owner_Side__c values, as the one who owes the action. */
    readonly sideOptions = [
        { value: 'Ours', label: SIDE_OURS },
        { value: "Customer's", label: SIDE_CUSTOMERS },
        { value: 'Joint', label: SIDE_JOINT }
    ];

    ownerSide = 'Ours';

    /** The name takes focus once, when the form opens. */
    private readonly pendingFocus = new PendingFocus('.name');

    renderedCallback(): void {
        this.pendingFocus.apply(this.template);
    }

    handleSideChange(event: CustomEvent<{ value: string }>): void {
        this.ownerSide = event.detail.value;
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('actioncancel'));
    }

    /** Enter in a field adds and Escape cancels, as a form would. */
    handleKeyDown(event: KeyboardEvent): void {
        const inField =
            (event.target as HTMLElement).tagName === 'LIGHTNING-INPUT';
        if (event.key === 'Enter' && inField) this.handleAdd();
        else if (event.key === 'Escape') this.handleCancel();
    }

    handleAdd(): void {
        const inputs = [
            ...this.template!.querySelectorAll<HTMLInputElement>(
                'lightning-input'
            )
        ];
        // Each input shows its own message when it is empty or invalid.
        if (!inputs.every((input) => input.reportValidity())) return;
        const [name, dueDate] = inputs.map((input) => input.value);
        const detail: NewAction = {
            name: name.trim(),
            ownerSide: this.ownerSide,
            dueDate
        };
        this.dispatchEvent(new CustomEvent('actionadd', { detail }));
    }
}
