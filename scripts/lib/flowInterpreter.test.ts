import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    assertInterpretable,
    evaluateLogic,
    FlowUnsupportedError,
    triggeredFlows
} from './flowInterpreter';
import {
    DML_IN_LOOP_FLOW_XML,
    REVIEW_FLOW_FILE,
    REVIEW_FLOW_XML
} from './flowModelFixture';
import { loadProject } from './project';
import { withProjectCopy } from './projectCopy';

const project = loadProject();

describe('flow interpreter', () => {
    it('reads condition logic as Flow Builder writes it', () => {
        assert.equal(evaluateLogic('and', [true, false]), false);
        assert.equal(evaluateLogic('or', [true, false]), true);
        assert.equal(
            evaluateLogic('1 AND (2 OR 3)', [true, false, true]),
            true
        );
        assert.equal(
            evaluateLogic('1 AND (2 OR 3)', [true, false, false]),
            false
        );
        assert.equal(evaluateLogic('NOT 1 OR 2', [true, false]), false);
        assert.throws(
            () => evaluateLogic('1 AND 4', [true, true]),
            /names no condition 4/
        );
        assert.throws(
            () => evaluateLogic('(1 AND 2', [true, true]),
            /unbalanced/
        );
    });

    it('picks the active flows an event triggers, in trigger order then API name', () => {
        const names = (
            ...trigger: Parameters<typeof triggeredFlows> extends [
                unknown,
                ...infer Rest
            ]
                ? Rest
                : never
        ) => triggeredFlows(project, ...trigger).map((flow) => flow.apiName);
        assert.deepEqual(
            names('Buy_Sell_Level__c', 'create', 'RecordAfterSave'),
            ['Buy_Sell_Level_After_Save']
        );
        assert.deepEqual(
            names('buy_sell_level__c', 'update', 'RecordAfterSave'),
            ['Buy_Sell_Level_After_Save']
        );
        assert.deepEqual(
            names('Buy_Sell_Level__c', 'delete', 'RecordBeforeDelete'),
            ['Buy_Sell_Level_Before_Delete']
        );
        assert.deepEqual(
            names('Buy_Sell_Level__c', 'create', 'RecordBeforeSave'),
            []
        );
        assert.deepEqual(
            names('Joint_Metric__c', 'update', 'RecordAfterSave'),
            []
        );
    });

    it('can run every shipped flow', () => {
        assert.ok(project.flows.length >= 3);
        for (const flow of project.flows) assertInterpretable(project, flow);
    });

    it('refuses, naming the element, an operator it cannot run, and accepts a flow it can', () => {
        withProjectCopy((copy) => {
            copy.write(REVIEW_FLOW_FILE, REVIEW_FLOW_XML);
            copy.write(
                'force-app/main/default/flows/Unshare_Metrics.flow-meta.xml',
                DML_IN_LOOP_FLOW_XML
            );
            copy.replace(
                REVIEW_FLOW_FILE,
                '<operator>GreaterThan</operator>',
                '<operator>WasSet</operator>'
            );
            const copied = loadProject(copy.root);
            assert.throws(
                () =>
                    assertInterpretable(
                        copied,
                        copied.getFlow('Buy_Sell_Slip_Review')!
                    ),
                (error: Error) =>
                    error instanceof FlowUnsupportedError &&
                    error.message.includes(
                        'decisions[Level_Dropped_In_Active_Plan].rules[Dropped] cannot run offline: operator WasSet'
                    )
            );
            assertInterpretable(copied, copied.getFlow('Unshare_Metrics')!);
        });
    });

    it('refuses, naming the element, what follows a Custom Error and subflow outputs stored automatically', () => {
        const flow =
            'force-app/main/default/flows/Plan_Action_Before_Delete.flow-meta.xml';
        /** Why Plan_Action_Before_Delete cannot run once `search` is replaced, if it cannot. */
        const refusal = (search: string, replacement: string) =>
            withProjectCopy((copy) => {
                copy.replace(flow, search, replacement);
                const copied = loadProject(copy.root);
                try {
                    assertInterpretable(
                        copied,
                        copied.getFlow('Plan_Action_Before_Delete')!
                    );
                    return undefined;
                } catch (error) {
                    assert.ok(error instanceof FlowUnsupportedError);
                    return error.message;
                }
            });
        assert.match(
            refusal(
                '<name>Counts_Not_Saved</name>',
                '<name>Counts_Not_Saved</name>\n        <connector>\n            <targetReference>Has_Objective</targetReference>\n        </connector>'
            ) ?? '',
            /customErrors\[Counts_Not_Saved\] cannot run offline: elements after a Custom Error/
        );
        assert.match(
            refusal(
                '    </subflows>',
                '        <storeOutputAutomatically>true</storeOutputAutomatically>\n    </subflows>'
            ) ?? '',
            /subflows\[Count_Objective\] cannot run offline: subflow outputs stored automatically/
        );
    });
});
