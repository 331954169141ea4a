import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import { formatLabel } from 'c/labelFormat';
import ERROR_TITLE from '@salesforce/label/c.SAP_Shared_Error_Title';
import DISMISS from '@salesforce/label/c.SAP_Shared_Dismiss_Error';

/**
 * The one place where wire and record-write errors reach the user: a heading
 * and the reduced error messages, announced to assistive technology. A
 * dismissible panel has a close button; the parent hides the panel on
 * `dismiss` and moves focus to what the user works on next.
 * @fires ErrorPanel#dismiss
 */
export default class ErrorPanel extends LightningElement {
    /** One error or an array of errors, in any shape `reduceErrors` reads. */
    @api errors: unknown;

    /** The heading; a general "could not be loaded or saved" by default. */
    @api friendlyMessage: string = ERROR_TITLE;

    /** Whether the panel has a close button. */
    @api dismissible = false;

    get messages(): { key: string; text: string }[] {
        return reduceErrors(this.errors).map((text, index) => ({
            key: `${index}`,
            text
        }));
    }

    /** "Dismiss: <heading>", so two panels on a page have different close buttons. */
    get dismissLabel(): string {
        return formatLabel(DISMISS, this.friendlyMessage);
    }

    handleDismiss(): void {
        this.dispatchEvent(new CustomEvent('dismiss'));
    }
}
