/**
 * Field definitions an org refuses: a lookup or master-detail to an object that
 * does not exist or without a relationship name, two relationships into the
 * same parent under one child relationship name. A standard field's file
 * (`objects/Contact/fields/AccountId.field-meta.xml`) only tunes a field
 * Salesforce defines, and carries neither (Metadata API, "CustomField":
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm).
 */
import { nameProblem, objectProblem } from '../fieldPaths';
import type { Check, Problem } from '../types';

/** A field that the project defines: `Name__c` (a standard field's name has no suffix). */
const isCustomField = (apiName: string) => /__c$/i.test(apiName);

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
                if (!field.file || !isCustomField(field.apiName)) continue;
                const file = context.relative(field.file);
                if (field.type === 'Lookup' || field.type === 'MasterDetail') {
                    for (const target of field.referenceTo ?? []) {
                        const problem = objectProblem(project, target);
                        if (problem)
                            problems.push(
                                nameProblem(file, '<referenceTo>', problem)
                            );
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
