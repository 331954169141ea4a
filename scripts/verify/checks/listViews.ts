/**
 * List view columns and filters name existing fields, or the standard column
 * tokens a custom object's list view accepts (NAME, CREATED_DATE...), and
 * picklist filter values exist.
 */
import type { ObjectModel } from '../../lib/project';
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

/** Why `column` is not a column of the object's list views, or undefined if it is. */
export function listViewColumnError(
    object: ObjectModel,
    column: string
): string | undefined {
    if (column in STANDARD_COLUMNS) {
        const needs = STANDARD_COLUMNS[column];
        return needs && !object.fields.some((field) => field.apiName === needs)
            ? `${column} needs ${needs}, which ${object.apiName} does not have`
            : undefined;
    }
    const field = object.fields.find(
        (candidate) =>
            candidate.custom &&
            candidate.apiName.toLowerCase() === column.toLowerCase()
    );
    return field
        ? undefined
        : `${column} is neither a custom field of ${object.apiName} nor a standard column (${Object.keys(STANDARD_COLUMNS).join(', ')})`;
}

export const listViews: Check = {
    name: 'listViews',
    description:
        'list view columns and filters name existing fields or standard columns',
    run(context) {
        const problems: Problem[] = [];
        for (const object of context.project.objects) {
            for (const view of object.listViews) {
                const file = context.relative(view.file);
                for (const column of view.columns) {
                    const error = listViewColumnError(object, column);
                    if (error)
                        problems.push({
                            file,
                            element: `columns[${column}]`,
                            message: error
                        });
                }
                for (const filter of view.filters) {
                    const element = `filters[${filter.field}]`;
                    const error = listViewColumnError(object, filter.field);
                    if (error) {
                        problems.push({ file, element, message: error });
                        continue;
                    }
                    const values = object.fields.find(
                        (field) => field.apiName === filter.field
                    )?.picklistValues;
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
