import { LightningElement, api, wire } from 'lwc';
import {
    getObjectInfo,
    getPicklistValuesByRecordType,
    type ObjectInfoResult,
    type PicklistValuesResult
} from 'lightning/uiObjectInfoApi';
import type { PlanRiskView, RecordPage } from 'c/accountPlanQuery';
import { toRiskItems, type RiskItem } from 'c/riskModel';
import {
    PendingFocus,
    picklistDefault,
    picklistOptions,
    withInputValue,
    type InputChangeEvent,
    type Option
} from 'c/formUtils';
import { moreRecordsNotice } from 'c/labelFormat';
import RISK_OBJECT from '@salesforce/schema/Plan_Risk__c';
import RISK_TYPE_FIELD from '@salesforce/schema/Plan_Risk__c.Risk_Type__c';
import SEVERITY_FIELD from '@salesforce/schema/Plan_Risk__c.Severity__c';
import RAISE_RISK from '@salesforce/label/c.SAP_Risk_Raise';
import RISK_NAME from '@salesforce/label/c.SAP_Risk_Name';
import RISK_TYPE from '@salesforce/label/c.SAP_Risk_Type';
import SEVERITY from '@salesforce/label/c.SAP_Risk_Severity';
import DESCRIPTION from '@salesforce/label/c.SAP_Risk_Description';
import CLOSE_RISK from '@salesforce/label/c.SAP_Risk_Close';
import RAISED_ON from '@salesforce/label/c.SAP_Risk_Raised_On';
import NO_RISKS from '@salesforce/label/c.SAP_Risk_None';
import MORE_RISKS from '@salesforce/label/c.SAP_Risk_More';
import SAVE from '@salesforce/label/c.SAP_Plan_Save';
import CANCEL from '@salesforce/label/c.SAP_Plan_Cancel';

/** What the form holds; the field names are Plan_Risk__c's. */
interface RiskForm {
    Name?: string;
    Risk_Type__c?: string;
    Severity__c?: string;
    Description__c?: string;
}

/**
 * The plan's risks that are not Closed, most severe first, with "Raise risk"
 * (a short form) and "Close risk" on each.
 * @fires PlanRisks#raiserisk detail: the risk's fields
 * @fires PlanRisks#closerisk detail: { riskId }
 */
export default class PlanRisks extends LightningElement {
    @api risks?: RecordPage<PlanRiskView>;
    /** The risk being closed, or `new` while a raised risk is saved. */
    @api busyRiskId?: string;

    readonly labels = {
        raiseRisk: RAISE_RISK,
        riskName: RISK_NAME,
        riskType: RISK_TYPE,
        severity: SEVERITY,
        description: DESCRIPTION,
        closeRisk: CLOSE_RISK,
        raisedOn: RAISED_ON,
        noRisks: NO_RISKS,
        save: SAVE,
        cancel: CANCEL
    };

    @wire(getObjectInfo, { objectApiName: RISK_OBJECT })
    riskInfo?: ObjectInfoResult;

    /** The form's choices: the org's values of Risk Type and Severity. */
    @wire(getPicklistValuesByRecordType, {
        objectApiName: RISK_OBJECT,
        recordTypeId: '$riskInfo.data.defaultRecordTypeId'
    })
    picklists?: PicklistValuesResult;

    get typeOptions(): Option[] {
        return picklistOptions(this.picklists?.data, RISK_TYPE_FIELD);
    }

    get severityOptions(): Option[] {
        return picklistOptions(this.picklists?.data, SEVERITY_FIELD);
    }

    form?: RiskForm;
    private readonly pendingFocus = new PendingFocus();

    get items(): (RiskItem & { busy: boolean })[] {
        return toRiskItems(this.risks?.records ?? []).map((risk) => ({
            ...risk,
            busy: risk.id === this.busyRiskId
        }));
    }

    get hasRisks(): boolean {
        return this.items.length > 0;
    }

    get saving(): boolean {
        return this.busyRiskId === 'new';
    }

    get moreNotice(): string | undefined {
        return moreRecordsNotice(MORE_RISKS, this.risks);
    }

    /** Closes the form after the risk was raised; focus returns to "Raise risk". */
    @api
    closeForm(): void {
        this.form = undefined;
        this.pendingFocus.request('.raise-risk');
    }

    renderedCallback(): void {
        this.pendingFocus.apply(this.template);
    }

    handleOpen(): void {
        this.form = {
            Severity__c: picklistDefault(this.picklists?.data, SEVERITY_FIELD)
        };
        this.pendingFocus.request('.risk-name');
    }

    handleCancel(): void {
        this.closeForm();
    }

    handleChange(event: InputChangeEvent): void {
        this.form = withInputValue(this.form, event);
    }

    handleSave(): void {
        const name = this.template!.querySelector<
            HTMLElement & { reportValidity(): boolean }
        >('.risk-name')!;
        if (!name.reportValidity()) {
            name.focus();
            return;
        }
        this.dispatchEvent(
            new CustomEvent('raiserisk', {
                detail: { ...this.form, Name: this.form!.Name!.trim() }
            })
        );
    }

    handleClose(event: Event): void {
        this.dispatchEvent(
            new CustomEvent('closerisk', {
                detail: {
                    riskId: (event.currentTarget as HTMLElement).dataset.id
                }
            })
        );
    }
}
