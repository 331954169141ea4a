/**
 * What the context user may read, and what the GraphQL API does with a query
 * that selects more, so the preview answers as an org answers that user.
 *
 * The platform builds the schema per user: "A schema that reflects the user's
 * Field Level Security, so they only see the types and fields permitted at
 * their level" (https://developer.salesforce.com/docs/platform/graphql/overview),
 * "Access to supported objects and fields on those objects is controlled by
 * the context user's object-level and field-level permissions"
 * (https://developer.salesforce.com/docs/platform/graphql/guide/query-record-objects.html).
 * A name the user's schema lacks makes the request a `ValidationError`
 * ("this error can occur if an object or field name included in the query
 * doesn't exist" —
 * https://developer.salesforce.com/docs/platform/graphql/guide/query-status.html),
 * so the whole query fails, with graphql-java's message as an org gives it
 * ("Validation error (FieldUndefined@[uiapi/query/X]) : Field 'X' in type
 * 'RecordQuery' is undefined", https://github.com/salesforce/lwc/issues/5541).
 * A field selected with `@optional` (API 65.0+) is left out of the response
 * instead ("tells the server to omit inaccessible fields instead of failing
 * the whole request" —
 * https://github.com/forcedotcom/afv-library/blob/main/skills/using-ui-bundle-salesforce-data/SKILL.md).
 * `@optional` only concerns selections: a `where` or `orderBy` that names a
 * field the user may not read names an input field the user's schema lacks,
 * and fails the query whatever the selections say.
 */
import {
    getNamedType,
    GraphQLError,
    isObjectType,
    Kind,
    TypeInfo,
    visit,
    visitWithTypeInfo,
    type ASTNode,
    type DocumentNode,
    type FieldNode,
    type GraphQLSchema,
    type ValueNode
} from 'graphql';
import {
    filterTypeName,
    OPTIONAL_DIRECTIVE,
    orderByTypeName
} from '../lib/graphqlSchema';
import type { FieldModel, ProjectModel } from '../lib/project';

/** The context user's read access, as the user's GraphQL schema reflects it. */
export interface FieldAccess {
    /** Whether the user may read records of the object at all. */
    canReadObject(objectApiName: string): boolean;
    /**
     * Whether `name`, a schema field of the object's type (a field, a
     * geolocation component, a parent or a child relationship), is in the
     * user's schema.
     */
    canRead(objectApiName: string, name: string): boolean;
}

/** A user who may read everything: the preview's default. */
export const FULL_ACCESS: FieldAccess = {
    canReadObject: () => true,
    canRead: () => true
};

/** Fields of every record type that are not field values and have no field-level security. */
const RECORD_FIELDS = new Set(['Id', 'ApiName', 'WeakEtag', 'DisplayValue']);

/**
 * Whether field-level security can hide the field. "Universally required
 * fields—Override field-level security … by making a custom field universally
 * required" (Salesforce Help, "What Determines Field Access?",
 * https://help.salesforce.com/s/articleView?id=platform.customize_fieldaccess.htm&type=5),
 * and a master-detail field is always required. Standard fields beyond `Id`
 * are treated as hideable: the offline model cannot tell which an org hides.
 */
export function canBeHidden(field: FieldModel): boolean {
    if (field.apiName === 'Id') return false;
    return !(field.type === 'MasterDetail' || (field.custom && field.required));
}

/** The geolocation field a component such as `Loc__Latitude__s` belongs to. */
const geolocationField = (name: string): string | undefined =>
    /^(.+)__(Latitude|Longitude)__s$/i.exec(name)?.[1]?.concat('__c');

/**
 * The access of a user who cannot read the `hidden` objects (`Joint_Metric__c`)
 * and fields (`Joint_Metric__c.Target__c`). A detail object is unreadable with
 * its master: read on a detail depends on read on the master (see
 * `scripts/verify/checks/permissionSets.ts`). Throws on a name the project
 * does not define and on a field field-level security cannot hide.
 */
export function hiddenAccess(
    project: ProjectModel,
    hidden: readonly string[]
): FieldAccess {
    const objects = new Set<string>();
    const fields = new Set<string>();
    for (const name of hidden) {
        const [objectName, fieldName] = name.split('.');
        const object = project.getObject(objectName);
        if (!object) throw new Error(`Unknown object ${objectName}`);
        if (fieldName === undefined) {
            objects.add(object.apiName.toLowerCase());
            continue;
        }
        const field = project.getField(object.apiName, fieldName);
        if (!field) throw new Error(`Unknown field ${name}`);
        if (!canBeHidden(field))
            throw new Error(
                `${name} cannot be hidden: field-level security does not apply to Id, master-detail or universally required fields`
            );
        fields.add(`${object.apiName}.${field.apiName}`.toLowerCase());
    }
    const canReadObject = (objectApiName: string): boolean => {
        const object = project.getObject(objectApiName);
        if (!object || objects.has(object.apiName.toLowerCase())) return false;
        return object.fields
            .filter((field) => field.type === 'MasterDetail')
            .every((field) => (field.referenceTo ?? []).every(canReadObject));
    };
    const canReadField = (field: FieldModel): boolean =>
        !fields.has(`${field.object}.${field.apiName}`.toLowerCase());
    return {
        canReadObject,
        canRead(objectApiName, name) {
            if (!canReadObject(objectApiName)) return false;
            if (RECORD_FIELDS.has(name)) return true;
            const child = project.getChildRelationship(objectApiName, name);
            if (child) return canReadObject(child.childObject);
            const field =
                project.getField(objectApiName, name) ??
                project.getField(objectApiName, geolocationField(name) ?? '');
            if (field) return canReadField(field);
            const lookup = project.getRelationshipField(objectApiName, name);
            return (
                !!lookup &&
                canReadField(lookup) &&
                (lookup.referenceTo ?? []).some(canReadObject)
            );
        }
    };
}

/** The response keys from the operation down to `field`, as a visitor's `ancestors` lead there. */
export function responsePath(
    ancestors: readonly (ASTNode | readonly ASTNode[])[],
    field: FieldNode
): string[] {
    return [
        ...ancestors.filter(
            (ancestor): ancestor is FieldNode =>
                'kind' in ancestor && ancestor.kind === Kind.FIELD
        ),
        field
    ].map((selection) => selection.alias?.value ?? selection.name.value);
}

/** Whether the selection carries `@optional`. */
export const isOptional = (field: FieldNode): boolean =>
    !!field.directives?.some(
        (directive) => directive.name.value === OPTIONAL_DIRECTIVE.name
    );

const LOGICAL_OPERATORS = new Set(['and', 'or', 'not']);

const validationError = (message: string, node: ASTNode): GraphQLError =>
    new GraphQLError(`Validation error ${message}`, {
        nodes: node,
        extensions: { ErrorType: 'ValidationError' }
    });

/**
 * What the user's schema makes of `document`: the document without the
 * `@optional` selections the user may not read, and the errors of every other
 * name the user's schema lacks (any error fails the whole query).
 */
export function applyFieldAccess(
    schema: GraphQLSchema,
    project: ProjectModel,
    access: FieldAccess,
    document: DocumentNode
): { document: DocumentNode; errors: GraphQLError[] } {
    const errors: GraphQLError[] = [];
    const inputObjects = new Map<string, string>();
    for (const object of project.objects) {
        inputObjects.set(filterTypeName(object.apiName), object.apiName);
        inputObjects.set(orderByTypeName(object.apiName), object.apiName);
    }
    const typeInfo = new TypeInfo(schema);

    /** The names of a `where` or `orderBy` value the user may not read, with their object. */
    const unreadableInputs = (
        objectApiName: string,
        value: ValueNode
    ): { objectApiName: string; name: string; node: ASTNode }[] => {
        if (value.kind === Kind.LIST)
            return value.values.flatMap((item) =>
                unreadableInputs(objectApiName, item)
            );
        if (value.kind !== Kind.OBJECT) return [];
        return value.fields.flatMap((field) => {
            const name = field.name.value;
            if (LOGICAL_OPERATORS.has(name))
                return unreadableInputs(objectApiName, field.value);
            if (!access.canRead(objectApiName, name))
                return [{ objectApiName, name, node: field }];
            const lookup = project.getField(objectApiName, name)
                ? undefined
                : project.getRelationshipField(objectApiName, name);
            const parent = lookup?.referenceTo?.[0];
            return parent ? unreadableInputs(parent, field.value) : [];
        });
    };

    const visible = visit(
        document,
        visitWithTypeInfo(typeInfo, {
            Field(node, _key, _parent, _path, ancestors) {
                const parentType = typeInfo.getParentType();
                if (!isObjectType(parentType)) return undefined;
                const name = node.name.value;
                const readable =
                    parentType.name === 'RecordQuery'
                        ? access.canReadObject(name)
                        : !project.getObject(parentType.name) ||
                          name.startsWith('__') ||
                          access.canRead(parentType.name, name);
                const path = responsePath(ancestors, node).join('/');
                if (!readable) {
                    if (isOptional(node)) return null;
                    errors.push(
                        validationError(
                            `(FieldUndefined@[${path}]) : Field '${name}' in type '${parentType.name}' is undefined`,
                            node
                        )
                    );
                    return false;
                }
                for (const argument of node.arguments ?? []) {
                    const definition = typeInfo
                        .getFieldDef()
                        ?.args.find((arg) => arg.name === argument.name.value);
                    const inputType =
                        definition && getNamedType(definition.type);
                    const objectApiName =
                        inputType && inputObjects.get(inputType.name);
                    if (!objectApiName) continue;
                    const typeName =
                        inputType.name === filterTypeName(objectApiName)
                            ? filterTypeName
                            : orderByTypeName;
                    for (const unreadable of unreadableInputs(
                        objectApiName,
                        argument.value
                    ))
                        errors.push(
                            validationError(
                                `(WrongType@[${path}]) : argument '${argument.name.value}' contains a field not in '${typeName(unreadable.objectApiName)}': '${unreadable.name}'`,
                                unreadable.node
                            )
                        );
                }
                return undefined;
            }
        })
    );
    return { document: visible, errors };
}
