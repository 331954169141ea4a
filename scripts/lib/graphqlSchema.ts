/**
 * The Salesforce GraphQL (UI API) schema of this project's objects, built from
 * the metadata model, so that component queries can be validated offline and
 * executed by the local preview against the same types.
 *
 * Shape (names as the UI API uses them; `Obj` is an object API name such as
 * `Strategic_Account_Plan__c`):
 *
 * ```graphql
 * type Query { uiapi: UIAPI! }
 * type UIAPI { query: RecordQuery! }
 * type RecordQuery {
 *   Obj(where: Obj_Filter, first: Int, after: String, orderBy: Obj_OrderBy,
 *       scope: RecordScope, upperBound: Int): ObjConnection
 * }
 * type ObjConnection { edges: [ObjEdge] totalCount: Int! pageInfo: PageInfo! }
 * type ObjEdge { node: Obj cursor: String! }
 * type Obj implements Record {
 *   Id: ID!  ApiName: String!  WeakEtag: Long!  DisplayValue: String
 *   Field__c: <wrapper>                     # { value displayValue [format|label] }
 *   Lookup__r: Parent                       # the Record interface if polymorphic
 *   Child_Rels__r(first:, after:, where:, orderBy:, upperBound:): ChildConnection
 * }
 * type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
 * input Obj_Filter { and: [Obj_Filter] or: [Obj_Filter] not: Obj_Filter
 *                    Field__c: <Type>Operators  Lookup__r: Parent_Filter }
 * input Obj_OrderBy { Field__c: OrderByClause  Lookup__r: Parent_OrderBy }
 * input OrderByClause { order: ResultOrder (ASC|DESC) nulls: NullOrder (FIRST|LAST) }
 * ```
 *
 * Field wrappers by field type (value scalar in brackets), for every
 * CustomField `FieldType` of @salesforce/types (`lib/metadata.d.ts`), as the
 * UI API names them (GraphQL API Developer Guide, "Query Objects":
 * https://developer.salesforce.com/docs/platform/graphql/guide/query-record-objects.html):
 * Text/AutoNumber → StringValue (String), TextArea → TextAreaValue,
 * LongTextArea → LongTextAreaValue, Html (rich text) → RichTextAreaValue,
 * EncryptedText → EncryptedStringValue, Email → EmailValue, Phone →
 * PhoneNumberValue, Url → UrlValue, Number and roll-up counts → DoubleValue
 * (Double), Integer → IntValue, Long → LongValue, Currency → CurrencyValue
 * (Currency), Percent → PercentValue (Percent, as the percentage number: 50
 * for 50%), Date → DateValue (Date), DateTime → DateTimeValue (DateTime), Time
 * → TimeValue (Time), Checkbox → BooleanValue (Boolean), Picklist →
 * PicklistValue (Picklist, plus `label`), MultiselectPicklist →
 * MultiPicklistValue (MultiPicklist), lookups, master-detail, hierarchy and
 * metadata relationships → IDValue (ID), external and indirect lookups →
 * StringValue (the parent's external id). A geolocation field `Loc__c` is
 * read through its components `Loc__Latitude__s` (LatitudeValue) and
 * `Loc__Longitude__s` (LongitudeValue); a standard compound Address through
 * its own fields (`BillingCity`...). File, Array and CustomDataType fields
 * have no place in the schema. A formula uses the wrapper of its return type;
 * a roll-up that sums, or takes the min or max of, a field uses that field's.
 *
 * Filter operators: eq, ne, in, nin on every filterable type; lt, gt, lte, gte
 * on ordered ones; like on text and picklists. Date and DateTime operators take
 * `{ value: ..., literal: TODAY|... }` inputs as in the UI API. Long text areas
 * can be neither filtered nor sorted. As in the real API, a `$variable` must be
 * declared with the scalar of the position it is used in (`ID` for record ids
 * and lookups, `Picklist` for picklists, `Int` for `first`, `String` for `after`).
 *
 * Every field uses graphql's default resolver (a property of the same name), so
 * an executor can resolve a query from data already shaped like the response.
 * Not modelled: mutations, aggregate queries, object info, standard child
 * relationships of standard objects.
 */
import {
    DirectiveLocation,
    GraphQLBoolean,
    GraphQLDirective,
    GraphQLEnumType,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
    specifiedDirectives,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLInputType,
    type GraphQLOutputType
} from 'graphql';
import type {
    FieldModel,
    FieldType,
    ObjectModel,
    ProjectModel
} from './project';

/** The UI API wrapper type of each field's value, e.g. `PercentValue`. */
export type ValueTypeName =
    | 'StringValue'
    | 'TextAreaValue'
    | 'LongTextAreaValue'
    | 'RichTextAreaValue'
    | 'EncryptedStringValue'
    | 'EmailValue'
    | 'PhoneNumberValue'
    | 'UrlValue'
    | 'DoubleValue'
    | 'IntValue'
    | 'LongValue'
    | 'LatitudeValue'
    | 'LongitudeValue'
    | 'CurrencyValue'
    | 'PercentValue'
    | 'DateValue'
    | 'DateTimeValue'
    | 'TimeValue'
    | 'BooleanValue'
    | 'PicklistValue'
    | 'MultiPicklistValue'
    | 'IDValue';

/** How a wrapper's value is typed, filtered and sorted. */
interface ValueKind {
    scalar: string;
    /** Extra fields of the wrapper besides value and displayValue. */
    extras: ('format' | 'label')[];
    operators?:
        'equality' | 'ordered' | 'text' | 'date' | 'datetime' | 'multipicklist';
    sortable: boolean;
}

const VALUE_KINDS: Record<ValueTypeName, ValueKind> = {
    StringValue: {
        scalar: 'String',
        extras: [],
        operators: 'text',
        sortable: true
    },
    TextAreaValue: {
        scalar: 'TextArea',
        extras: [],
        operators: 'text',
        sortable: true
    },
    // Long and rich text areas and encrypted text can be neither filtered nor sorted.
    LongTextAreaValue: { scalar: 'LongTextArea', extras: [], sortable: false },
    RichTextAreaValue: { scalar: 'RichTextArea', extras: [], sortable: false },
    EncryptedStringValue: {
        scalar: 'EncryptedString',
        extras: [],
        sortable: false
    },
    EmailValue: {
        scalar: 'Email',
        extras: [],
        operators: 'text',
        sortable: true
    },
    PhoneNumberValue: {
        scalar: 'PhoneNumber',
        extras: [],
        operators: 'text',
        sortable: true
    },
    UrlValue: { scalar: 'Url', extras: [], operators: 'text', sortable: true },
    DoubleValue: {
        scalar: 'Double',
        extras: ['format'],
        operators: 'ordered',
        sortable: true
    },
    IntValue: {
        scalar: 'Int',
        extras: ['format'],
        operators: 'ordered',
        sortable: true
    },
    LongValue: {
        scalar: 'Long',
        extras: ['format'],
        operators: 'ordered',
        sortable: true
    },
    LatitudeValue: {
        scalar: 'Latitude',
        extras: [],
        operators: 'ordered',
        sortable: true
    },
    LongitudeValue: {
        scalar: 'Longitude',
        extras: [],
        operators: 'ordered',
        sortable: true
    },
    CurrencyValue: {
        scalar: 'Currency',
        extras: ['format'],
        operators: 'ordered',
        sortable: true
    },
    PercentValue: {
        scalar: 'Percent',
        extras: ['format'],
        operators: 'ordered',
        sortable: true
    },
    DateValue: {
        scalar: 'Date',
        extras: ['format'],
        operators: 'date',
        sortable: true
    },
    DateTimeValue: {
        scalar: 'DateTime',
        extras: ['format'],
        operators: 'datetime',
        sortable: true
    },
    TimeValue: {
        scalar: 'Time',
        extras: ['format'],
        operators: 'ordered',
        sortable: true
    },
    BooleanValue: {
        scalar: 'Boolean',
        extras: [],
        operators: 'equality',
        sortable: true
    },
    PicklistValue: {
        scalar: 'Picklist',
        extras: ['label'],
        operators: 'text',
        sortable: true
    },
    MultiPicklistValue: {
        scalar: 'MultiPicklist',
        extras: [],
        operators: 'multipicklist',
        sortable: false
    },
    IDValue: { scalar: 'ID', extras: [], operators: 'ordered', sortable: true }
};

/** Undefined: the field has no value of its own in the schema (see the module comment). */
const WRAPPER_OF_TYPE: Record<FieldType, ValueTypeName | undefined> = {
    Id: 'IDValue',
    AutoNumber: 'StringValue',
    Text: 'StringValue',
    TextArea: 'TextAreaValue',
    LongTextArea: 'LongTextAreaValue',
    Html: 'RichTextAreaValue',
    EncryptedText: 'EncryptedStringValue',
    Email: 'EmailValue',
    Phone: 'PhoneNumberValue',
    Url: 'UrlValue',
    Number: 'DoubleValue',
    Integer: 'IntValue',
    Long: 'LongValue',
    Summary: 'DoubleValue',
    Currency: 'CurrencyValue',
    Percent: 'PercentValue',
    Date: 'DateValue',
    DateTime: 'DateTimeValue',
    Time: 'TimeValue',
    Checkbox: 'BooleanValue',
    Picklist: 'PicklistValue',
    MultiselectPicklist: 'MultiPicklistValue',
    Lookup: 'IDValue',
    MasterDetail: 'IDValue',
    Hierarchy: 'IDValue',
    MetadataRelationship: 'IDValue',
    ExternalLookup: 'StringValue',
    IndirectLookup: 'StringValue',
    Location: undefined,
    Address: undefined,
    File: undefined,
    Array: undefined,
    CustomDataType: undefined
};

/** The wrapper type a field's value comes in, e.g. `PercentValue` for a Percent formula; undefined if it has none. */
export function valueTypeOf(
    project: ProjectModel,
    field: FieldModel
): ValueTypeName | undefined {
    const summary = field.summary;
    if (summary && summary.operation !== 'count' && summary.summarizedField) {
        const summarized = project.getField(
            summary.childObject,
            summary.summarizedField.split('.').pop()!
        );
        if (summarized) return valueTypeOf(project, summarized);
    }
    return WRAPPER_OF_TYPE[field.valueType];
}

/** The schema fields a model field stands for: itself, a geolocation's two components, or none. */
function schemaFieldsOf(
    project: ProjectModel,
    field: FieldModel
): { name: string; kind: ValueTypeName; description: string }[] {
    if (field.valueType === 'Location') {
        const base = field.apiName.replace(/__c$/i, '');
        return (['Latitude', 'Longitude'] as const).map((part) => ({
            name: `${base}__${part}__s`,
            kind: `${part}Value`,
            description: `${field.label} (${part})`
        }));
    }
    const kind = valueTypeOf(project, field);
    return kind
        ? [{ name: field.apiName, kind, description: field.label }]
        : [];
}

/** `Obj` → `ObjConnection`, the type a query or child relationship returns. */
export const connectionTypeName = (objectApiName: string): string =>
    `${objectApiName}Connection`;
export const edgeTypeName = (objectApiName: string): string =>
    `${objectApiName}Edge`;
export const filterTypeName = (objectApiName: string): string =>
    `${objectApiName}_Filter`;
export const orderByTypeName = (objectApiName: string): string =>
    `${objectApiName}_OrderBy`;

/** The name a relationship to a parent is queried by: `Lookup__r` for custom lookups, `Owner` for standard ones. */
export function parentRelationshipName(field: FieldModel): string | undefined {
    if (!field.referenceTo) return undefined;
    return field.custom
        ? field.apiName.replace(/__c$/i, '__r')
        : field.relationshipName;
}

const nonNull = <T extends GraphQLOutputType>(type: T) =>
    new GraphQLNonNull(type);

/** Scalars and shared types of the UI API that do not depend on the objects. */
function sharedTypes() {
    const scalars = new Map<string, GraphQLScalarType>([
        ['String', GraphQLString],
        ['Boolean', GraphQLBoolean],
        ['ID', GraphQLID],
        ['Int', GraphQLInt]
    ]);
    for (const kind of Object.values(VALUE_KINDS)) {
        if (!scalars.has(kind.scalar))
            scalars.set(
                kind.scalar,
                new GraphQLScalarType({ name: kind.scalar })
            );
    }
    const Long = scalars.get('Long')!;
    const wrappers = new Map(
        (Object.entries(VALUE_KINDS) as [ValueTypeName, ValueKind][]).map(
            ([name, kind]) => {
                const fields: GraphQLFieldConfigMap<unknown, unknown> = {
                    value: { type: scalars.get(kind.scalar)! },
                    displayValue: { type: GraphQLString }
                };
                for (const extra of kind.extras)
                    fields[extra] = { type: GraphQLString };
                return [name, new GraphQLObjectType({ name, fields })];
            }
        )
    );
    const dateLiteral = (name: string, values: string[]) =>
        new GraphQLEnumType({
            name,
            values: Object.fromEntries(values.map((value) => [value, {}]))
        });
    const DateLiteral = dateLiteral('DateLiteral', [
        'TODAY',
        'YESTERDAY',
        'TOMORROW',
        'LAST_WEEK',
        'THIS_WEEK',
        'NEXT_WEEK',
        'LAST_MONTH',
        'THIS_MONTH',
        'NEXT_MONTH',
        'LAST_90_DAYS',
        'NEXT_90_DAYS',
        'THIS_QUARTER',
        'LAST_QUARTER',
        'NEXT_QUARTER',
        'THIS_YEAR',
        'LAST_YEAR',
        'NEXT_YEAR'
    ]);
    const dateInput = (name: string, scalar: GraphQLScalarType) =>
        new GraphQLInputObjectType({
            name,
            fields: { value: { type: scalar }, literal: { type: DateLiteral } }
        });
    const operatorInputs = new Map<string, GraphQLInputObjectType>();
    const operatorsFor = (
        kind: ValueKind
    ): GraphQLInputObjectType | undefined => {
        if (!kind.operators) return undefined;
        const scalar = scalars.get(kind.scalar)!;
        const name = `${kind.scalar === 'ID' ? 'ID' : kind.scalar}Operators`;
        if (operatorInputs.has(name)) return operatorInputs.get(name);
        const operand: GraphQLInputType =
            kind.operators === 'date'
                ? dateInput('DateInput', scalar)
                : kind.operators === 'datetime'
                  ? dateInput('DateTimeInput', scalar)
                  : scalar;
        const fields: GraphQLInputFieldConfigMap = {
            eq: { type: operand },
            ne: { type: operand },
            in: { type: new GraphQLList(operand) },
            nin: { type: new GraphQLList(operand) }
        };
        if (kind.operators === 'multipicklist') {
            fields.includes = { type: new GraphQLList(operand) };
            fields.excludes = { type: new GraphQLList(operand) };
        } else if (kind.operators !== 'equality') {
            for (const comparison of ['lt', 'gt', 'lte', 'gte'])
                fields[comparison] = { type: operand };
        }
        if (kind.operators === 'text') fields.like = { type: operand };
        const input = new GraphQLInputObjectType({ name, fields });
        operatorInputs.set(name, input);
        return input;
    };
    const OrderByClause = new GraphQLInputObjectType({
        name: 'OrderByClause',
        fields: {
            order: {
                type: new GraphQLEnumType({
                    name: 'ResultOrder',
                    values: { ASC: {}, DESC: {} }
                })
            },
            nulls: {
                type: new GraphQLEnumType({
                    name: 'NullOrder',
                    values: { FIRST: {}, LAST: {} }
                })
            }
        }
    });
    const PageInfo = new GraphQLObjectType({
        name: 'PageInfo',
        fields: {
            hasNextPage: { type: nonNull(GraphQLBoolean) },
            hasPreviousPage: { type: nonNull(GraphQLBoolean) },
            startCursor: { type: GraphQLString },
            endCursor: { type: GraphQLString }
        }
    });
    const RecordScope = new GraphQLEnumType({
        name: 'RecordScope',
        values: {
            EVERYTHING: {},
            MINE: {},
            MINE_AND_MY_GROUPS: {},
            TEAM: {},
            ASSIGNED_TO_ME: {},
            DELEGATED: {}
        }
    });
    const Record = new GraphQLInterfaceType({
        name: 'Record',
        fields: {
            Id: { type: nonNull(GraphQLID) },
            ApiName: { type: nonNull(GraphQLString) },
            WeakEtag: { type: nonNull(Long) },
            DisplayValue: { type: GraphQLString }
        }
    });
    return {
        wrappers,
        operatorsFor,
        OrderByClause,
        PageInfo,
        RecordScope,
        Record,
        Long
    };
}

/**
 * `@optional`: a field the context user may not read (field-level security,
 * or no access to the object) is left out of the response instead of failing
 * the whole query. API 65.0 and later; a field-only directive without
 * arguments, also on parent and child relationships ("`@optional` is a
 * per-field directive (`directive @optional on FIELD`)", "Apply it to every
 * scalar field, parent relationship, and child relationship" —
 * https://github.com/forcedotcom/afv-library/blob/main/skills/using-ui-bundle-salesforce-data/SKILL.md).
 * The preview's executor gives it its meaning (`scripts/preview/fieldAccess.ts`).
 */
export const OPTIONAL_DIRECTIVE = new GraphQLDirective({
    name: 'optional',
    locations: [DirectiveLocation.FIELD]
});

/**
 * Builds the UI API GraphQL schema (see the module comment for its shape) of
 * every object in the project model, standard ones included.
 */
export function buildGraphqlSchema(project: ProjectModel): GraphQLSchema {
    const shared = sharedTypes();
    const objectTypes = new Map<string, GraphQLObjectType>();
    const connections = new Map<string, GraphQLObjectType>();
    const filters = new Map<string, GraphQLInputObjectType>();
    const orderBys = new Map<string, GraphQLInputObjectType>();
    const objectsByName = new Map(
        project.objects.map((object) => [object.apiName, object])
    );
    /** A relationship's target type: the object if it is one we model, the Record interface if polymorphic. */
    const parentOf = (field: FieldModel): ObjectModel[] =>
        (field.referenceTo ?? [])
            .map((name) => project.getObject(name))
            .filter((object): object is ObjectModel => !!object);

    const filterOf = (object: ObjectModel): GraphQLInputObjectType => {
        if (!filters.has(object.apiName)) {
            filters.set(
                object.apiName,
                new GraphQLInputObjectType({
                    name: filterTypeName(object.apiName),
                    fields: () => {
                        const self = filterOf(object);
                        const fields: GraphQLInputFieldConfigMap = {
                            and: { type: new GraphQLList(self) },
                            or: { type: new GraphQLList(self) },
                            not: { type: self }
                        };
                        for (const field of object.fields) {
                            for (const { name, kind } of schemaFieldsOf(
                                project,
                                field
                            )) {
                                const operators = shared.operatorsFor(
                                    VALUE_KINDS[kind]
                                );
                                if (operators)
                                    fields[name] = { type: operators };
                            }
                            const parents = parentOf(field);
                            const relationship = parentRelationshipName(field);
                            if (relationship && parents.length === 1)
                                fields[relationship] = {
                                    type: filterOf(parents[0])
                                };
                        }
                        return fields;
                    }
                })
            );
        }
        return filters.get(object.apiName)!;
    };

    const orderByOf = (object: ObjectModel): GraphQLInputObjectType => {
        if (!orderBys.has(object.apiName)) {
            orderBys.set(
                object.apiName,
                new GraphQLInputObjectType({
                    name: orderByTypeName(object.apiName),
                    fields: () => {
                        const fields: GraphQLInputFieldConfigMap = {};
                        for (const field of object.fields) {
                            for (const { name, kind } of schemaFieldsOf(
                                project,
                                field
                            )) {
                                if (VALUE_KINDS[kind].sortable)
                                    fields[name] = {
                                        type: shared.OrderByClause
                                    };
                            }
                            const parents = parentOf(field);
                            const relationship = parentRelationshipName(field);
                            if (relationship && parents.length === 1)
                                fields[relationship] = {
                                    type: orderByOf(parents[0])
                                };
                        }
                        return fields;
                    }
                })
            );
        }
        return orderBys.get(object.apiName)!;
    };

    const listArguments = (object: ObjectModel) => ({
        where: { type: filterOf(object) },
        first: { type: GraphQLInt },
        after: { type: GraphQLString },
        orderBy: { type: orderByOf(object) },
        upperBound: { type: GraphQLInt }
    });

    const connectionOf = (object: ObjectModel): GraphQLObjectType => {
        if (!connections.has(object.apiName)) {
            const edge = new GraphQLObjectType({
                name: edgeTypeName(object.apiName),
                fields: () => ({
                    node: { type: objectTypeOf(object) },
                    cursor: { type: nonNull(GraphQLString) }
                })
            });
            connections.set(
                object.apiName,
                new GraphQLObjectType({
                    name: connectionTypeName(object.apiName),
                    fields: {
                        edges: { type: new GraphQLList(edge) },
                        totalCount: { type: nonNull(GraphQLInt) },
                        pageInfo: { type: nonNull(shared.PageInfo) }
                    }
                })
            );
        }
        return connections.get(object.apiName)!;
    };

    const objectTypeOf = (object: ObjectModel): GraphQLObjectType => {
        if (!objectTypes.has(object.apiName)) {
            objectTypes.set(
                object.apiName,
                new GraphQLObjectType({
                    name: object.apiName,
                    description: object.label,
                    interfaces: [shared.Record],
                    fields: () => {
                        const fields: GraphQLFieldConfigMap<unknown, unknown> =
                            {
                                Id: { type: nonNull(GraphQLID) },
                                ApiName: { type: nonNull(GraphQLString) },
                                WeakEtag: { type: nonNull(shared.Long) },
                                DisplayValue: { type: GraphQLString }
                            };
                        for (const field of object.fields) {
                            if (field.apiName === 'Id') continue;
                            for (const {
                                name,
                                kind,
                                description
                            } of schemaFieldsOf(project, field)) {
                                fields[name] = {
                                    type: shared.wrappers.get(kind)!,
                                    description
                                };
                            }
                            const parents = parentOf(field);
                            const relationship = parentRelationshipName(field);
                            if (relationship && parents.length > 0) {
                                fields[relationship] = {
                                    type:
                                        parents.length === 1
                                            ? objectTypeOf(parents[0])
                                            : shared.Record
                                };
                            }
                        }
                        for (const child of project.childRelationships(
                            object.apiName
                        )) {
                            const childObject = objectsByName.get(
                                child.childObject
                            )!;
                            fields[child.name] = {
                                type: connectionOf(childObject),
                                args: listArguments(childObject)
                            };
                        }
                        return fields;
                    }
                })
            );
        }
        return objectTypes.get(object.apiName)!;
    };

    const RecordQuery = new GraphQLObjectType({
        name: 'RecordQuery',
        fields: () =>
            Object.fromEntries(
                project.objects.map((object) => [
                    object.apiName,
                    {
                        type: connectionOf(object),
                        args: {
                            ...listArguments(object),
                            scope: { type: shared.RecordScope }
                        }
                    }
                ])
            )
    });
    const UIAPI = new GraphQLObjectType({
        name: 'UIAPI',
        fields: { query: { type: nonNull(RecordQuery) } }
    });
    const Query = new GraphQLObjectType({
        name: 'Query',
        fields: { uiapi: { type: nonNull(UIAPI) } }
    });
    // Types reached only through the Record interface must still be part of the schema.
    return new GraphQLSchema({
        query: Query,
        types: project.objects.map(objectTypeOf),
        directives: [...specifiedDirectives, OPTIONAL_DIRECTIVE]
    });
}
