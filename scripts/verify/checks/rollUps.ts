/**
 * Roll-up summary fields: the foreign key is a master-detail on the child that
 * points at this object, the summarized and filter fields exist on the child,
 * and none of them is a formula an org refuses to roll up (one that uses
 * TODAY, NOW or TIMENOW, a cross-object reference or a global variable,
 * directly or through another formula). Picklist filter values exist.
 */
import {
    picklistValueNames,
    type FieldModel,
    type ObjectModel,
    type ProjectModel
} from '../../lib/project';
import type { Check, Problem } from '../types';
import { formulaCode, formulaReferences } from './formulas';

const TIME_FUNCTION = /\b(TODAY|NOW|TIMENOW)\s*\(/i;

/**
 * Why an org would refuse to roll up or filter on this field, or undefined if
 * it would not. Salesforce Help, "About Roll-Up Summary Fields"
 * (implementation tips), http://login.salesforce.com/help/doc/en/fields_about_roll_up_summary_fields.htm
 */
export function notRollUpable(
    project: ProjectModel,
    field: FieldModel,
    seen: Set<FieldModel> = new Set()
): string | undefined {
    // "You can't use long text area ... fields in the field column of roll-up summary filters."
    if (field.type === 'LongTextArea')
        return `${field.apiName} is a long text area`;
    if (field.formula === undefined || seen.has(field)) return undefined;
    seen.add(field);
    // Roll-ups can't use formula fields with "functions that derive values on the fly, such as NOW or TODAY".
    if (TIME_FUNCTION.test(formulaCode(field.formula)))
        return `${field.apiName} is a formula that uses TODAY, NOW or TIMENOW`;
    for (const reference of formulaReferences(field.formula)) {
        // ... nor formula fields "that contain cross-object field references";
        // a global merge field such as $User.Id reads another record too.
        if (reference.includes('.') || reference.startsWith('$')) {
            return `${field.apiName} is a formula with the cross-object reference ${reference}`;
        }
        const referenced = project.getField(field.object, reference);
        const reason = referenced && notRollUpable(project, referenced, seen);
        if (reason) return `${field.apiName} uses ${reason}`;
    }
    return undefined;
}

function checkRollUp(
    project: ProjectModel,
    object: ObjectModel,
    field: FieldModel
): string[][] {
    const summary = field.summary!;
    const child = project.getObject(summary.childObject);
    if (!child)
        return [
            ['<summaryForeignKey>', `there is no object ${summary.childObject}`]
        ];
    const problems: string[][] = [];
    const foreignKey = project.getField(child.apiName, summary.foreignKey);
    if (
        foreignKey?.type !== 'MasterDetail' ||
        !foreignKey.referenceTo?.some(
            (name) => name.toLowerCase() === object.apiName.toLowerCase()
        )
    ) {
        problems.push([
            '<summaryForeignKey>',
            `${summary.childObject}.${summary.foreignKey} is not a master-detail field pointing at ${object.apiName}`
        ]);
    }
    /** A `Child__c.Field__c` reference: exists on the child and may be rolled up. */
    const checkChildField = (
        element: string,
        reference: string
    ): FieldModel | undefined => {
        const [objectName, fieldName] = reference.includes('.')
            ? reference.split('.')
            : [child.apiName, reference];
        const referenced =
            objectName.toLowerCase() === child.apiName.toLowerCase()
                ? project.getField(child.apiName, fieldName)
                : undefined;
        if (!referenced) {
            problems.push([
                element,
                `${reference} is not a field of ${child.apiName}`
            ]);
            return undefined;
        }
        const reason = notRollUpable(project, referenced);
        if (reason)
            problems.push([
                element,
                `an org refuses to roll up ${reference}: ${reason}`
            ]);
        return referenced;
    };
    if (summary.operation !== 'count') {
        if (!summary.summarizedField)
            problems.push([
                '<summarizedField>',
                `a ${summary.operation} roll-up needs a summarized field`
            ]);
        else checkChildField('<summarizedField>', summary.summarizedField);
    }
    for (const filter of summary.filters) {
        const element = `summaryFilterItems[${filter.field}]`;
        const filtered = checkChildField(element, filter.field);
        const values = filtered && picklistValueNames(filtered);
        if (values && filter.value) {
            const unknown = filter.value
                .split(',')
                .filter((value) => !values.includes(value.trim()));
            if (unknown.length)
                problems.push([
                    element,
                    `${unknown.join(', ')} is not a value of the picklist ${filter.field}`
                ]);
        }
    }
    return problems;
}

export const rollUps: Check = {
    name: 'rollUps',
    description:
        'roll-up summaries use a master-detail key and existing, roll-up-able fields',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        for (const object of project.objects) {
            for (const field of object.fields) {
                if (!field.file || field.type !== 'Summary') continue;
                if (!field.summary) {
                    problems.push({
                        file: context.relative(field.file),
                        element: '<summaryForeignKey>',
                        message:
                            'a roll-up summary needs summaryForeignKey and summaryOperation'
                    });
                    continue;
                }
                for (const [element, message] of checkRollUp(
                    project,
                    object,
                    field
                )) {
                    problems.push({
                        file: context.relative(field.file),
                        element,
                        message
                    });
                }
            }
        }
        return problems;
    }
};
