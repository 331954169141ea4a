import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { ObjectiveGroup } from 'c/objectiveModel';
import OVERDUE_ACTIONS from '@salesforce/label/c.SAP_Objectives_Overdue_Actions';
import MEASURED_BY from '@salesforce/label/c.SAP_Objectives_Measured_By';
import WITHOUT_OBJECTIVE from '@salesforce/label/c.SAP_Objectives_Without_Objective';

/**
 * One objective: name, status, due date, owners on both sides, the counts of
 * its open and done actions (kept by a flow), an Overdue actions badge (a
 * formula), and the joint metrics that measure it, each opening the metric's
 * record. The container slots the objective's actions and the new-action
 * form in. Without an objective it heads the actions that serve none.
 */
export default class ObjectiveCard extends NavigationMixin(LightningElement) {
    /** The objective and what belongs to it, from `c/objectiveModel`. */
    @api group?: ObjectiveGroup;

    labels = {
        overdueActions: OVERDUE_ACTIONS,
        measuredBy: MEASURED_BY,
        withoutObjective: WITHOUT_OBJECTIVE
    };

    handleMetricClick(event: Event): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: {
                recordId: (event.currentTarget as HTMLElement).dataset.id,
                actionName: 'view'
            }
        });
    }
}
