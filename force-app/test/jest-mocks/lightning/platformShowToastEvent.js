/**
 * Project-wide mock of `lightning/platformShowToastEvent`: a real DOM event, so
 * tests can listen for `lightning__showtoast` on the component.
 */
export const ShowToastEventName = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent {
    constructor(toast) {
        super(ShowToastEventName, {
            composed: true,
            cancelable: true,
            bubbles: true,
            detail: toast
        });
    }
}
