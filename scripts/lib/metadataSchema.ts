/**
 * The Metadata API schema, read from the type descriptions that
 * `@salesforce/types` ships (`lib/metadata.d.ts`), and a checker of metadata
 * XML against it.
 *
 * The XML root element names the Metadata API type (`CustomField`,
 * `PermissionSet`, `LightningComponentBundle`...). Each child element must be a
 * property of that type; string-literal unions are enums, `boolean` and
 * `number` values must be well formed, and properties typed by another type are
 * checked recursively. Missing properties are not reported: the descriptions
 * mark many properties as required that the API treats as optional.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from './project';
import type { XmlElement } from './xml';

/** What a property holds: a primitive, an enum, a structured type, or anything (opaque XML). */
export type SchemaType =
    | { kind: 'string' | 'boolean' | 'number' | 'any' }
    | { kind: 'enum'; name: string; values: ReadonlySet<string> }
    | {
          kind: 'object';
          name: string;
          properties: ReadonlyMap<string, PropertySchema>;
      };

export interface PropertySchema {
    name: string;
    /** A declared type name, or `string` / `boolean` / `number`. */
    typeName: string;
    array: boolean;
}

export interface MetadataSchema {
    /** The type of that name, or undefined if the descriptions do not declare it. */
    type(name: string): SchemaType | undefined;
}

/** One disagreement between an XML file and the schema. */
export interface SchemaIssue {
    /** Path of the offending element, e.g. `fieldPermissions[Joint_Metric__c.Actual__c].editable`. */
    element: string;
    message: string;
}

/** Read by path: the package exports neither its package.json nor this file. */
export const METADATA_DTS = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@salesforce',
    'types',
    'lib',
    'metadata.d.ts'
);

/**
 * Where @salesforce/types falls short of what an org accepts, each correction
 * with its source:
 * - a component's targetConfigs, which the descriptions type as a string
 *   although the source format nests XML there (LWC guide, "XML Configuration
 *   File Elements": https://developer.salesforce.com/docs/platform/lwc/guide/reference-configuration-tags.html),
 *   including the Dynamic Interactions `<event>` with its `<schema>` (LWC guide,
 *   "Configure a Component for Dynamic Interactions in the Lightning App Builder":
 *   https://developer.salesforce.com/docs/platform/lwc/guide/use-config-for-app-builder-dynamic-interactions.html);
 * - the site types of Experience Cloud sites: a CustomSite of type
 *   ChatterNetwork and its site of type ChatterNetworkPicasso (Metadata API,
 *   "SiteDotCom": https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_sitedotcom.htm);
 *   and `allowGuestPaymentsApi`, which the CLI's own site template writes
 *   (`@salesforce/templates`, digitalexperiencesite/BuildYourOwnLWR/_customSite.xml);
 * - a geolocation field's `displayLocationInDecimal` (Tooling API, "CustomField",
 *   CustomFieldMetadata: https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_customfield.htm).
 */
const SUPPLEMENT = `
export type LightningComponentBundle = Metadata & { targetConfigs?: LwcTargetConfigs };
export type LwcTargetConfigs = { targetConfig: LwcTargetConfig[] };
export type LwcTargetConfig = {
    property: string[];
    objects?: LwcTargetObjects;
    supportedFormFactors?: LwcSupportedFormFactors;
    actionType?: string;
    configurationEditor?: string;
    sourceType?: string[];
    event?: LwcTargetEvent[];
    dataProviders?: string;
};
export type LwcTargetObjects = { object: string[] };
export type LwcSupportedFormFactors = { supportedFormFactor: string[] };
export type LwcTargetEvent = { schema?: string };
export type SiteType = 'ChatterNetwork' | 'ChatterNetworkPicasso' | 'Siteforce' | 'Visualforce';
export type CustomSite = { allowGuestPaymentsApi?: boolean };
export type CustomField = { displayLocationInDecimal?: boolean };
`;

const referenceName = (node: ts.TypeReferenceNode): string =>
    ts.isIdentifier(node.typeName)
        ? node.typeName.text
        : node.typeName.right.text;

/** Loads the schema from `metadata.d.ts` (or another declaration file of the same shape). */
export function loadMetadataSchema(
    dtsFile: string = METADATA_DTS
): MetadataSchema {
    /** Type name → its declarations (the supplement adds a second one to some). */
    const declarations = new Map<string, ts.TypeNode[]>();
    for (const [name, text] of [
        [dtsFile, readFileSync(dtsFile, 'utf8')],
        ['supplement.d.ts', SUPPLEMENT]
    ]) {
        const source = ts.createSourceFile(
            name,
            text,
            ts.ScriptTarget.Latest,
            false,
            ts.ScriptKind.TS
        );
        for (const statement of source.statements) {
            if (ts.isTypeAliasDeclaration(statement)) {
                const list = declarations.get(statement.name.text) ?? [];
                list.push(statement.type);
                declarations.set(statement.name.text, list);
            }
        }
    }
    const resolved = new Map<string, SchemaType | undefined>();

    const primitive = (
        node: ts.TypeNode
    ): 'string' | 'boolean' | 'number' | undefined => {
        if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
        if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
        if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number';
        // The JavaScript Date is how the descriptions spell xsd:date and xsd:dateTime.
        if (ts.isTypeReferenceNode(node) && referenceName(node) === 'Date')
            return 'string';
        return undefined;
    };

    const propertyOf = (
        member: ts.PropertySignature
    ): PropertySchema | undefined => {
        if (!member.type || !ts.isIdentifier(member.name)) return undefined;
        let node = member.type;
        const array = ts.isArrayTypeNode(node);
        if (ts.isArrayTypeNode(node)) node = node.elementType;
        const typeName =
            primitive(node) ??
            (ts.isTypeReferenceNode(node) ? referenceName(node) : 'any');
        return { name: member.name.text, typeName, array };
    };

    /** Collects the properties of an object type written as `A & B & { ... }`. */
    const collectProperties = (
        node: ts.TypeNode,
        into: Map<string, PropertySchema>
    ): boolean => {
        if (ts.isIntersectionTypeNode(node))
            return node.types.every((part) => collectProperties(part, into));
        if (ts.isTypeLiteralNode(node)) {
            for (const member of node.members) {
                const property = ts.isPropertySignature(member)
                    ? propertyOf(member)
                    : undefined;
                if (property) into.set(property.name, property);
            }
            return true;
        }
        if (ts.isTypeReferenceNode(node)) {
            const base = resolve(referenceName(node));
            if (base?.kind !== 'object') return false;
            for (const [name, property] of base.properties)
                into.set(name, property);
            return true;
        }
        return false;
    };

    const describe = (
        name: string,
        node: ts.TypeNode
    ): SchemaType | undefined => {
        const kind = primitive(node);
        if (kind) return { kind };
        if (
            ts.isUnionTypeNode(node) &&
            node.types.every(
                (part) =>
                    ts.isLiteralTypeNode(part) &&
                    ts.isStringLiteral(part.literal)
            )
        ) {
            const values = node.types.map(
                (part) =>
                    ((part as ts.LiteralTypeNode).literal as ts.StringLiteral)
                        .text
            );
            return { kind: 'enum', name, values: new Set(values) };
        }
        if (ts.isTypeReferenceNode(node)) {
            const target = resolve(referenceName(node));
            if (target?.kind !== 'object') return target;
        }
        const properties = new Map<string, PropertySchema>();
        return collectProperties(node, properties)
            ? { kind: 'object', name, properties }
            : undefined;
    };

    function resolve(name: string): SchemaType | undefined {
        if (
            name === 'string' ||
            name === 'boolean' ||
            name === 'number' ||
            name === 'any'
        )
            return { kind: name };
        if (resolved.has(name)) return resolved.get(name);
        resolved.set(name, undefined); // guards against cycles while resolving
        const found = declarations.get(name);
        let result: SchemaType | undefined;
        for (const declaration of found ?? []) {
            const described = describe(name, declaration);
            // A later declaration (the supplement) refines an earlier one property by property.
            if (result?.kind === 'object' && described?.kind === 'object') {
                result = {
                    kind: 'object',
                    name,
                    properties: new Map([
                        ...result.properties,
                        ...described.properties
                    ])
                };
            } else {
                result = described;
            }
        }
        resolved.set(name, result);
        return result;
    }

    return { type: resolve };
}

/** Children that identify one element of a list, in order of preference. */
const KEY_CHILDREN = [
    'fullName',
    'field',
    'object',
    'tab',
    'apexClass',
    'apexPage',
    'name',
    'application',
    'recordType',
    'layout',
    'label'
];

/** `fieldPermissions[Joint_Metric__c.Actual__c]`: an element's name and, where it has one, its key. */
export function describeElement(element: XmlElement): string {
    const key = KEY_CHILDREN.map((name) =>
        element.children.find(
            (child) => child.name === name && child.children.length === 0
        )
    ).find((child) => child && child.text);
    return key ? `${element.name}[${key.text}]` : element.name;
}

const BOOLEAN = /^(true|false)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Properties that earlier API versions accept and later ones refuse, with the
 * last version that accepts each: the Metadata API reads a deployment at the
 * project's `sourceApiVersion`, and @salesforce/types describes only the
 * latest. A Lightning page region held its components in `componentInstances`
 * (Metadata API, "FlexiPage", API 31.0:
 * https://developer.salesforce.com/docs/atlas.en-us.188.0.api_meta.meta/api_meta/meta_flexipage.htm)
 * until `itemInstances` replaced it; a deployment at API 49.0 refuses it
 * (https://salesforce.stackexchange.com/questions/305221/metadata-deploy-and-push-fails-on-flexipage-componentinstances-in-api-49-summer).
 */
const RETIRED: {
    type: string;
    property: PropertySchema;
    lastVersion: number;
}[] = [
    {
        type: 'FlexiPageRegion',
        property: {
            name: 'componentInstances',
            typeName: 'ComponentInstance',
            array: true
        },
        lastVersion: 48
    }
];

/**
 * Checks one metadata XML document against the schema; the root element
 * names its type. `apiVersion`, the version the project deploys at, lets
 * through what that version still accepts (see {@link RETIRED}).
 */
export function checkAgainstSchema(
    schema: MetadataSchema,
    root: XmlElement,
    apiVersion = Infinity
): SchemaIssue[] {
    const retired = (type: string, name: string) =>
        RETIRED.find(
            (entry) =>
                entry.type === type &&
                entry.property.name === name &&
                apiVersion <= entry.lastVersion
        )?.property;
    const issues: SchemaIssue[] = [];
    const rootType = schema.type(root.name);
    if (rootType?.kind !== 'object') {
        return [
            {
                element: root.name,
                message: `<${root.name}> is not a Metadata API type`
            }
        ];
    }

    const checkValue = (
        element: XmlElement,
        type: SchemaType,
        where: string
    ) => {
        if (type.kind === 'any') return;
        if (type.kind === 'object') {
            if (element.text !== '' && element.children.length === 0) {
                issues.push({
                    element: where,
                    message: `expects child elements of ${type.name}, not the text "${element.text}"`
                });
            }
            checkChildren(element, type, where);
            return;
        }
        if (element.children.length > 0) {
            issues.push({
                element: where,
                message: `expects a ${type.kind === 'enum' ? type.name : type.kind} value, not child elements`
            });
            return;
        }
        const value = element.text;
        if (type.kind === 'boolean' && !BOOLEAN.test(value)) {
            issues.push({
                element: where,
                message: `"${value}" is not a boolean (true or false)`
            });
        } else if (type.kind === 'number' && !NUMBER.test(value)) {
            issues.push({
                element: where,
                message: `"${value}" is not a number`
            });
        } else if (type.kind === 'enum' && !type.values.has(value)) {
            issues.push({
                element: where,
                message: `"${value}" is not a valid ${type.name}; expected one of ${[...type.values].join(', ')}`
            });
        }
    };

    const checkChildren = (
        element: XmlElement,
        type: Extract<SchemaType, { kind: 'object' }>,
        where: string
    ) => {
        const counts = new Map<string, number>();
        for (const child of element.children) {
            const childPath = `${where ? `${where}.` : ''}${describeElement(child)}`;
            const property =
                type.properties.get(child.name) ??
                retired(type.name, child.name);
            if (!property) {
                issues.push({
                    element: childPath,
                    message: `<${child.name}> is not a property of ${type.name}`
                });
                continue;
            }
            counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
            if (!property.array && counts.get(child.name) === 2) {
                issues.push({
                    element: childPath,
                    message: `<${child.name}> appears more than once but ${type.name}.${child.name} is a single value`
                });
            }
            const childType = schema.type(property.typeName) ?? { kind: 'any' };
            checkValue(child, childType, childPath);
        }
    };

    checkChildren(root, rootType, '');
    return issues;
}
