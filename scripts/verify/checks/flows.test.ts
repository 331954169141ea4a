import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
    REVIEW_FLOW_FILE as FLOW,
    REVIEW_FLOW_XML
} from '../../lib/flowModelFixture';
import { loadProject } from '../../lib/project';
import { type ProjectCopy, withProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject, type VerifyResult } from '../verify';

/** Problems and notes of the flows check on a copy holding the fixture flow, changed by `change`. */
function flowProblems(
    change: (copy: ProjectCopy) => void = () => {}
): Pick<VerifyResult, 'problems' | 'unchecked'> {
    return withProjectCopy((copy) => {
        copy.write(FLOW, REVIEW_FLOW_XML);
        change(copy);
        const { problems, unchecked } = verifyProject(copy.root, {
            only: ['flows', 'metadataSchema']
        });
        return { problems, unchecked };
    });
}

/** Problems of the flows check on a copy of this project with `replacements` made in the shipped flow `flow`. */
const shippedProblems = (flow: string, ...replacements: [string, string][]) =>
    problemsAfter(['flows'], (copy) => {
        for (const [search, replacement] of replacements)
            copy.replace(shippedFlow(flow), search, replacement);
    });

const shippedFlow = (flow: string) => `${SOURCE}/flows/${flow}.flow-meta.xml`;

/** Replaces text of the fixture flow in a copy, asserting that it was there. */
const edit =
    (...replacements: [string, string][]) =>
    (copy: ProjectCopy) => {
        for (const [search, replacement] of replacements)
            copy.replace(FLOW, search, replacement);
    };

describe('flows check', () => {
    it('accepts a valid record-triggered flow, with nothing left unchecked', () => {
        assert.deepEqual(flowProblems(), { problems: [], unchecked: [] });
    });

    it('rejects an object that does not exist', () => {
        const { problems } = flowProblems(
            edit([
                '<object>Strategic_Account_Plan__c</object>\n        <queriedFields>',
                '<object>Strategic_Plan__c</object>\n        <queriedFields>'
            ])
        );
        assertProblem(
            problems,
            FLOW,
            'recordLookups[Get_Plan].object',
            /there is no object Strategic_Plan__c/
        );
        const start = flowProblems(
            edit([
                '<object>Buy_Sell_Level__c</object>',
                '<object>Buy_Sell__c</object>'
            ])
        ).problems;
        assertProblem(
            start,
            FLOW,
            'start.object',
            /there is no object Buy_Sell__c/
        );
    });

    it('rejects unknown fields in filters, queried fields and assignments', () => {
        const { problems } = flowProblems(
            edit(
                [
                    '<field>Perspective__c</field>',
                    '<field>Point_Of_View__c</field>'
                ],
                ['<queriedFields>Status__c', '<queriedFields>Stage__c'],
                [
                    '<field>Status__c</field>\n            <value>\n                <stringValue>Under Review',
                    '<field>State__c</field>\n            <value>\n                <stringValue>Under Review'
                ]
            )
        );
        assertProblem(
            problems,
            FLOW,
            'start.filters[Point_Of_View__c]',
            /Buy_Sell_Level__c has no field Point_Of_View__c/
        );
        assertProblem(
            problems,
            FLOW,
            'recordLookups[Get_Plan].queriedFields[Stage__c]',
            /Strategic_Account_Plan__c has no field Stage__c/
        );
        assertProblem(
            problems,
            FLOW,
            'recordUpdates[Mark_Plan_Under_Review].inputAssignments[State__c]',
            /Strategic_Account_Plan__c has no field State__c/
        );
    });

    it('rejects unknown fields in formulas and references, following parent relationships', () => {
        const { problems } = flowProblems(
            edit(
                ['{!$Record.Level__c}', '{!$Record.Levels__c}'],
                [
                    '$Record.Strategic_Account_Plan__r.Status__c',
                    '$Record.Strategic_Account_Plan__r.Stage__c'
                ],
                [
                    '<elementReference>$Record.Strategic_Account_Plan__c',
                    '<elementReference>$Record.Plan__r.Id'
                ],
                ['Get_Plan.Id<', 'Get_Plan.Plan_Id__c<']
            )
        );
        assertProblem(
            problems,
            FLOW,
            'formulas[Level_Drop].{!merge field}[$Record.Levels__c]',
            /Buy_Sell_Level__c has no field Levels__c/
        );
        assertProblem(
            problems,
            FLOW,
            'decisions[Level_Dropped_In_Active_Plan].leftValueReference[$Record.Strategic_Account_Plan__r.Stage__c]',
            /Strategic_Account_Plan__c has no field Stage__c/
        );
        assertProblem(
            problems,
            FLOW,
            'recordLookups[Get_Plan].elementReference[$Record.Plan__r.Id]',
            /Buy_Sell_Level__c has no relationship Plan__r/
        );
        assertProblem(
            problems,
            FLOW,
            'recordUpdates[Mark_Plan_Under_Review].elementReference[Get_Plan.Plan_Id__c]',
            /Strategic_Account_Plan__c has no field Plan_Id__c/
        );
    });

    it('resolves the fields of an entry condition written as a formula', () => {
        const formula = (condition: string) =>
            edit([
                '<filterLogic>and</filterLogic>\n        <filters>\n            <field>Perspective__c</field>',
                `<filterFormula>${condition}</filterFormula>\n        <filterLogic>and</filterLogic>\n        <filters>\n            <field>Perspective__c</field>`
            ]);
        assert.deepEqual(
            flowProblems(
                formula(
                    'ISPICKVAL({!$Record.Strategic_Account_Plan__r.Status__c}, &quot;Active&quot;)'
                )
            ).problems,
            []
        );
        assertProblem(
            flowProblems(
                formula(
                    'ISPICKVAL({!$Record.Strategic_Account_Plan__r.State__c}, &quot;Active&quot;)'
                )
            ).problems,
            FLOW,
            'start.{!merge field}[$Record.Strategic_Account_Plan__r.State__c]',
            /Strategic_Account_Plan__c has no field State__c/
        );
    });

    it('rejects references to resources and elements the flow does not have', () => {
        const { problems } = flowProblems(
            edit(
                [
                    '<leftValueReference>Level_Drop<',
                    '<leftValueReference>Level_Change<'
                ],
                ['{!$Flow.CurrentDateTime}', '{!Slip_Date}'],
                ['<targetReference>Plan_Found<', '<targetReference>Check_Plan<']
            )
        );
        assertProblem(
            problems,
            FLOW,
            'decisions[Level_Dropped_In_Active_Plan].leftValueReference[Level_Change]',
            /there is no resource or element Level_Change in this flow/
        );
        assertProblem(
            problems,
            FLOW,
            'interviewLabel.{!merge field}[Slip_Date]',
            /there is no resource or element Slip_Date/
        );
        assertProblem(
            problems,
            FLOW,
            'recordLookups[Get_Plan].targetReference[Check_Plan]',
            /goes to Check_Plan, which is not an element of this flow/
        );
    });

    it('rejects a formula or roll-up field set by a flow', () => {
        const { problems } = flowProblems(
            edit([
                '<field>Status__c</field>\n            <value>\n                <stringValue>Under Review',
                '<field>Plan_Health__c</field>\n            <value>\n                <stringValue>Under Review'
            ])
        );
        assertProblem(
            problems,
            FLOW,
            'recordUpdates[Mark_Plan_Under_Review].inputAssignments[Plan_Health__c]',
            /Strategic_Account_Plan__c.Plan_Health__c is a formula or roll-up summary field: a flow cannot set it/
        );
    });

    it('rejects prior values and IsChanged in a flow that no update triggers', () => {
        const { problems } = flowProblems(
            edit([
                '<recordTriggerType>Update</recordTriggerType>',
                '<recordTriggerType>Create</recordTriggerType>'
            ])
        );
        assertProblem(
            problems,
            FLOW,
            'formulas[Level_Drop].{!merge field}[$Record__Prior.Level__c]',
            /\$Record__Prior exists only in a flow triggered by an update .* not Create/
        );
        assertProblem(
            problems,
            FLOW,
            'start.filters[Level__c]',
            /IsChanged needs a flow triggered by an update/
        );
    });

    it('rejects a record-triggered start without its object or with a trigger that does not fit', () => {
        const { problems } = flowProblems(
            edit(
                ['<object>Buy_Sell_Level__c</object>', ''],
                [
                    '<triggerType>RecordAfterSave</triggerType>',
                    '<triggerType>RecordBeforeDelete</triggerType>'
                ]
            )
        );
        assertProblem(
            problems,
            FLOW,
            'start',
            /a RecordBeforeDelete flow needs the <object> it runs on/
        );
        assertProblem(
            problems,
            FLOW,
            'start.recordTriggerType',
            /a RecordBeforeDelete flow runs on Delete, not Update/
        );
        assertProblem(
            problems,
            FLOW,
            'decisions[Level_Dropped_In_Active_Plan].leftValueReference[$Record.Strategic_Account_Plan__r.Status__c]',
            /\$Record exists only in a flow that starts on an object/
        );
    });

    it('rejects other records changed by a before-save flow', () => {
        const { problems } = flowProblems(
            edit([
                '<triggerType>RecordAfterSave</triggerType>',
                '<triggerType>RecordBeforeSave</triggerType>'
            ])
        );
        assertProblem(
            problems,
            FLOW,
            'recordUpdates[Mark_Plan_Under_Review]',
            /a before-save flow \(RecordBeforeSave\) can update only the triggering record \(\$Record\)/
        );
    });

    it('rejects a record create or delete in a before-save flow, and a formula field assigned to $Record', () => {
        const { problems } = flowProblems(
            edit(
                [
                    '<triggerType>RecordAfterSave</triggerType>',
                    '<triggerType>RecordBeforeSave</triggerType>'
                ],
                ['<recordUpdates>', '<recordCreates>'],
                ['</recordUpdates>', '</recordCreates>'],
                [
                    '<assignToReference>Failure_Message</assignToReference>',
                    '<assignToReference>$Record.Level_Name__c</assignToReference>'
                ]
            )
        );
        assertProblem(
            problems,
            FLOW,
            'recordCreates[Mark_Plan_Under_Review]',
            /a before-save flow \(RecordBeforeSave\) changes only the record being saved: it cannot hold recordCreates/
        );
        assertProblem(
            problems,
            FLOW,
            'assignments[Record_Failure].assignToReference[$Record.Level_Name__c]',
            /Buy_Sell_Level__c.Level_Name__c is a formula or roll-up summary field/
        );
    });

    it('notes standard names outside the catalogue instead of rejecting them', () => {
        const { problems, unchecked } = flowProblems(
            edit([
                '<elementReference>$Record.Strategic_Account_Plan__c',
                '<elementReference>$Record.Customer_Respondent__r.JigsawContactId'
            ])
        );
        assert.deepEqual(problems, []);
        assert.deepEqual(
            unchecked.map((note) => note.element),
            [
                'recordLookups[Get_Plan].elementReference[$Record.Customer_Respondent__r.JigsawContactId]'
            ]
        );
    });

    it('rejects a subflow that names no flow of the project or an input the flow does not take', () => {
        const shipped =
            'force-app/main/default/flows/Buy_Sell_Level_Before_Delete.flow-meta.xml';
        const problems = (search: string, replacement: string) =>
            withProjectCopy((copy) => {
                copy.replace(shipped, search, replacement);
                return verifyProject(copy.root, { only: ['flows'] }).problems;
            });
        assertProblem(
            problems(
                '<flowName>Buy_Sell_Latest_Assessment</flowName>',
                '<flowName>Buy_Sell_Latest</flowName>'
            ),
            shipped,
            'subflows[Keep_History].flowName',
            /runs the flow Buy_Sell_Latest, which is not a flow of this project/
        );
        assertProblem(
            problems('<name>Excluded_Id</name>', '<name>Deleted_Id</name>'),
            shipped,
            'subflows[Keep_History].inputAssignments[Deleted_Id]',
            /Buy_Sell_Latest_Assessment has no input variable Deleted_Id/
        );
    });

    it('accepts the shipped flows, whose record-triggered flows refuse a save with Custom Errors fed by subflow outputs', () => {
        const shipped = loadProject().flows;
        assert.ok(
            shipped.some((flow) => flow.customErrors.length) &&
                shipped.some((flow) =>
                    flow.subflows.some(
                        (subflow) => subflow.outputAssignments.length
                    )
                ),
            'the shipped flows hold Custom Errors and subflow outputs'
        );
        assert.deepEqual(
            problemsAfter(['flows'], () => {}),
            []
        );
    });

    it('rejects a subflow output that is no output variable of the flow it runs, or that goes into no variable', () => {
        const flow = 'Plan_Action_Before_Delete';
        const element = 'subflows[Count_Objective].outputAssignments';
        assertProblem(
            shippedProblems(flow, [
                '<name>Fault_Message</name>',
                '<name>Objective_Id</name>'
            ]),
            shippedFlow(flow),
            `${element}[Objective_Id]`,
            /Plan_Objective_Action_Counts has no output variable Objective_Id/
        );
        assertProblem(
            shippedProblems('Plan_Objective_Action_Counts', [
                '<isOutput>true</isOutput>',
                '<isOutput>false</isOutput>'
            ]),
            shippedFlow(flow),
            `${element}[Fault_Message]`,
            /Plan_Objective_Action_Counts has no output variable Fault_Message/
        );
        assertProblem(
            shippedProblems(flow, [
                '<assignToReference>Counts_Fault</assignToReference>',
                '<assignToReference>Has_Objective</assignToReference>'
            ]),
            shippedFlow(flow),
            `${element}[Fault_Message].assignToReference`,
            /stores the output in Has_Objective, which is not a variable of this flow/
        );
    });

    it('rejects a Custom Error in a flow that no record triggers', () => {
        const flow = 'Plan_Objective_Action_Counts';
        assertProblem(
            shippedProblems(flow, [
                '    <decisions>',
                `    <customErrors>
        <name>Counts_Refused</name>
        <label>Counts Refused</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <customErrorMessages>
            <errorMessage>The counts could not be saved.</errorMessage>
            <isFieldError>false</isFieldError>
        </customErrorMessages>
    </customErrors>
    <decisions>`
            ]),
            shippedFlow(flow),
            'customErrors[Counts_Refused]',
            /a Custom Error runs only in a record-triggered flow \(triggerType RecordBeforeSave, RecordAfterSave, RecordBeforeDelete\), not none/
        );
    });

    it('rejects a Custom Error on a scheduled path, and accepts it on the path that runs immediately', () => {
        const refusal = [
            '    <decisions>',
            `    <customErrors>
        <name>Slip_Refused</name>
        <label>Slip Refused</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <customErrorMessages>
            <errorMessage>The plan could not be put under review: {!Failure_Message}</errorMessage>
            <isFieldError>false</isFieldError>
        </customErrorMessages>
    </customErrors>
    <decisions>`
        ] as [string, string];
        const afterFailure = [
            '            </value>\n        </assignmentItems>\n    </assignments>',
            '            </value>\n        </assignmentItems>\n        <connector>\n            <targetReference>Slip_Refused</targetReference>\n        </connector>\n    </assignments>'
        ] as [string, string];
        assert.deepEqual(
            flowProblems(edit(refusal, afterFailure)).problems,
            []
        );
        const { problems } = flowProblems(
            edit(refusal, afterFailure, [
                '        <triggerType>RecordAfterSave</triggerType>',
                `        <triggerType>RecordAfterSave</triggerType>
        <scheduledPaths>
            <name>Day_After</name>
            <connector>
                <targetReference>Record_Failure</targetReference>
            </connector>
            <label>Day After</label>
            <offsetNumber>1</offsetNumber>
            <offsetUnit>Days</offsetUnit>
            <timeSource>RecordTriggerEvent</timeSource>
        </scheduledPaths>`
            ])
        );
        assertProblem(
            problems,
            FLOW,
            'customErrors[Slip_Refused]',
            /a Custom Error cannot run on a scheduled or asynchronous path/
        );
    });

    it('rejects a Custom Error message over 255 characters', () => {
        const flow = 'Plan_Action_After_Save';
        const message = (length: number) => {
            const merge = '{!Counts_Fault}';
            return `${'x'.repeat(length - merge.length)}${merge}`;
        };
        const withMessage = (length: number) =>
            shippedProblems(flow, [
                'The action counts of the objective could not be updated, so the change was not saved: {!Counts_Fault}',
                message(length)
            ]);
        assert.deepEqual(withMessage(255), []);
        assertProblem(
            withMessage(256),
            shippedFlow(flow),
            'customErrors[Counts_Not_Saved].customErrorMessages[0].errorMessage',
            /the message has 256 characters; a Custom Error's message has at most 255/
        );
    });

    it('rejects an inline Custom Error without a field, or on a field the triggering record lacks', () => {
        const flow = 'Plan_Action_After_Save';
        const element = 'customErrors[Counts_Not_Saved].customErrorMessages[0]';
        const inline = (selection: string) =>
            shippedProblems(flow, [
                '<isFieldError>false</isFieldError>',
                `<isFieldError>true</isFieldError>${selection}`
            ]);
        assert.deepEqual(
            inline('<fieldSelection>Status__c</fieldSelection>'),
            []
        );
        assertProblem(
            inline(''),
            shippedFlow(flow),
            element,
            /an inline error \(isFieldError\) names the field it shows on in fieldSelection/
        );
        assertProblem(
            inline('<fieldSelection>Stage__c</fieldSelection>'),
            shippedFlow(flow),
            `${element}.fieldSelection`,
            /Plan_Action__c has no field Stage__c/
        );
        assertProblem(
            inline('<fieldSelection>Objective__r.Status__c</fieldSelection>'),
            shippedFlow(flow),
            `${element}.fieldSelection`,
            /an inline error shows on a field of the triggering record itself, not on Objective__r.Status__c/
        );
    });
});
