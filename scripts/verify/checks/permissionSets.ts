/**
 * Permission sets: objects, fields and tabs they name exist; no field
 * permission on a field an org refuses one for (required and master-detail
 * fields, system fields); formula, roll-up and auto-number fields are never
 * editable; edit implies read; object permissions respect their dependencies;
 * every permissionable custom field appears in every permission set (a field
 * missing from all of them is invisible to everyone).
 */
import path from 'node:path';
import type { FieldModel, ProjectModel } from '../../lib/project';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import type { Check, Problem } from '../types';

/** Standard fields that no permission set may name (Setup manages their access). */
const SYSTEM_FIELDS = new Set([
    'Id',
    'Name',
    'OwnerId',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
    'IsDeleted',
    'LastViewedDate',
    'LastReferencedDate',
    'LastActivityDate'
]);

/** Whether a permission set may carry a field permission for the field. */
export const isPermissionable = (field: FieldModel): boolean =>
    field.custom ? !field.required : !SYSTEM_FIELDS.has(field.apiName);

/** Object permissions and the ones each implies (as Setup enforces them). */
const OBJECT_PERMISSION_NEEDS: Record<string, string[]> = {
    allowCreate: ['allowRead'],
    allowEdit: ['allowRead'],
    allowDelete: ['allowRead', 'allowEdit'],
    viewAllRecords: ['allowRead'],
    modifyAllRecords: [
        'allowRead',
        'allowEdit',
        'allowDelete',
        'viewAllRecords'
    ]
};

const isTrue = (element: XmlElement, name: string) =>
    childText(element, name) === 'true';

function fieldPermissionProblems(
    project: ProjectModel,
    permission: XmlElement
): string[] {
    const reference = childText(permission, 'field') ?? '';
    const [objectName, fieldName] = reference.split('.');
    if (!project.getObject(objectName))
        return [`there is no object ${objectName}`];
    const field = fieldName
        ? project.getField(objectName, fieldName)
        : undefined;
    if (!field) return [`${objectName} has no field ${fieldName}`];
    if (!isPermissionable(field)) {
        const why =
            field.type === 'MasterDetail'
                ? 'a master-detail field'
                : field.required
                  ? 'a required field'
                  : 'a system field';
        return [
            `${reference} is ${why}: an org refuses field permissions for it`
        ];
    }
    const problems: string[] = [];
    // The model knows which custom fields are calculated; standard ones it does not describe.
    if (isTrue(permission, 'editable') && field.custom && field.calculated)
        problems.push(
            `${reference} is calculated (formula, roll-up or auto number) and cannot be editable`
        );
    if (isTrue(permission, 'editable') && !isTrue(permission, 'readable'))
        problems.push('editable needs readable');
    return problems;
}

function objectPermissionProblems(
    project: ProjectModel,
    permission: XmlElement
): string[] {
    const objectName = childText(permission, 'object') ?? '';
    if (!project.getObject(objectName))
        return [`there is no object ${objectName}`];
    return Object.entries(OBJECT_PERMISSION_NEEDS).flatMap(
        ([granted, needs]) =>
            isTrue(permission, granted)
                ? needs
                      .filter((needed) => !isTrue(permission, needed))
                      .map((needed) => `${granted} needs ${needed}`)
                : []
    );
}

export const permissionSets: Check = {
    name: 'permissionSets',
    description:
        'permission sets grant valid access to existing objects, fields and tabs, and cover every field',
    run(context) {
        const { project } = context;
        const tabs = new Set(
            context
                .filesEndingWith('.tab-meta.xml')
                .map((file) => path.basename(file, '.tab-meta.xml'))
        );
        const permissionable = project.objects.flatMap((object) =>
            object.fields.filter(
                (field) => field.custom && field.file && isPermissionable(field)
            )
        );
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.permissionset-meta.xml')) {
            const xml = context.xml(file);
            if (!xml) continue;
            const add = (element: string, message: string) =>
                problems.push({
                    file: context.relative(file),
                    element,
                    message
                });
            const granted = new Set<string>();
            for (const permission of childrenNamed(xml, 'fieldPermissions')) {
                const reference = childText(permission, 'field') ?? '';
                granted.add(reference.toLowerCase());
                for (const message of fieldPermissionProblems(
                    project,
                    permission
                ))
                    add(`fieldPermissions[${reference}]`, message);
            }
            for (const field of permissionable) {
                const reference = `${field.object}.${field.apiName}`;
                if (!granted.has(reference.toLowerCase())) {
                    add(
                        `fieldPermissions[${reference}]`,
                        `missing: every permissionable custom field appears in every permission set`
                    );
                }
            }
            for (const permission of childrenNamed(xml, 'objectPermissions')) {
                for (const message of objectPermissionProblems(
                    project,
                    permission
                ))
                    add(
                        `objectPermissions[${childText(permission, 'object')}]`,
                        message
                    );
            }
            for (const setting of childrenNamed(xml, 'tabSettings')) {
                const tab = childText(setting, 'tab') ?? '';
                if (!tab.startsWith('standard-') && !tabs.has(tab))
                    add(
                        `tabSettings[${tab}]`,
                        `there is no tab ${tab} in force-app`
                    );
            }
        }
        return problems;
    }
};
