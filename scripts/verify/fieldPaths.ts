/**
 * Resolves the field references that formulas, components and queries write:
 * `Field__c`, `Lookup__r.Field__c`, `Owner.Name`, `Plan__r.Account__r.Name`.
 */
import type { FieldModel, ProjectModel } from '../lib/project';

export type FieldPathResult =
    | { field: FieldModel; error?: undefined }
    | { field?: undefined; error: string };

/** Follows each relationship of a dotted path from `objectApiName` to the field at its end. */
export function resolveFieldPath(
    project: ProjectModel,
    objectApiName: string,
    fieldPath: string
): FieldPathResult {
    if (!project.getObject(objectApiName))
        return { error: `there is no object ${objectApiName}` };
    const segments = fieldPath.split('.');
    let objectName = objectApiName;
    for (const relationship of segments.slice(0, -1)) {
        const lookup = project.getRelationshipField(objectName, relationship);
        if (!lookup)
            return {
                error: `${objectName} has no relationship ${relationship}`
            };
        const parents = (lookup.referenceTo ?? []).filter((name) =>
            project.getObject(name)
        );
        if (parents.length !== 1) {
            return {
                error: `${objectName}.${relationship} leads to ${lookup.referenceTo?.join(' or ')}, which cannot be followed here`
            };
        }
        objectName = project.getObject(parents[0])!.apiName;
    }
    const name = segments[segments.length - 1];
    const field = project.getField(objectName, name);
    return field ? { field } : { error: `${objectName} has no field ${name}` };
}
