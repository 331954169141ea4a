import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;
const PLAN_LAYOUT = `${SOURCE}/layouts/Strategic_Account_Plan__c-Strategic Account Plan Layout.layout-meta.xml`;

describe('layouts check', () => {
    it('rejects a layout field typo, a related list typo and a related list column typo', () => {
        const problems = problemsAfter(['layouts'], (copy) => {
            copy.replace(
                PLAN_LAYOUT,
                '<field>Vision__c</field>',
                '<field>Vison__c</field>'
            );
            copy.replace(
                PLAN_LAYOUT,
                '<relatedList>Joint_Metric__c.Strategic_Account_Plan__c</relatedList>',
                '<relatedList>Joint_Metric__c.Plan__c</relatedList>'
            );
            copy.replace(
                PLAN_LAYOUT,
                '<fields>Perspective__c</fields>',
                '<fields>Perspectiv__c</fields>'
            );
        });
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'layoutItems[Vison__c]',
            /Strategic_Account_Plan__c has no field Vison__c/
        );
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'relatedLists[Joint_Metric__c.Plan__c]',
            /not a relationship of a child object/
        );
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'relatedLists[Buy_Sell_Level__c.Strategic_Account_Plan__c].fields[Perspectiv__c]',
            /Perspectiv__c/
        );
    });

    it('rejects a field history related list on an object without history', () => {
        const plan = `${OBJECTS}/Strategic_Account_Plan__c/Strategic_Account_Plan__c.object-meta.xml`;
        const problems = problemsAfter(['layouts'], (copy) =>
            copy.replace(
                plan,
                '<enableHistory>true</enableHistory>',
                '<enableHistory>false</enableHistory>'
            )
        );
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'relatedLists[RelatedEntityHistoryList]',
            /does not enable/
        );
    });
});
