import { LightningElement, api } from 'lwc';
import type { PlanView } from 'c/accountPlanQuery';
import { CLASSIFICATIONS } from 'c/planModel';
import { EMPTY_VALUE, formatLabel, vocabularyEntry } from 'c/labelFormat';
import FIT_POSITION from '@salesforce/label/c.SAP_Plan_Fit_Position';
import FIT_NOT_SCORED from '@salesforce/label/c.SAP_Plan_Fit_Not_Scored';
import IMPORTANCE_TO_US from '@salesforce/label/c.SAP_Plan_Importance_To_Us';
import IMPORTANCE_TO_CUSTOMER from '@salesforce/label/c.SAP_Plan_Importance_To_Customer';
import SWITCHING_COST from '@salesforce/label/c.SAP_Plan_Switching_Cost';
import DEPENDENCIES from '@salesforce/label/c.SAP_Plan_Dependencies';
import DEPENDENCY_NONE from '@salesforce/label/c.SAP_Plan_Dependency_None';
import CONTRACTUAL from '@salesforce/label/c.SAP_Plan_Dependency_Contractual';
import TECHNOLOGICAL from '@salesforce/label/c.SAP_Plan_Dependency_Technological';
import OPERATIONAL from '@salesforce/label/c.SAP_Plan_Dependency_Operational';
import FINANCIAL from '@salesforce/label/c.SAP_Plan_Dependency_Financial';

/**
 * Plot area of the SVG picture (viewBox units), as the template draws it: the
 * quadrant names sit in the margins above and below it, so the account's dot
 * never covers them, and the dividers at IMPORTANT_FROM (a test holds the
 * template's coordinates to these).
 */
export const PLOT = { left: 24, top: 22, size: 160 };
export const MIN_SCORE = 1;
/** The quadrants' names: the classification vocabulary's labels. */
const QUADRANT_NAMES = Object.fromEntries(
    CLASSIFICATIONS.map((classification) => [
        classification.value,
        classification.label
    ])
);
export const MAX_SCORE = 5;
/**
 * Where a side counts as "important": the threshold the
 * Account_Classification__c formula uses, drawn as the quadrant's dividers.
 * A test holds the two together, since the picture cannot read the formula.
 */
export const IMPORTANT_FROM = 3.5;

function scale(score: number): number {
    const clamped = Math.min(MAX_SCORE, Math.max(MIN_SCORE, score));
    return ((clamped - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * PLOT.size;
}

/**
 * The strategic-fit quadrant: importance to us (horizontal) against
 * importance to the customer (vertical), both formula values, with the
 * account's position, its classification, switching cost and dependencies.
 */
export default class StrategicFitQuadrant extends LightningElement {
    /** The plan whose strategic fit is drawn. */
    @api plan?: PlanView;

    readonly labels = {
        importanceToUs: IMPORTANCE_TO_US,
        importanceToCustomer: IMPORTANCE_TO_CUSTOMER,
        strategic: QUADRANT_NAMES.Strategic,
        major: QUADRANT_NAMES.Major,
        emerging: QUADRANT_NAMES.Emerging,
        transactional: QUADRANT_NAMES.Transactional,
        switchingCost: SWITCHING_COST,
        dependencies: DEPENDENCIES,
        emptyValue: EMPTY_VALUE
    };

    /** The account's position; none until both importances are scored (and readable). */
    get marker(): { x: number; y: number } | undefined {
        const toUs = this.plan?.importanceToUs;
        const toCustomer = this.plan?.importanceToCustomer;
        if (toUs === undefined || toCustomer === undefined) {
            return undefined;
        }
        return {
            x: PLOT.left + scale(toUs),
            y: PLOT.top + PLOT.size - scale(toCustomer)
        };
    }

    /** What the picture shows, in words (also its accessible name). */
    get description(): string {
        if (!this.marker) {
            return FIT_NOT_SCORED;
        }
        return formatLabel(
            FIT_POSITION,
            this.plan?.importanceToUs,
            this.plan?.importanceToCustomer,
            vocabularyEntry(CLASSIFICATIONS, this.plan?.classification)?.label
        );
    }

    /** The checked dependencies; "—" when none is readable. */
    get dependencies(): { key: string; label: string }[] {
        const plan = this.plan;
        const all = [
            {
                key: 'contractual',
                label: CONTRACTUAL,
                value: plan?.contractualDependency
            },
            {
                key: 'technological',
                label: TECHNOLOGICAL,
                value: plan?.technologicalDependency
            },
            {
                key: 'operational',
                label: OPERATIONAL,
                value: plan?.operationalDependency
            },
            {
                key: 'financial',
                label: FINANCIAL,
                value: plan?.financialDependency
            }
        ];
        const checked = all
            .filter((dependency) => dependency.value === true)
            .map(({ key, label }) => ({ key, label }));
        if (checked.length > 0) {
            return checked;
        }
        const anyReadable = all.some(
            (dependency) => dependency.value !== undefined
        );
        return [
            {
                key: 'none',
                label: anyReadable ? DEPENDENCY_NONE : EMPTY_VALUE
            }
        ];
    }
}
