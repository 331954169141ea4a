/**
 * Permission sets: the objects, fields and tabs they name exist; no field
 * permission on a field an org refuses one for (required and master-detail
 * fields); field edit needs read; object permissions carry the permissions they depend on,
 * on the same object and on its master-detail masters up the whole chain.
 * House rules of this package: every permissionable custom field appears in
 * every permission set (a field missing from all of them is invisible to
 * everyone), and calculated fields are granted read only.
 */
import path from 'node:path';
import type { FieldModel, ProjectModel } from '../../lib/project';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import type { Check, Problem } from '../types';

type ObjectPermission =
    | 'allowCreate'
    | 'allowRead'
    | 'allowEdit'
    | 'allowDelete'
    | 'viewAllRecords'
    | 'modifyAllRecords';

const OBJECT_PERMISSIONS: ObjectPermission[] = [
    'allowCreate',
    'allowRead',
    'allowEdit',
    'allowDelete',
    'viewAllRecords',
    'modifyAllRecords'
];

/**
 * What each object permission requires on the same object. Object Reference,
 * ObjectPermissions: Create and Edit require Read, Delete requires Read and
 * Edit, View All requires Read, Modify All requires Read, Delete, Edit and
 * View All.
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-objectpermissions.html
 */
const SAME_OBJECT_NEEDS: Record<ObjectPermission, ObjectPermission[]> = {
    allowCreate: ['allowRead'],
    allowRead: [],
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

/**
 * What a detail object's permission requires on its master. Security guide,
 * "Object Permissions" (note on master-detail relationships): a child with
 * "Modify All OR View All" needs View All on the parent, a child with "View
 * All OR Read" needs Read on the parent. Create, Edit and Delete require Read
 * on the child (above), hence Read on the master. A package version create
 * fails on a broken one ("View All … depends on … View All Account",
 * https://github.com/forcedotcom/cli/issues/439).
 * https://developer.salesforce.com/docs/atlas.en-us.securityImplGuide.meta/securityImplGuide/users_profiles_object_perms.htm
 * https://help.salesforce.com/s/articleView?id=platform.users_profiles_object_perms.htm&type=5
 */
const MASTER_NEEDS: Record<ObjectPermission, ObjectPermission[]> = {
    allowCreate: [],
    allowRead: ['allowRead'],
    allowEdit: [],
    allowDelete: [],
    viewAllRecords: ['allowRead', 'viewAllRecords'],
    modifyAllRecords: ['viewAllRecords']
};

/** The permissions and everything they require on the same object. */
function withSameObjectNeeds(
    permissions: Iterable<ObjectPermission>
): Set<ObjectPermission> {
    const all = new Set<ObjectPermission>();
    const add = (permission: ObjectPermission) => {
        if (all.has(permission)) return;
        all.add(permission);
        SAME_OBJECT_NEEDS[permission].forEach(add);
    };
    [...permissions].forEach(add);
    return all;
}

/**
 * Standard fields whose field permissions the offline model cannot judge: no
 * Salesforce document found says whether an org refuses them, so they are
 * notes, not errors. `Name` is not among them: dreamhouse-lwc grants
 * `Property__c.Name` and deploys in its CI.
 */
const SYSTEM_FIELDS = new Set([
    'Id',
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

/**
 * Whether a permission set may carry a field permission for the field. An
 * org refuses one for a required field, and a master-detail field is always
 * required: deploys fail with "You cannot deploy to a required field"
 * (https://github.com/forcedotcom/sf-skills/pull/271).
 */
const isPermissionable = (field: FieldModel): boolean =>
    !field.custom || !field.required;

/** A custom field as this package's house rule means it: defined in a `__c` field file. */
const isCustomField = (field: FieldModel): boolean =>
    field.custom && field.file !== undefined && /__c$/i.test(field.apiName);

const isTrue = (element: XmlElement, name: string) =>
    childText(element, name) === 'true';

type Report = (message: string, kind?: Problem['kind']) => void;

function checkFieldPermission(
    project: ProjectModel,
    permission: XmlElement,
    report: Report
): void {
    const reference = childText(permission, 'field') ?? '';
    const [objectName, fieldName = ''] = reference.split('.');
    const judgement = project.judgeField(objectName, fieldName);
    if (judgement === 'unchecked')
        return report(
            `${reference} is outside the offline catalogue of standard objects and fields: not checked`,
            'unchecked'
        );
    if (judgement === 'missing')
        return report(
            project.getObject(objectName)
                ? `${objectName} has no field ${fieldName}`
                : `there is no object ${objectName}`
        );
    const field = project.getField(objectName, fieldName)!;
    if (!isPermissionable(field))
        return report(
            `${reference} is ${field.type === 'MasterDetail' ? 'a master-detail field' : 'a required field'}: an org refuses field permissions for it`
        );
    if (!field.custom && SYSTEM_FIELDS.has(field.apiName))
        return report(
            `${reference} is a system field: the offline model cannot tell whether an org accepts field permissions for it`,
            'unchecked'
        );
    const editable = isTrue(permission, 'editable');
    // House rule: nobody can type into a calculated field, so it is granted read
    // only. Orgs accept edit on one (coral-cloud grants it on a formula field and
    // deploys). The model knows which custom fields are calculated.
    if (editable && field.custom && field.calculated)
        report(
            `house rule: ${reference} is calculated (formula, roll-up or auto number): grant it read only`,
            'house'
        );
    // Object Reference, FieldPermissions: PermissionsEdit "Requires PermissionsRead for the same field".
    // https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-fieldpermissions.html
    if (editable && !isTrue(permission, 'readable'))
        report('editable needs readable');
}

/** The objects a detail object's master-detail fields point at. */
const mastersOf = (project: ProjectModel, objectName: string): string[] =>
    (project.getObject(objectName)?.fields ?? [])
        .filter((field) => field.type === 'MasterDetail')
        .flatMap((field) => field.referenceTo ?? []);

/** What one permission of a detail object requires on its master. */
const neededOnMaster = (permission: ObjectPermission) =>
    withSameObjectNeeds(
        [...withSameObjectNeeds([permission])].flatMap(
            (held) => MASTER_NEEDS[held]
        )
    );

/**
 * The master permissions that the object's permissions depend on and the set
 * does not grant, up the master-detail chain. `held` maps each permission
 * needed on the object to the permission of the checked entry that needs it.
 * A master the set grants enough on is checked at its own entry; past a
 * master that lacks something, the chain goes on with what it lacks.
 */
function missingOnMasters(
    project: ProjectModel,
    grants: Map<string, Set<ObjectPermission>>,
    objectName: string,
    held: Map<ObjectPermission, ObjectPermission>,
    chain = ''
): string[] {
    return mastersOf(project, objectName).flatMap((master) => {
        const granted = grants.get(master.toLowerCase()) ?? new Set();
        const where = `${master}, the master of ${objectName}${chain}`;
        const missing = new Map<ObjectPermission, ObjectPermission>();
        // The most basic permission held that needs it names the cause.
        const byBasic = [...held.keys()].sort(
            (a, b) =>
                withSameObjectNeeds([a]).size - withSameObjectNeeds([b]).size
        );
        for (const permission of byBasic)
            for (const needed of neededOnMaster(permission))
                if (!granted.has(needed) && !missing.has(needed))
                    missing.set(needed, held.get(permission)!);
        return [
            ...[...missing].map(
                ([needed, cause]) =>
                    `${cause} needs ${needed} on ${where}: grant it there or remove ${cause} here`
            ),
            ...(missing.size
                ? missingOnMasters(
                      project,
                      grants,
                      master,
                      missing,
                      `, the master of ${objectName}${chain}`
                  )
                : [])
        ];
    });
}

function checkObjectPermission(
    project: ProjectModel,
    permission: XmlElement,
    grants: Map<string, Set<ObjectPermission>>,
    report: Report
): void {
    const objectName = childText(permission, 'object') ?? '';
    const judgement = project.judgeObject(objectName);
    if (judgement === 'unchecked')
        return report(
            `${objectName} is outside the offline catalogue of standard objects: not checked`,
            'unchecked'
        );
    if (judgement === 'missing')
        return report(`there is no object ${objectName}`);
    const granted = grants.get(objectName.toLowerCase()) ?? new Set();
    for (const held of granted)
        for (const needed of SAME_OBJECT_NEEDS[held])
            if (!granted.has(needed)) report(`${held} needs ${needed}`);
    const held = new Map([...granted].map((name) => [name, name]));
    for (const message of missingOnMasters(project, grants, objectName, held))
        report(message);
}

/** What the set grants on each object (lower-case name → permissions set to true). */
function objectGrants(xml: XmlElement): Map<string, Set<ObjectPermission>> {
    return new Map(
        childrenNamed(xml, 'objectPermissions').map((permission) => [
            (childText(permission, 'object') ?? '').toLowerCase(),
            new Set(
                OBJECT_PERMISSIONS.filter((name) => isTrue(permission, name))
            )
        ])
    );
}

export const permissionSets: Check = {
    name: 'permissionSets',
    description:
        'permission sets grant valid access to existing objects, fields and tabs, with the permissions each depends on',
    run(context) {
        const { project } = context;
        const tabs = new Set(
            context
                .filesEndingWith('.tab-meta.xml')
                .map((file) => path.basename(file, '.tab-meta.xml'))
        );
        const everyField = context.houseRules
            ? project.objects.flatMap((object) =>
                  object.fields.filter(
                      (field) => isCustomField(field) && isPermissionable(field)
                  )
              )
            : [];
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.permissionset-meta.xml')) {
            const xml = context.xml(file);
            if (!xml) continue;
            const reporter =
                (element: string): Report =>
                (message, kind) =>
                    problems.push({
                        file: context.relative(file),
                        element,
                        message,
                        ...(kind && { kind })
                    });
            const named = new Set<string>();
            for (const permission of childrenNamed(xml, 'fieldPermissions')) {
                const reference = childText(permission, 'field') ?? '';
                named.add(reference.toLowerCase());
                checkFieldPermission(
                    project,
                    permission,
                    reporter(`fieldPermissions[${reference}]`)
                );
            }
            for (const field of everyField) {
                const reference = `${field.object}.${field.apiName}`;
                if (!named.has(reference.toLowerCase()))
                    reporter(`fieldPermissions[${reference}]`)(
                        'missing: house rule of this package, every permissionable custom field appears in every permission set',
                        'house'
                    );
            }
            const grants = objectGrants(xml);
            for (const permission of childrenNamed(xml, 'objectPermissions'))
                checkObjectPermission(
                    project,
                    permission,
                    grants,
                    reporter(
                        `objectPermissions[${childText(permission, 'object')}]`
                    )
                );
            for (const setting of childrenNamed(xml, 'tabSettings')) {
                const tab = childText(setting, 'tab') ?? '';
                if (!tab.startsWith('standard-') && !tabs.has(tab))
                    reporter(`tabSettings[${tab}]`)(
                        `there is no tab ${tab} in force-app`
                    );
            }
        }
        return problems;
    }
};
