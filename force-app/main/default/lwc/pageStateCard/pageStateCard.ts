import { LightningElement, api } from 'lwc';
import { pageState, type PageState } from 'c/containerUtils';
import type { PlanSelection } from 'c/planModel';
import LOADING from '@salesforce/label/c.SAP_Shared_Loading';
import ERROR_TITLE from '@salesforce/label/c.SAP_Shared_Error_Title';
import NO_ACCESS from '@salesforce/label/c.SAP_Shared_No_Access';

/** The words of a container's states; "no access" is the same for all. */
export interface PageStateLabels {
    /** The spinner's alternative text. */
    loading: string;
    /** The heading of the query's error panel. */
    loadError: string;
    /** Shown when the account has no plan, unless the `no-plan` slot is filled. */
    noPlan?: string;
}

/**
 * The card of every container of the Account page: one branch per page
 * state (`pageState` of `c/containerUtils`): a spinner, the query's error
 * panel, "no access", "no plan" (the `no-plan` slot, a sentence by default),
 * or, when there are plans, the plan picker and the container's content
 * (the default slot). The container owns the slotted content and its
 * handlers; the picker's `planchange` is raised again from the card.
 * @fires PageStateCard#planchange
 */
export default class PageStateCard extends LightningElement {
    /** The card's heading. */
    @api cardTitle?: string;
    /** The card's SLDS icon, e.g. `standard:goals`. */
    @api iconName?: string;
    /** The query's latest result, from `pageState`. */
    @api state: PageState = pageState(undefined);
    /** The outcome of `selectPlan` for the state's plans: the picker's value. */
    @api selection?: PlanSelection;
    /** The container's words for its states; the account plan's by default. */
    @api labels: PageStateLabels = { loading: LOADING, loadError: ERROR_TITLE };

    readonly noAccess = NO_ACCESS;

    handlePlanChange(event: CustomEvent<{ planId: string }>): void {
        this.dispatchEvent(
            new CustomEvent('planchange', { detail: event.detail })
        );
    }
}
