/**
 * Quick actions: the object an action belongs to and its target object exist,
 * the target's parent field looks up that object, and every field the action
 * shows or presets is a field of the target that a user can set.
 */
import path from 'node:path';
import { childText, childrenNamed } from '../../lib/xml';
import type { Check, Problem } from '../types';

export const quickActions: Check = {
    name: 'quickActions',
    description:
        'quick actions target existing objects and show or preset existing, editable fields',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.quickAction-meta.xml')) {
            const action = context.xml(file);
            if (!action) continue;
            const problem = (element: string, message: string) =>
                problems.push({
                    file: context.relative(file),
                    element,
                    message
                });
            const name = path.basename(file, '.quickAction-meta.xml');
            // Object-specific actions are named Object.Action; global actions have no object.
            const parentObject = name.includes('.')
                ? name.split('.')[0]
                : undefined;
            if (parentObject && !project.getObject(parentObject))
                problem(
                    'fullName',
                    `there is no object ${parentObject} for this action`
                );
            const targetObject = childText(action, 'targetObject');
            if (!targetObject) continue;
            if (!project.getObject(targetObject)) {
                problem('<targetObject>', `there is no object ${targetObject}`);
                continue;
            }
            const parentField = childText(action, 'targetParentField');
            if (parentField) {
                const field = project.getField(targetObject, parentField);
                if (!field)
                    problem(
                        '<targetParentField>',
                        `${targetObject} has no field ${parentField}`
                    );
                else if (
                    parentObject &&
                    !field.referenceTo?.includes(parentObject)
                ) {
                    problem(
                        '<targetParentField>',
                        `${targetObject}.${parentField} does not look up ${parentObject}`
                    );
                }
            }
            const layoutFields = childrenNamed(
                action,
                'quickActionLayout'
            ).flatMap((layout) =>
                childrenNamed(layout, 'quickActionLayoutColumns').flatMap(
                    (column) =>
                        childrenNamed(column, 'quickActionLayoutItems').map(
                            (item) => ({
                                element: 'quickActionLayoutItems',
                                name: childText(item, 'field')
                            })
                        )
                )
            );
            const overrides = childrenNamed(action, 'fieldOverrides').map(
                (override) => ({
                    element: 'fieldOverrides',
                    name: childText(override, 'field')
                })
            );
            for (const { element, name: fieldName } of [
                ...layoutFields,
                ...overrides
            ]) {
                if (!fieldName) continue;
                const field = project.getField(targetObject, fieldName);
                if (!field)
                    problem(
                        `${element}[${fieldName}]`,
                        `${targetObject} has no field ${fieldName}`
                    );
                else if (field.calculated)
                    problem(
                        `${element}[${fieldName}]`,
                        `${targetObject}.${fieldName} is computed (formula, roll-up, auto number or system field): a user cannot set it`
                    );
            }
        }
        return problems;
    }
};
