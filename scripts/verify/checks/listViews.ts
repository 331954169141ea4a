/**
 * List view columns and filters name existing fields, or the standard column
 * tokens a list view accepts (NAME, CREATED_DATE... on custom objects;
 * FULL_NAME, ACCOUNT.NAME... on standard ones), and picklist filter values
 * exist.
 *
 * Metadata API, "ListView": columns and filter fields name a field of the
 * object, or a standard column
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_listview.htm).
 * The page lists no tokens; the ones below are those Setup writes when a list
 * view is retrieved. A standard object's token that is not in the table is
 * unchecked, not wrong.
 */
import {
    picklistValueNames,
    type ObjectModel,
    type ProjectModel
} from '../../lib/project';
import { fieldProblem, nameProblem, type NameProblem } from '../fieldPaths';
import type { Check, Problem } from '../types';

/** Standard column tokens of custom objects and the model field each needs (if any). */
const STANDARD_COLUMNS: Record<string, string | undefined> = {
    NAME: undefined,
    CREATED_DATE: undefined,
    CREATEDBY_USER: undefined,
    'CREATEDBY_USER.ALIAS': undefined,
    LAST_UPDATE: undefined,
    UPDATEDBY_USER: undefined,
    'UPDATEDBY_USER.ALIAS': undefined,
    LAST_ACTIVITY: 'LastActivityDate',
    'OWNER.ALIAS': 'OwnerId',
    'OWNER.FIRST_NAME': 'OwnerId',
    'OWNER.LAST_NAME': 'OwnerId'
};

/** Column tokens of standard objects that Setup writes (prefixed by the object's table name). */
const STANDARD_OBJECT_COLUMNS: Record<string, string[]> = {
    Account: [
        'ACCOUNT.NAME',
        'ACCOUNT.SITE',
        'ACCOUNT.TYPE',
        'ACCOUNT.PHONE1',
        'ACCOUNT.ADDRESS1_STATE',
        'ACCOUNT.ADDRESS1_CITY',
        'ACCOUNT.CREATED_DATE',
        'ACCOUNT.LAST_UPDATE',
        'ACCOUNT.LAST_ACTIVITY',
        'CORE.USERS.ALIAS'
    ],
    Contact: [
        'FULL_NAME',
        'ACCOUNT.NAME',
        'CONTACT.TITLE',
        'CONTACT.PHONE1',
        'CONTACT.EMAIL',
        'CONTACT.BIRTHDATE',
        'CONTACT.CREATED_DATE',
        'CONTACT.LAST_UPDATE',
        'CONTACT.LAST_ACTIVITY',
        'CORE.USERS.ALIAS'
    ],
    Lead: [
        'FULL_NAME',
        'LEAD.COMPANY',
        'LEAD.STATE',
        'LEAD.EMAIL',
        'LEAD.STATUS',
        'LEAD.CREATED_DATE',
        'LEAD.UNREAD',
        'CORE.USERS.ALIAS'
    ],
    Case: [
        'CASES.CASE_NUMBER',
        'NAME',
        'CASES.SUBJECT',
        'CASES.STATUS',
        'CASES.PRIORITY',
        'CASES.CREATED_DATE_DATE_ONLY',
        'CORE.USERS.ALIAS'
    ],
    Opportunity: [
        'OPPORTUNITY.NAME',
        'ACCOUNT.NAME',
        'OPPORTUNITY.AMOUNT',
        'OPPORTUNITY.CLOSE_DATE',
        'OPPORTUNITY.STAGE_NAME',
        'CORE.USERS.ALIAS'
    ]
};

/** Setup's column tokens are upper case (`ACCOUNT.NAME`); field API names are not. */
const TOKEN = /^[A-Z0-9_]+(\.[A-Z0-9_]+)*$/;

/** Why `column` is not a column of the object's list views (or related lists), or undefined if it is. */
export function listViewColumnProblem(
    project: ProjectModel,
    object: ObjectModel,
    column: string
): NameProblem | undefined {
    if (column in STANDARD_COLUMNS) {
        const needs = STANDARD_COLUMNS[column];
        return needs && !object.fields.some((field) => field.apiName === needs)
            ? {
                  error: `${column} needs ${needs}, which ${object.apiName} does not have`
              }
            : undefined;
    }
    if (!object.custom) {
        if (STANDARD_OBJECT_COLUMNS[object.apiName]?.includes(column))
            return undefined;
        return TOKEN.test(column)
            ? {
                  error: `${column} is not a column token of ${object.apiName} in the offline catalogue`,
                  kind: 'unchecked'
              }
            : fieldProblem(project, object.apiName, column);
    }
    // A related list may show a column of a parent the child looks up:
    // `Session__c.Experience__c`, `Contact.NAME`.
    const [prefix, ...rest] = column.split('.');
    const parent = object.fields
        .flatMap((field) => field.referenceTo ?? [])
        .find((name) => name.toLowerCase() === prefix.toLowerCase());
    if (rest.length > 0 && parent && project.getObject(parent))
        return listViewColumnProblem(
            project,
            project.getObject(parent)!,
            rest.join('.')
        );
    // Custom fields by name; a custom metadata type's own (MasterLabel,
    // DeveloperName) too, as its layouts list them.
    const field = object.fields.find(
        (candidate) =>
            (candidate.custom || /__mdt$/i.test(object.apiName)) &&
            candidate.apiName.toLowerCase() === column.toLowerCase()
    );
    return field
        ? undefined
        : {
              error: `${column} is neither a custom field of ${object.apiName} nor a standard column (${Object.keys(STANDARD_COLUMNS).join(', ')})`
          };
}

export const listViews: Check = {
    name: 'listViews',
    description:
        'list view columns and filters name existing fields or standard columns',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        for (const object of project.objects) {
            for (const view of object.listViews) {
                const file = context.relative(view.file);
                for (const column of view.columns) {
                    const problem = listViewColumnProblem(
                        project,
                        object,
                        column
                    );
                    if (problem)
                        problems.push(
                            nameProblem(file, `columns[${column}]`, problem)
                        );
                }
                for (const filter of view.filters) {
                    const element = `filters[${filter.field}]`;
                    const problem = listViewColumnProblem(
                        project,
                        object,
                        filter.field
                    );
                    if (problem) {
                        problems.push(nameProblem(file, element, problem));
                        continue;
                    }
                    const field = object.fields.find(
                        (candidate) => candidate.apiName === filter.field
                    );
                    const values = field && picklistValueNames(field);
                    const unknown =
                        values && filter.value
                            ? filter.value
                                  .split(',')
                                  .filter(
                                      (value) => !values.includes(value.trim())
                                  )
                            : [];
                    if (unknown.length)
                        problems.push({
                            file,
                            element,
                            message: `${unknown.join(', ')} is not a value of the picklist ${filter.field}`
                        });
                }
            }
        }
        return problems;
    }
};
