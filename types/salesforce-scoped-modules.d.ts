/**
 * Scoped modules the platform resolves at compile time.
 */

/** `import ACCOUNT_FIELD from '@salesforce/schema/Object__c.Field__c'` */
declare module '@salesforce/schema/*' {
    const reference: {
        objectApiName: string;
        fieldApiName: string;
    };
    export default reference;
}

/** `import label from '@salesforce/label/c.Label_Name'` */
declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}
