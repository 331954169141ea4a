import { LightningElement, api } from 'lwc';
import type { PageState } from 'c/containerUtils';
import type { PlanSelection } from 'c/planModel';

/** A container of the card's tests: it fills the `no-plan` slot and the default slot. */
export default class CardWithContent extends LightningElement {
    @api state?: PageState;
    @api selection?: PlanSelection;
}
