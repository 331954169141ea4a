/**
 * Field definitions an org refuses: a lookup or master-detail to an object that
 * does not exist or without a relationship name, two relationships into the
 * same parent under one child relationship name, a lookup filter naming a
 * field that does not exist. A standard field's file
 * (`objects/Contact/fields/AccountId.field-meta.xml`) only tunes a field
 * Salesforce defines, and carries neither (Metadata API, "CustomField":
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm).
 */
import type { ProjectModel } from '../../lib/project';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import { nameProblem, objectProblem, resolveFieldPath } from '../fieldPaths';
import type { Check, Problem } from '../types';

/** A field that the project defines: `Name__c` (a standard field's name has no suffix). */
const isCustomField = (apiName: string) => /__c$/i.test(apiName);

/**
 * The fields a lookup filter names: each filter item's `field` is a path on
 * the lookup's target object (`Plan_Objective__c.Strategic_Account_Plan__c`),
 * its `valueField` may name the record being edited as `$Source.Field__c`
 * (Metadata API, "LookupFilter" and "FilterItem" in CustomField, above;
 * Salesforce Help, "Lookup Filters":
 * https://help.salesforce.com/s/articleView?id=platform.fields_lookup_filters.htm).
 * Other merge fields ($User, $Profile...) are not modelled.
 */
function lookupFilterProblems(
    project: ProjectModel,
    xml: XmlElement | undefined,
    source: string,
    target: string | undefined
): { element: string; problem: ReturnType<typeof objectProblem> }[] {
    const filter = xml && childrenNamed(xml, 'lookupFilter')[0];
    if (!filter) return [];
    const found = [];
    for (const item of childrenNamed(filter, 'filterItems')) {
        const element = `lookupFilter.filterItems[${childText(item, 'field')}]`;
        const [object, ...path] = (childText(item, 'field') ?? '').split('.');
        if (target && object.toLowerCase() !== target.toLowerCase())
            found.push({
                element,
                problem: {
                    error: `a filter item names fields of ${target}, the lookup's target, not ${object}`
                }
            });
        else {
            const result = resolveFieldPath(project, object, path.join('.'));
            if (result.error) found.push({ element, problem: result });
        }
        const [merge, ...sourcePath] = (
            childText(item, 'valueField') ?? ''
        ).split('.');
        if (merge === '$Source') {
            const result = resolveFieldPath(
                project,
                source,
                sourcePath.join('.')
            );
            if (result.error) found.push({ element, problem: result });
        }
    }
    return found;
}

export const fields: Check = {
    name: 'fields',
    description:
        'relationship fields point at existing objects under unique child relationship names, and their lookup filters at existing fields',
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
                    for (const { element, problem } of lookupFilterProblems(
                        project,
                        context.xml(field.file),
                        object.apiName,
                        field.referenceTo?.[0]
                    ))
                        if (problem)
                            problems.push(nameProblem(file, element, problem));
                }
            }
        }
        return problems;
    }
};
