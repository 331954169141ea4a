import { LightningElement, api } from 'lwc';
import type { RecordPage, SponsorCadenceView } from 'c/accountPlanQuery';
import {
    toSponsorPairs,
    touchDateMessage,
    type SponsorPair
} from 'c/sponsorCadenceModel';
import { toIsoDate } from 'c/dateUtils';
import { PendingFocus, focusElement, type InputChangeEvent } from 'c/formUtils';
import { EMPTY_VALUE, formatLabel, moreRecordsNotice } from 'c/labelFormat';
import CADENCE from '@salesforce/label/c.SAP_Plan_Cadence';
import LAST_TOUCH from '@salesforce/label/c.SAP_Plan_Last_Touch';
import NEXT_DUE from '@salesforce/label/c.SAP_Plan_Next_Due';
import LOG_TOUCH from '@salesforce/label/c.SAP_Plan_Log_Touch';
import NO_SPONSORS from '@salesforce/label/c.SAP_Plan_No_Sponsors';
import MORE_SPONSORS from '@salesforce/label/c.SAP_Plan_More_Sponsors';
import TOUCH_DATE from '@salesforce/label/c.SAP_Plan_Touch_Date';
import TOUCH_NOTE from '@salesforce/label/c.SAP_Plan_Touch_Note';
import TOUCH_AGAIN from '@salesforce/label/c.SAP_Plan_Touch_Again';
import LOG_AGAIN from '@salesforce/label/c.SAP_Plan_Touch_Log_Again';
import CHANGE_DATE from '@salesforce/label/c.SAP_Plan_Touch_Change_Date';
import CANCEL from '@salesforce/label/c.SAP_Plan_Cancel';
import PAUSED from '@salesforce/label/c.SAP_Plan_Touch_Paused';
import UNDO from '@salesforce/label/c.SAP_Plan_Undo';

/** The open log-touch form: one pair at a time. */
interface TouchForm {
    cadenceId: string;
    date?: string;
    note?: string;
    /** The date is the pair's last touch: the user confirms a second touch that day. */
    confirming: boolean;
}

/** A focusable base component (`lightning-button`, `lightning-input`). */
type Focusable = HTMLElement & {
    setCustomValidity(message: string): void;
    reportValidity(): boolean;
};

/**
 * The plan's executive sponsor pairs, overdue first, each with its cadence,
 * last touch, next due date and status badge. An active pair's "Log touch"
 * opens a form in its row (date, default today, and an optional note); a
 * second touch on the day of the last one asks first; a paused pair says why
 * it cannot be logged. Focus follows each step: the date field, the confirm
 * button, then back to the pair's "Log touch".
 * @fires SponsorPairList#touchopen detail: { cadenceId } (a form opened: the container reads the pair's version)
 * @fires SponsorPairList#logtouch detail: { cadenceId, date, note }
 * @fires SponsorPairList#undotouch detail: { cadenceId }
 */
export default class SponsorPairList extends LightningElement {
    /** The plan's sponsor cadences as read. */
    @api cadences?: RecordPage<SponsorCadenceView>;

    readonly labels = {
        cadence: CADENCE,
        lastTouch: LAST_TOUCH,
        nextDue: NEXT_DUE,
        logTouch: LOG_TOUCH,
        noSponsors: NO_SPONSORS,
        touchDate: TOUCH_DATE,
        touchNote: TOUCH_NOTE,
        paused: PAUSED,
        undo: UNDO,
        emptyValue: EMPTY_VALUE
    };

    form?: TouchForm;
    private busyId?: string;
    private undoId?: string;
    private readonly pendingFocus = new PendingFocus();

    /**
     * The pair whose touch is being saved or undone: its controls are
     * disabled. When it is done, focus goes back to the form (a refused
     * save keeps what was typed) or to the pair's "Log touch".
     */
    @api
    get busyCadenceId(): string | undefined {
        return this.busyId;
    }
    set busyCadenceId(cadenceId: string | undefined) {
        if (this.busyId && !cadenceId) {
            this.pendingFocus.request(this.pairFocus(this.busyId));
        }
        this.busyId = cadenceId;
    }

    /** The pair whose touch was just logged: it offers "Undo" until this is cleared. */
    @api
    get undoCadenceId(): string | undefined {
        return this.undoId;
    }
    set undoCadenceId(cadenceId: string | undefined) {
        // An expiring offer does not take the focus with it.
        if (
            this.undoId &&
            this.template?.activeElement?.classList.contains('undo-touch')
        ) {
            this.pendingFocus.request(logTouchButton(this.undoId));
        }
        this.undoId = cadenceId;
    }

    /**
     * Closes the pair's form after its touch was logged; focus returns to
     * its "Log touch".
     * @param cadenceId the pair
     */
    @api
    closeTouchForm(cadenceId: string): void {
        this.form = undefined;
        this.pendingFocus.request(logTouchButton(cadenceId));
    }

    /**
     * Puts focus on the pair's open form, else on its "Log touch": where the
     * user goes on after dismissing an error about the pair.
     * @param cadenceId the pair
     */
    @api
    focusPair(cadenceId: string): void {
        focusElement(this.template, this.pairFocus(cadenceId));
    }

    get hasPairs(): boolean {
        return this.pairs.length > 0;
    }

    get pairs(): SponsorPair[] {
        return toSponsorPairs(this.cadences?.records ?? [], {
            busy: this.busyId,
            form: this.form?.cadenceId,
            undo: this.undoId
        });
    }

    get moreNotice(): string | undefined {
        return moreRecordsNotice(MORE_SPONSORS, this.cadences);
    }

    /** The form's buttons: log or cancel; in the confirm step, log again or change the date. */
    get formButtons(): { submit: string; back: string } {
        return this.form?.confirming
            ? { submit: LOG_AGAIN, back: CHANGE_DATE }
            : { submit: LOG_TOUCH, back: CANCEL };
    }

    get touchAgainText(): string {
        return formatLabel(TOUCH_AGAIN, this.formPair?.lastTouchDateLabel);
    }

    private get formPair(): SponsorCadenceView | undefined {
        return this.cadences?.records.find(
            (cadence) => cadence.id === this.form?.cadenceId
        );
    }

    renderedCallback(): void {
        this.pendingFocus.apply(this.template);
    }

    handleOpenForm(event: Event): void {
        const cadenceId = dataId(event);
        this.form = {
            cadenceId,
            date: toIsoDate(new Date()),
            confirming: false
        };
        this.pendingFocus.request('.touch-date');
        this.dispatchEvent(
            new CustomEvent('touchopen', { detail: { cadenceId } })
        );
    }

    /** Cancel closes the form; in the confirm step, "Change date" goes back to the date. */
    handleBack(): void {
        if (this.form!.confirming) {
            this.form = { ...this.form!, confirming: false };
            this.pendingFocus.request('.touch-date');
        } else {
            this.closeTouchForm(this.form!.cadenceId);
        }
    }

    /** Escape cancels, as a dialog would. */
    handleFormKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && !this.busyId) {
            this.closeTouchForm(this.form!.cadenceId);
        }
    }

    handleDateChange(event: InputChangeEvent): void {
        this.form = {
            ...this.form!,
            date: event.detail.value,
            confirming: false
        };
        this.checkDate();
    }

    handleNoteChange(event: InputChangeEvent): void {
        this.form = { ...this.form!, note: event.detail.value };
    }

    handleSave(): void {
        const form = this.form!;
        if (!this.checkDate()) {
            this.pendingFocus.request('.touch-date');
        } else if (
            !form.confirming &&
            form.date === this.formPair?.lastTouchDate
        ) {
            this.form = { ...form, confirming: true };
            this.pendingFocus.request('.touch-submit');
        } else {
            this.dispatchEvent(
                new CustomEvent('logtouch', {
                    detail: {
                        cadenceId: form.cadenceId,
                        date: form.date,
                        note: form.note?.trim() || undefined
                    }
                })
            );
        }
    }

    handleUndo(event: Event): void {
        this.dispatchEvent(
            new CustomEvent('undotouch', {
                detail: { cadenceId: dataId(event) }
            })
        );
    }

    private pairFocus(cadenceId: string): string {
        return this.form?.cadenceId === cadenceId
            ? '.touch-submit'
            : logTouchButton(cadenceId);
    }

    /** Shows the date's message at the field; true when the date may be logged. */
    private checkDate(): boolean {
        const input = this.template?.querySelector<Focusable>('.touch-date');
        const message = touchDateMessage(
            this.form!.date,
            this.formPair!,
            toIsoDate(new Date())
        );
        input?.setCustomValidity(message);
        input?.reportValidity();
        return !message;
    }
}

function dataId(event: Event): string {
    return (event.currentTarget as HTMLElement).dataset.id!;
}

function logTouchButton(cadenceId: string): string {
    return `.log-touch[data-id="${cadenceId}"]`;
}
