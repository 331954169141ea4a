import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadProject } from './project';

test('the model resolves the fixed child relationships of the data model', () => {
    const project = loadProject();
    assert.deepEqual(
        project
            .childRelationships('Strategic_Account_Plan__c')
            .map((relationship) => relationship.name),
        [
            'Account_Reviews__r',
            'Buy_Sell_Levels__r',
            'Executive_Sponsor_Cadences__r',
            'Joint_Metrics__r',
            'Plan_Actions__r',
            'Plan_Objectives__r',
            'Plan_Risks__r'
        ]
    );
    // A lookup between two details of the same plan: the objective's actions.
    assert.equal(
        project.getChildRelationship('Plan_Objective__c', 'plan_actions__r')
            ?.childObject,
        'Plan_Action__c'
    );
    assert.equal(
        project.getChildRelationship('Account', 'strategic_account_plans__r')
            ?.childObject,
        'Strategic_Account_Plan__c'
    );
    assert.equal(
        project.getRelationshipField(
            'Joint_Metric__c',
            'Strategic_Account_Plan__r'
        )?.referenceTo?.[0],
        'Strategic_Account_Plan__c'
    );
});
