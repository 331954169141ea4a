import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PlanView } from 'c/accountPlanQuery';
import { toRedFlags, type RedFlag } from 'c/redFlagModel';
import { toIsoDate } from 'c/dateUtils';
import PLAN_OBJECT from '@salesforce/schema/Strategic_Account_Plan__c';
import TITLE from '@salesforce/label/c.SAP_Flags_Title';

/**
 * The red flags the plan raises, at the top of the plan: each flag with why
 * it fired, as a link to the plan's related list where it is fixed. Renders
 * nothing when the plan raises none.
 */
export default class PlanRedFlags extends NavigationMixin(LightningElement) {
    /** The plan whose flags are shown. */
    @api plan?: PlanView;

    readonly labels = { title: TITLE };

    get flags(): RedFlag[] {
        return this.plan ? toRedFlags(this.plan, toIsoDate(new Date())) : [];
    }

    get hasFlags(): boolean {
        return this.flags.length > 0;
    }

    handleOpen(event: Event): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordRelationshipPage',
            attributes: {
                recordId: this.plan?.id,
                objectApiName: PLAN_OBJECT.objectApiName,
                relationshipApiName: (event.currentTarget as HTMLElement)
                    .dataset.relationship,
                actionName: 'view'
            }
        });
    }
}
