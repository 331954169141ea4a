import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
    REVIEW_FLOW_FILE as FLOW,
    REVIEW_FLOW_XML
} from '../../lib/flowModelFixture';
import { type ProjectCopy, withProjectCopy } from '../../lib/projectCopy';
import { assertProblem } from '../testing';
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
});
