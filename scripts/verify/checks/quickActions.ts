/**
 * Quick actions: the object an action belongs to and its target object exist,
 * the target's parent field looks up that object, and every field the action
 * shows or presets is a field of the target that a user can set.
 */
import path from 'node:path';
import { childText, childrenNamed } from '../../lib/xml';
import {
    fieldProblem,
    nameProblem,
    objectProblem,
    type NameProblem
} from '../fieldPaths';
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
            const judged = (
                element: string,
                found: NameProblem | undefined
            ) => {
                if (found)
                    problems.push(
                        nameProblem(context.relative(file), element, found)
                    );
                return found;
            };
            const name = path.basename(file, '.quickAction-meta.xml');
            // Object-specific actions are named Object.Action; global actions have no object.
            const parentObject = name.includes('.')
                ? name.split('.')[0]
                : undefined;
            if (parentObject)
                judged('fullName', objectProblem(project, parentObject));
            const targetObject = childText(action, 'targetObject');
            if (
                !targetObject ||
                judged('<targetObject>', objectProblem(project, targetObject))
            )
                continue;
            const parentField = childText(action, 'targetParentField');
            if (
                parentField &&
                !judged(
                    '<targetParentField>',
                    fieldProblem(project, targetObject, parentField)
                )
            ) {
                const field = project.getField(targetObject, parentField)!;
                const targets = field.referenceTo ?? [];
                if (parentObject && !targets.includes(parentObject)) {
                    const error = `${targetObject}.${parentField} does not look up ${parentObject}`;
                    // A standard polymorphic lookup (a task's What) reaches
                    // more objects than the catalogue lists.
                    judged(
                        '<targetParentField>',
                        !field.custom && targets.length > 1
                            ? { error, kind: 'unchecked' }
                            : { error }
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
                if (
                    !fieldName ||
                    judged(
                        `${element}[${fieldName}]`,
                        fieldProblem(project, targetObject, fieldName)
                    )
                )
                    continue;
                const field = project.getField(targetObject, fieldName)!;
                if (field.calculated)
                    problem(
                        `${element}[${fieldName}]`,
                        `${targetObject}.${fieldName} is computed (formula, roll-up, auto number or system field): a user cannot set it`
                    );
            }
        }
        return problems;
    }
};
