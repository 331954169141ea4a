/**
 * Field definitions an org refuses: a lookup or master-detail to an object that
 * does not exist or without a relationship name, two relationships into the
 * same parent under one child relationship name.
 */
import type { Check, Problem } from '../types';

export const fields: Check = {
    name: 'fields',
    description:
        'relationship fields point at existing objects under unique child relationship names',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        const childRelationshipNames = new Map<string, string>();
        for (const object of project.objects) {
            for (const field of object.fields) {
                if (!field.file) continue;
                const file = context.relative(field.file);
                if (field.type === 'Lookup' || field.type === 'MasterDetail') {
                    for (const target of field.referenceTo ?? []) {
                        if (!project.getObject(target))
                            problems.push({
                                file,
                                element: '<referenceTo>',
                                message: `there is no object ${target}`
                            });
                    }
                    if (!field.referenceTo)
                        problems.push({
                            file,
                            element: '<referenceTo>',
                            message: `a ${field.type} field needs referenceTo`
                        });
                    if (!field.relationshipName) {
                        problems.push({
                            file,
                            element: '<relationshipName>',
                            message: `a ${field.type} field needs a relationship name`
                        });
                    }
                    for (const target of field.referenceTo ?? []) {
                        const key =
                            `${target}.${field.relationshipName}`.toLowerCase();
                        const taken = childRelationshipNames.get(key);
                        if (field.relationshipName && taken) {
                            problems.push({
                                file,
                                element: '<relationshipName>',
                                message: `${target} already has the child relationship ${field.relationshipName}__r (${taken})`
                            });
                        }
                        childRelationshipNames.set(
                            key,
                            `${object.apiName}.${field.apiName}`
                        );
                    }
                }
            }
        }
        return problems;
    }
};
