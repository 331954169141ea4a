/**
 * Resolves the object and field references that metadata, formulas,
 * components and queries write: `Field__c`, `Lookup__r.Field__c`,
 * `Owner.Name`, `Plan__r.Account__r.Name`.
 *
 * A name the project defines, or the standard catalogue lists, resolves. A
 * name an org would refuse (a custom name nobody defines) is an error. A name
 * beyond the offline model (a standard field or object outside the catalogue,
 * a managed package's component, a polymorphic relationship) is `unchecked`:
 * a note, never a failure (see `judgeObject`/`judgeField` in project.ts).
 */
import type { FieldModel, NameJudgement, ProjectModel } from '../lib/project';
import type { Problem } from './types';

/** Why a name does not resolve; `unchecked` when the offline model cannot tell. */
export interface NameProblem {
    error: string;
    kind?: 'unchecked';
}

export type FieldPathResult =
    | { field: FieldModel; error?: undefined; kind?: undefined }
    | ({ field?: undefined } & NameProblem);

/** The problem to report for a name that does not resolve, at `file` and `element`. */
export const nameProblem = (
    file: string,
    element: string,
    { error, kind }: NameProblem
): Problem => ({ file, element, message: error, ...(kind && { kind }) });

const outside = (name: string): NameProblem => ({
    error: `${name} is outside the offline catalogue of standard objects and fields`,
    kind: 'unchecked'
});

function judged(
    judgement: NameJudgement,
    name: string,
    missing: string
): NameProblem | undefined {
    if (judgement === 'known') return undefined;
    return judgement === 'missing' ? { error: missing } : outside(name);
}

/** Whether `b` is `a` with one letter added or left out (`Acount`, `Usr`), ignoring case. */
function oneLetterApart(a: string, b: string): boolean {
    const [short, long] = [a, b]
        .map((name) => name.toLowerCase())
        .sort((x, y) => x.length - y.length);
    if (long.length !== short.length + 1) return false;
    const at = [...short].findIndex((letter, index) => letter !== long[index]);
    return at === -1 || long.slice(at + 1) === short.slice(at);
}

/**
 * Undefined when the object exists; otherwise why not, or that it cannot be
 * told offline. A name one letter away from a catalogued standard object
 * (`Acount`, `Usr`) is taken for the typo it almost certainly is.
 */
export function objectProblem(
    project: ProjectModel,
    objectApiName: string
): NameProblem | undefined {
    const missing = `there is no object ${objectApiName}`;
    const judgement = project.judgeObject(objectApiName);
    const meant =
        judgement === 'unchecked' &&
        project.objects.find(
            (object) =>
                !object.custom && oneLetterApart(object.apiName, objectApiName)
        );
    return meant
        ? { error: `${missing} (${meant.apiName}?)` }
        : judged(judgement, objectApiName, missing);
}

/** Undefined when the object has the field; otherwise why not, or that it cannot be told offline. */
export function fieldProblem(
    project: ProjectModel,
    objectApiName: string,
    fieldApiName: string
): NameProblem | undefined {
    return judged(
        project.judgeField(objectApiName, fieldApiName),
        `${objectApiName}.${fieldApiName}`,
        project.getObject(objectApiName)
            ? `${project.getObject(objectApiName)!.apiName} has no field ${fieldApiName}`
            : `there is no object ${objectApiName}`
    );
}

/** The field a relationship name stands for: `Plan__r` → `Plan__c`, `Owner` → `OwnerId`. */
const lookupFieldOf = (relationship: string): string =>
    /__r$/i.test(relationship)
        ? relationship.replace(/__r$/i, '__c')
        : `${relationship}Id`;

/** Follows each relationship of a dotted path from `objectApiName` to the field at its end. */
export function resolveFieldPath(
    project: ProjectModel,
    objectApiName: string,
    fieldPath: string
): FieldPathResult {
    const problem = objectProblem(project, objectApiName);
    if (problem) return problem;
    const segments = fieldPath.split('.');
    let objectName = project.getObject(objectApiName)!.apiName;
    for (const relationship of segments.slice(0, -1)) {
        const lookup = project.getRelationshipField(objectName, relationship);
        if (!lookup) {
            const field = lookupFieldOf(relationship);
            return (
                judged(
                    project.judgeField(objectName, field),
                    `${objectName}.${relationship}`,
                    `${objectName} has no relationship ${relationship}`
                ) ?? outside(`${objectName}.${relationship}`)
            );
        }
        const parents = lookup.referenceTo ?? [];
        // A polymorphic relationship (Owner of a Case, What of a Task) is
        // followed in formulas through a type (`Owner:User.Name`), which the
        // model does not read.
        if (parents.length !== 1)
            return outside(`${objectName}.${relationship} (polymorphic)`);
        const parentProblem = objectProblem(project, parents[0]);
        if (parentProblem) return parentProblem;
        objectName = project.getObject(parents[0])!.apiName;
    }
    const name = segments[segments.length - 1];
    const field = project.getField(objectName, name);
    return field ? { field } : fieldProblem(project, objectName, name)!;
}
