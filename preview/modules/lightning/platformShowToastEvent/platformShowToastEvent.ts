/**
 * Stand-in for `lightning/platformShowToastEvent`: the same bubbling, composed
 * `lightning__showtoast` event; the preview shell listens for it and shows the
 * toast as Lightning Experience would.
 */

/** What a toast says. */
export interface ToastDetail {
    title?: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

/** The event a component dispatches to show a toast. */
export class ShowToastEvent extends CustomEvent<ToastDetail> {
    constructor(toast: ToastDetail) {
        super('lightning__showtoast', {
            composed: true,
            cancelable: true,
            bubbles: true,
            detail: toast
        });
    }
}
