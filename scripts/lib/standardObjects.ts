/**
 * The standard objects and fields that the package refers to. Salesforce
 * defines them, so they are not in `force-app`; this catalogue lets the
 * verification, the GraphQL schema and the preview treat them like the custom
 * ones. Add a field here only when the package really uses it.
 */
import type { FieldType } from './project';

export interface StandardField {
    apiName: string;
    label: string;
    type: FieldType;
    referenceTo?: string[];
    relationshipName?: string;
}

const id = (label: string): StandardField => ({ apiName: 'Id', label, type: 'Id' });
const audit: StandardField[] = [
    { apiName: 'CreatedDate', label: 'Created Date', type: 'DateTime' },
    { apiName: 'CreatedById', label: 'Created By', type: 'Lookup', referenceTo: ['User'], relationshipName: 'CreatedBy' },
    { apiName: 'LastModifiedDate', label: 'Last Modified Date', type: 'DateTime' },
    { apiName: 'LastModifiedById', label: 'Last Modified By', type: 'Lookup', referenceTo: ['User'], relationshipName: 'LastModifiedBy' },
    { apiName: 'SystemModstamp', label: 'System Modstamp', type: 'DateTime' }
];
const owner: StandardField = { apiName: 'OwnerId', label: 'Owner', type: 'Lookup', referenceTo: ['User'], relationshipName: 'Owner' };

/** Fields every custom object has besides its own. */
export const CUSTOM_OBJECT_SYSTEM_FIELDS: StandardField[] = [
    id('Record ID'),
    { apiName: 'Name', label: 'Name', type: 'Text' },
    ...audit,
    { apiName: 'LastViewedDate', label: 'Last Viewed Date', type: 'DateTime' },
    { apiName: 'LastReferencedDate', label: 'Last Referenced Date', type: 'DateTime' },
    { apiName: 'IsDeleted', label: 'Deleted', type: 'Checkbox' }
];

/** Extra system field of custom objects that allow activities. */
export const LAST_ACTIVITY_DATE: StandardField = { apiName: 'LastActivityDate', label: 'Last Activity', type: 'Date' };

export const STANDARD_OBJECTS: Record<string, { label: string; pluralLabel: string; fields: StandardField[] }> = {
    Account: {
        label: 'Account',
        pluralLabel: 'Accounts',
        fields: [
            id('Account ID'),
            { apiName: 'Name', label: 'Account Name', type: 'Text' },
            { apiName: 'Type', label: 'Account Type', type: 'Picklist' },
            { apiName: 'Industry', label: 'Industry', type: 'Picklist' },
            { apiName: 'AnnualRevenue', label: 'Annual Revenue', type: 'Currency' },
            { apiName: 'NumberOfEmployees', label: 'Employees', type: 'Number' },
            { apiName: 'Website', label: 'Website', type: 'Url' },
            { apiName: 'Phone', label: 'Phone', type: 'Phone' },
            { apiName: 'BillingCity', label: 'Billing City', type: 'Text' },
            { apiName: 'BillingCountry', label: 'Billing Country', type: 'Text' },
            owner,
            ...audit
        ]
    },
    Contact: {
        label: 'Contact',
        pluralLabel: 'Contacts',
        fields: [
            id('Contact ID'),
            { apiName: 'Name', label: 'Full Name', type: 'Text' },
            { apiName: 'FirstName', label: 'First Name', type: 'Text' },
            { apiName: 'LastName', label: 'Last Name', type: 'Text' },
            { apiName: 'Title', label: 'Title', type: 'Text' },
            { apiName: 'Email', label: 'Email', type: 'Email' },
            { apiName: 'Phone', label: 'Business Phone', type: 'Phone' },
            { apiName: 'AccountId', label: 'Account', type: 'Lookup', referenceTo: ['Account'], relationshipName: 'Account' },
            owner,
            ...audit
        ]
    },
    User: {
        label: 'User',
        pluralLabel: 'Users',
        fields: [
            id('User ID'),
            { apiName: 'Name', label: 'Full Name', type: 'Text' },
            { apiName: 'FirstName', label: 'First Name', type: 'Text' },
            { apiName: 'LastName', label: 'Last Name', type: 'Text' },
            { apiName: 'Title', label: 'Title', type: 'Text' },
            { apiName: 'Email', label: 'Email', type: 'Email' },
            { apiName: 'Username', label: 'Username', type: 'Text' },
            { apiName: 'Alias', label: 'Alias', type: 'Text' },
            { apiName: 'IsActive', label: 'Active', type: 'Checkbox' },
            ...audit
        ]
    },
    Task: {
        label: 'Task',
        pluralLabel: 'Tasks',
        fields: [
            id('Activity ID'),
            { apiName: 'Subject', label: 'Subject', type: 'Text' },
            { apiName: 'Description', label: 'Comments', type: 'LongTextArea' },
            { apiName: 'ActivityDate', label: 'Due Date Only', type: 'Date' },
            { apiName: 'Status', label: 'Status', type: 'Picklist' },
            { apiName: 'Priority', label: 'Priority', type: 'Picklist' },
            { apiName: 'Type', label: 'Type', type: 'Picklist' },
            { apiName: 'TaskSubtype', label: 'Task Subtype', type: 'Picklist' },
            { apiName: 'WhatId', label: 'Related To', type: 'Lookup', referenceTo: ['Account', 'Executive_Sponsor_Cadence__c', 'Strategic_Account_Plan__c'], relationshipName: 'What' },
            { apiName: 'WhoId', label: 'Name', type: 'Lookup', referenceTo: ['Contact'], relationshipName: 'Who' },
            owner,
            ...audit
        ]
    }
};
