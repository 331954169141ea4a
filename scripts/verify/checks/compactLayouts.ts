/** Compact layouts name existing fields, and an object's assigned compact layout exists. */
import { fieldProblem, nameProblem } from '../fieldPaths';
import type { Check, Problem } from '../types';

export const compactLayouts: Check = {
    name: 'compactLayouts',
    description:
        'compact layouts name existing fields; the assigned one exists',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        for (const object of project.objects) {
            for (const layout of object.compactLayouts) {
                for (const field of layout.fields) {
                    const problem = fieldProblem(
                        project,
                        object.apiName,
                        field
                    );
                    if (problem)
                        problems.push(
                            nameProblem(
                                context.relative(layout.file),
                                `fields[${field}]`,
                                problem
                            )
                        );
                }
            }
            const assigned = object.compactLayoutAssignment;
            if (
                object.file &&
                assigned &&
                assigned !== 'SYSTEM' &&
                !object.compactLayouts.some(
                    (layout) => layout.name === assigned
                )
            ) {
                problems.push({
                    file: context.relative(object.file),
                    element: '<compactLayoutAssignment>',
                    message: `${object.apiName} has no compact layout ${assigned}`
                });
            }
        }
        return problems;
    }
};
