import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFlow, readFlows } from './flowModel';
import { REVIEW_FLOW_XML } from './flowModelFixture';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flow-model-test-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, xml: string): string {
    const file = path.join(dir, `${name}.flow-meta.xml`);
    fs.writeFileSync(file, xml);
    return file;
}

/** A screen flow with the elements the fixture lacks: loop, create, delete, screen, constants. */
const CLEANUP_FLOW = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <constants>
        <name>Archived</name>
        <dataType>String</dataType>
        <value>
            <stringValue>Archived</stringValue>
        </value>
    </constants>
    <description>Text that looks like {!Not_A_Reference} is no reference here.</description>
    <label>Plan Cleanup</label>
    <loops>
        <name>Each_Metric</name>
        <label>Each Metric</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <collectionReference>Metrics</collectionReference>
        <iterationOrder>Desc</iterationOrder>
        <nextValueConnector>
            <targetReference>Each_Metric</targetReference>
        </nextValueConnector>
        <noMoreValuesConnector>
            <targetReference>Delete_Metrics</targetReference>
        </noMoreValuesConnector>
    </loops>
    <processType>Flow</processType>
    <recordCreates>
        <name>Create_Review</name>
        <label>Create Review</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignRecordIdToReference>Review_Id</assignRecordIdToReference>
        <inputAssignments>
            <field>Review_Date__c</field>
            <value>
                <dateValue>2026-01-31</dateValue>
            </value>
        </inputAssignments>
        <object>Account_Review__c</object>
    </recordCreates>
    <recordDeletes>
        <name>Delete_Metrics</name>
        <label>Delete Metrics</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Done</targetReference>
        </connector>
        <inputReference>Metrics</inputReference>
    </recordDeletes>
    <screens>
        <name>Done</name>
        <label>Done</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <fields>
            <name>Summary</name>
            <fieldText>Deleted {!Metric_Count} metrics of {!Archived} plans.</fieldText>
            <fieldType>DisplayText</fieldType>
        </fields>
    </screens>
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Each_Metric</targetReference>
        </connector>
    </start>
    <variables>
        <name>Metrics</name>
        <dataType>SObject</dataType>
        <isCollection>true</isCollection>
        <isInput>true</isInput>
        <isOutput>false</isOutput>
        <objectType>Joint_Metric__c</objectType>
    </variables>
    <variables>
        <name>Metric_Count</name>
        <dataType>Number</dataType>
        <isCollection>false</isCollection>
        <isInput>false</isInput>
        <isOutput>false</isOutput>
        <scale>0</scale>
        <value>
            <numberValue>0.0</numberValue>
        </value>
    </variables>
</Flow>
`;

describe('readFlow', () => {
    const review = readFlow(write('Buy_Sell_Slip_Review', REVIEW_FLOW_XML));
    const cleanup = readFlow(write('Plan_Cleanup', CLEANUP_FLOW));

    it('reads the flow and its record-triggered start', () => {
        assert.equal(review.apiName, 'Buy_Sell_Slip_Review');
        assert.equal(review.label, 'Buy-Sell Slip Review');
        assert.equal(review.processType, 'AutoLaunchedFlow');
        assert.equal(review.status, 'Active');
        assert.deepEqual(review.start, {
            object: 'Buy_Sell_Level__c',
            recordTriggerType: 'Update',
            triggerType: 'RecordAfterSave',
            filterLogic: 'and',
            filterFormula: undefined,
            doesRequireRecordChangedToMeetCriteria: false,
            connector: 'Level_Dropped_In_Active_Plan',
            scheduledPaths: [],
            filters: [
                {
                    field: 'Perspective__c',
                    operator: 'EqualTo',
                    value: { kind: 'string', value: 'Customer' }
                },
                {
                    field: 'Horizon__c',
                    operator: 'EqualTo',
                    value: { kind: 'string', value: 'Current' }
                },
                {
                    field: 'Level__c',
                    operator: 'IsChanged',
                    value: { kind: 'boolean', value: true }
                }
            ]
        });
    });

    it('reads record lookups and updates with their filters, fields and connectors', () => {
        assert.deepEqual(review.recordLookups, [
            {
                name: 'Get_Plan',
                label: 'Get Plan',
                connector: 'Plan_Found',
                faultConnector: 'Record_Failure',
                object: 'Strategic_Account_Plan__c',
                filterLogic: 'and',
                filters: [
                    {
                        field: 'Id',
                        operator: 'EqualTo',
                        value: {
                            kind: 'reference',
                            reference: '$Record.Strategic_Account_Plan__c'
                        }
                    }
                ],
                queriedFields: ['Id', 'Status__c'],
                outputAssignments: [],
                outputReference: undefined,
                storeOutputAutomatically: true,
                getFirstRecordOnly: true,
                sortField: undefined,
                sortOrder: undefined,
                assignNullValuesIfNoRecordsFound: false
            }
        ]);
        const [update] = review.recordUpdates;
        assert.equal(update.object, 'Strategic_Account_Plan__c');
        assert.equal(update.connector, undefined);
        assert.deepEqual(update.inputAssignments, [
            {
                field: 'Status__c',
                value: { kind: 'string', value: 'Under Review' }
            }
        ]);
    });

    it('reads decisions, formulas and assignments so an interpreter can walk them', () => {
        assert.deepEqual(
            review.decisions.map((decision) => [
                decision.name,
                decision.rules.map((rule) => [
                    rule.name,
                    rule.conditionLogic,
                    rule.conditions.map(
                        (condition) =>
                            `${condition.leftValueReference} ${condition.operator}`
                    ),
                    rule.connector
                ]),
                decision.defaultConnector
            ]),
            [
                [
                    'Level_Dropped_In_Active_Plan',
                    [
                        [
                            'Dropped',
                            'and',
                            [
                                'Level_Drop GreaterThan',
                                '$Record.Strategic_Account_Plan__r.Status__c EqualTo'
                            ],
                            'Get_Plan'
                        ]
                    ],
                    undefined
                ],
                [
                    'Plan_Found',
                    [
                        [
                            'Found',
                            'and',
                            ['Get_Plan IsNull'],
                            'Mark_Plan_Under_Review'
                        ]
                    ],
                    undefined
                ]
            ]
        );
        assert.deepEqual(review.formulas, [
            {
                name: 'Level_Drop',
                dataType: 'Number',
                expression: '{!$Record__Prior.Level__c} - {!$Record.Level__c}',
                scale: 0
            }
        ]);
        assert.deepEqual(review.assignments[0].items, [
            {
                assignToReference: 'Failure_Message',
                operator: 'Assign',
                value: { kind: 'reference', reference: '$Flow.FaultMessage' }
            }
        ]);
    });

    it('reads loops, creates, deletes, constants and typed values, and lists the elements it does not model', () => {
        assert.deepEqual(cleanup.loops, [
            {
                name: 'Each_Metric',
                label: 'Each Metric',
                connector: undefined,
                faultConnector: undefined,
                collectionReference: 'Metrics',
                assignNextValueToReference: undefined,
                iterationOrder: 'Desc',
                nextValueConnector: 'Each_Metric',
                noMoreValuesConnector: 'Delete_Metrics'
            }
        ]);
        assert.deepEqual(cleanup.recordCreates[0].inputAssignments, [
            {
                field: 'Review_Date__c',
                value: { kind: 'date', value: '2026-01-31' }
            }
        ]);
        assert.equal(
            cleanup.recordCreates[0].assignRecordIdToReference,
            'Review_Id'
        );
        assert.equal(cleanup.recordDeletes[0].inputReference, 'Metrics');
        assert.deepEqual(cleanup.constants[0].value, {
            kind: 'string',
            value: 'Archived'
        });
        assert.deepEqual(
            cleanup.variables.map((variable) => [
                variable.name,
                variable.objectType,
                variable.isCollection,
                variable.value
            ]),
            [
                ['Metrics', 'Joint_Metric__c', true, undefined],
                ['Metric_Count', undefined, false, { kind: 'number', value: 0 }]
            ]
        );
        assert.deepEqual(cleanup.otherElements, [
            { name: 'Done', kind: 'screens' }
        ]);
    });

    it('lists every name, nested screen fields and decision outcomes too', () => {
        assert.deepEqual(
            cleanup.names.map(({ name, kind }) => `${kind}:${name}`),
            [
                'constants:Archived',
                'loops:Each_Metric',
                'recordCreates:Create_Review',
                'recordDeletes:Delete_Metrics',
                'screens:Done',
                'fields:Summary',
                'variables:Metrics',
                'variables:Metric_Count'
            ]
        );
        assert.ok(
            review.names.some(
                ({ name, kind }) => kind === 'rules' && name === 'Dropped'
            )
        );
    });

    it('lists every reference with the element holding it, merge fields in texts included, descriptions excluded', () => {
        assert.deepEqual(
            cleanup.references.map(
                ({ reference, element, property }) =>
                    `${element} ${property} ${reference}`
            ),
            [
                'loops[Each_Metric] collectionReference Metrics',
                'loops[Each_Metric] targetReference Each_Metric',
                'loops[Each_Metric] targetReference Delete_Metrics',
                'recordCreates[Create_Review] assignRecordIdToReference Review_Id',
                'recordDeletes[Delete_Metrics] targetReference Done',
                'recordDeletes[Delete_Metrics] inputReference Metrics',
                'screens[Done] {!merge field} Metric_Count',
                'screens[Done] {!merge field} Archived',
                'start targetReference Each_Metric'
            ]
        );
    });

    it('reads several files, leaving out one that is not well formed', () => {
        const broken = write('Broken', '<Flow><label>Broken</Flow>');
        assert.deepEqual(
            readFlows([review.file, broken, cleanup.file]).map(
                (flow) => flow.apiName
            ),
            ['Buy_Sell_Slip_Review', 'Plan_Cleanup']
        );
    });

    it('reads subflows with their inputs and outputs, custom errors, and the trigger order', () => {
        const flow = readFlow(
            path.join(
                __dirname,
                '../../force-app/main/default/flows/Buy_Sell_Level_After_Save.flow-meta.xml'
            )
        );
        assert.equal(flow.triggerOrder, 10);
        const inputs = [
            'Horizon',
            'Perspective',
            'Plan_Id',
            'Customer_Respondent_Id',
            'Internal_Respondent_Id'
        ];
        assert.deepEqual(
            flow.subflows.map((subflow) => [
                subflow.name,
                subflow.flowName,
                subflow.inputAssignments.map((input) => input.name),
                subflow.outputAssignments,
                subflow.storeOutputAutomatically,
                subflow.connector
            ]),
            [
                [
                    'Keep_History',
                    'Buy_Sell_Latest_Assessment',
                    inputs,
                    [
                        {
                            name: 'Fault_Message',
                            assignToReference: 'History_Fault'
                        }
                    ],
                    false,
                    'History_Kept'
                ],
                [
                    'Keep_Prior_History',
                    'Buy_Sell_Latest_Assessment',
                    inputs,
                    [
                        {
                            name: 'Fault_Message',
                            assignToReference: 'History_Fault'
                        }
                    ],
                    false,
                    'Prior_History_Kept'
                ]
            ]
        );
        assert.deepEqual(flow.subflows[1].inputAssignments[0].value, {
            kind: 'reference',
            reference: '$Record__Prior.Horizon__c'
        });
        assert.deepEqual(flow.customErrors, [
            {
                name: 'History_Not_Saved',
                label: 'History Not Saved',
                connector: undefined,
                faultConnector: undefined,
                messages: [
                    {
                        errorMessage:
                            'The Buy-Sell history of this plan could not be updated, so the change was not saved: {!History_Fault}',
                        isFieldError: false,
                        fieldSelection: undefined
                    }
                ]
            }
        ]);
        assert.ok(
            flow.references.some(
                ({ reference, element, property }) =>
                    reference === 'History_Fault' &&
                    element === 'customErrors[History_Not_Saved]' &&
                    property === '{!merge field}'
            ),
            'the merge field of a message is a reference'
        );
        assert.deepEqual(flow.otherElements, []);
    });
});
