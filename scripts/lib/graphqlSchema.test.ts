import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { execute, parse, validate } from 'graphql';
import { buildGraphqlSchema, valueTypeOf } from './graphqlSchema';
import { loadProject } from './project';

const project = loadProject();
const schema = buildGraphqlSchema(project);
const errorsOf = (query: string) =>
    validate(schema, parse(query)).map((error) => error.message);
const field = (object: string, name: string) => project.getField(object, name)!;

describe('buildGraphqlSchema', () => {
    it('wraps each value in the UI API type of its field type, formulas by return type, roll-ups by what they sum', () => {
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Plan_Health__c')
            ),
            'PercentValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Metric_Count__c')
            ),
            'DoubleValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Customer_Level_Sum__c')
            ),
            'DoubleValue'
        );
        assert.equal(
            valueTypeOf(project, field('Joint_Metric__c', 'Status__c')),
            'StringValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Status__c')
            ),
            'PicklistValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Vision__c')
            ),
            'LongTextAreaValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Account__c')
            ),
            'IDValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Review_Overdue__c')
            ),
            'BooleanValue'
        );
        assert.equal(
            valueTypeOf(
                project,
                field('Strategic_Account_Plan__c', 'Next_Review_Date__c')
            ),
            'DateValue'
        );
    });

    it('accepts a query in the shape the components use', () => {
        const errors =
            errorsOf(`query plans($recordId: ID, $first: Int, $status: Picklist) {
            uiapi { query { Strategic_Account_Plan__c(
                where: { and: [{ Account__c: { eq: $recordId } }, { Status__c: { eq: $status } }], Last_Review_Date__c: { lt: { literal: TODAY } } }
                first: $first
                orderBy: { Plan_Start_Date__c: { order: DESC, nulls: LAST }, Account__r: { Name: { order: ASC } } }
            ) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node {
                    Id ApiName WeakEtag
                    Name { value } Status__c { value displayValue label } Plan_Health__c { value displayValue format }
                    Account__r { Id Name { value } }
                    Executive_Sponsor__r { Name { value } }
                    Joint_Metrics__r(first: 200, where: { Shared_With_Customer__c: { eq: true } }, orderBy: { Name: { order: ASC } }) {
                        totalCount edges { node { Id Actual__c { value displayValue } Strategic_Account_Plan__r { Id } } }
                    }
                } }
            } } }
        }`);
        assert.deepEqual(errors, []);
    });

    it("offers the standard objects' catalogued child relationships, and only those", () => {
        assert.deepEqual(
            errorsOf(`{ uiapi { query { Account {
                edges { node { Id
                    Contacts(first: 5, orderBy: { LastName: { order: ASC } }) { edges { node { Id Email { value } } } }
                    Opportunities { totalCount }
                } }
            } } } }`),
            []
        );
        assert.deepEqual(
            errorsOf(
                '{ uiapi { query { Account { edges { node { Contact { totalCount } } } } } } }'
            ),
            [
                'Cannot query field "Contact" on type "Account". Did you mean "Contacts" or "Contracts"?'
            ]
        );
    });

    it('refuses what the UI API refuses: filtering a long text area, a wrong variable type, a missing relationship', () => {
        const errors =
            errorsOf(`query bad($id: String) { uiapi { query { Strategic_Account_Plan__c(where: { Vision__c: { eq: "x" }, Id: { eq: $id } }) {
            edges { node { Metrics__r { totalCount } } }
        } } } }`);
        assert.ok(
            errors.some((message) =>
                /Field "Vision__c" is not defined by type "Strategic_Account_Plan__c_Filter"/.test(
                    message
                )
            ),
            errors.join('\n')
        );
        assert.ok(
            errors.some((message) =>
                /Variable "\$id" of type "String" used in position expecting type "ID"/.test(
                    message
                )
            ),
            errors.join('\n')
        );
        assert.ok(
            errors.some((message) =>
                /Cannot query field "Metrics__r"/.test(message)
            ),
            errors.join('\n')
        );
    });

    it('resolves a query from data shaped like the response with the default resolvers', () => {
        const document = parse(
            '{ uiapi { query { Joint_Metric__c(first: 1) { totalCount edges { node { Id Progress__c { value displayValue } } } } } } }'
        );
        const node = {
            Id: 'a03000000000001AAA',
            Progress__c: { value: 50, displayValue: '50%' }
        };
        const result = execute({
            schema,
            document,
            rootValue: {
                uiapi: {
                    query: {
                        Joint_Metric__c: { totalCount: 1, edges: [{ node }] }
                    }
                }
            }
        });
        assert.deepEqual(JSON.parse(JSON.stringify(result)), {
            data: {
                uiapi: {
                    query: {
                        Joint_Metric__c: { totalCount: 1, edges: [{ node }] }
                    }
                }
            }
        });
    });
});

describe('buildGraphqlSchema over every CustomField type', () => {
    // Every member of FieldType in @salesforce/types' lib/metadata.d.ts, as a
    // field of one custom object of a temporary project.
    const FIELD_TYPES = [
        'AutoNumber',
        'Lookup',
        'MasterDetail',
        'Checkbox',
        'Currency',
        'Date',
        'DateTime',
        'Email',
        'Number',
        'Percent',
        'Phone',
        'Picklist',
        'MultiselectPicklist',
        'Text',
        'TextArea',
        'LongTextArea',
        'Html',
        'Url',
        'EncryptedText',
        'Summary',
        'Hierarchy',
        'File',
        'MetadataRelationship',
        'Location',
        'ExternalLookup',
        'IndirectLookup',
        'CustomDataType',
        'Time',
        'Address',
        'Array',
        'Integer',
        'Long'
    ];
    const REFERENCES = new Set([
        'Lookup',
        'MasterDetail',
        'Hierarchy',
        'MetadataRelationship',
        'ExternalLookup',
        'IndirectLookup'
    ]);
    const root = mkdtempSync(path.join(os.tmpdir(), 'graphql-types-'));
    const objectDir = path.join(
        root,
        'force-app/main/default/objects/Every_Type__c'
    );
    mkdirSync(path.join(objectDir, 'fields'), { recursive: true });
    writeFileSync(
        path.join(root, 'sfdx-project.json'),
        JSON.stringify({
            packageDirectories: [{ path: 'force-app', default: true }]
        })
    );
    writeFileSync(
        path.join(objectDir, 'Every_Type__c.object-meta.xml'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>Every Type</label><pluralLabel>Every Types</pluralLabel><nameField><label>Name</label><type>Text</type></nameField></CustomObject>\n'
    );
    for (const type of FIELD_TYPES) {
        const reference = REFERENCES.has(type)
            ? `<referenceTo>Account</referenceTo><relationshipName>${type}s</relationshipName>`
            : '';
        writeFileSync(
            path.join(objectDir, 'fields', `${type}__c.field-meta.xml`),
            `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>${type}__c</fullName><label>${type}</label><type>${type}</type>${reference}</CustomField>\n`
        );
    }
    after(() => rmSync(root, { recursive: true, force: true }));

    it('builds, and wraps each type as the UI API does', () => {
        const model = loadProject(root);
        const typed = buildGraphqlSchema(model);
        const errors = validate(
            typed,
            parse(`{ uiapi { query { Every_Type__c(
                where: { Time__c: { gt: "10:00:00.000Z" }, MultiselectPicklist__c: { includes: ["a"] }, Location__Latitude__s: { gt: 10 }, Integer__c: { eq: 1 } }
                orderBy: { Long__c: { order: ASC } }
            ) { edges { node {
                Time__c { value } MultiselectPicklist__c { value } Html__c { value } EncryptedText__c { value }
                Location__Latitude__s { value } Location__Longitude__s { value } Integer__c { value } Long__c { value }
                MetadataRelationship__c { value } ExternalLookup__c { value }
            } } } } } }`)
        ).map((error) => error.message);
        assert.deepEqual(errors, []);
        const wrapper = (name: string) =>
            valueTypeOf(model, model.getField('Every_Type__c', name)!);
        assert.equal(wrapper('Time__c'), 'TimeValue');
        assert.equal(wrapper('MultiselectPicklist__c'), 'MultiPicklistValue');
        assert.equal(wrapper('Html__c'), 'RichTextAreaValue');
        assert.equal(wrapper('MetadataRelationship__c'), 'IDValue');
        assert.equal(wrapper('Location__c'), undefined);
    });

    it('refuses to filter a rich text area, or to query a geolocation as one value', () => {
        const typed = buildGraphqlSchema(loadProject(root));
        const errors = validate(
            typed,
            parse(
                '{ uiapi { query { Every_Type__c(where: { Html__c: { eq: "x" } }) { edges { node { Location__c { value } } } } } } }'
            )
        ).map((error) => error.message);
        assert.ok(
            errors.some((message) => /"Html__c" is not defined/.test(message)),
            errors.join('\n')
        );
        assert.ok(
            errors.some((message) =>
                /Cannot query field "Location__c"/.test(message)
            ),
            errors.join('\n')
        );
    });
});
