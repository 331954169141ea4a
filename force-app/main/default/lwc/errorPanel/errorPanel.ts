import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import ERROR_TITLE from '@salesforce/label/c.SAP_Shared_Error_Title';

/**
 * The one place where wire and record-write errors reach the user: a heading
 * and the reduced error messages, announced to assistive technology.
 */
export default class ErrorPanel extends LightningElement {
    /** One error or an array of errors, in any shape `reduceErrors` reads. */
    @api errors: unknown;

    /** The heading; a general "could not be loaded or saved" by default. */
    @api friendlyMessage: string = ERROR_TITLE;

    get messages(): { key: string; text: string }[] {
        return reduceErrors(this.errors).map((text, index) => ({
            key: `${index}`,
            text
        }));
    }
}
