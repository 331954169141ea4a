import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;
const OFF_TRACK_VIEW = `${OBJECTS}/Joint_Metric__c/listViews/Off_Track_Metrics.listView-meta.xml`;
const ACTIVE_PLANS_VIEW = `${OBJECTS}/Strategic_Account_Plan__c/listViews/Active_Plans.listView-meta.xml`;

describe('listViews check', () => {
    it('rejects a column typo and an owner column on a detail object', () => {
        const problems = problemsAfter(['listViews'], (copy) => {
            copy.replace(
                OFF_TRACK_VIEW,
                '<columns>Baseline__c</columns>',
                '<columns>Baselin__c</columns>'
            );
            copy.replace(
                OFF_TRACK_VIEW,
                '<columns>NAME</columns>',
                '<columns>NAME</columns>\n    <columns>OWNER.ALIAS</columns>'
            );
        });
        assertProblem(
            problems,
            OFF_TRACK_VIEW,
            'columns[Baselin__c]',
            /neither a custom field of Joint_Metric__c nor a standard column/
        );
        assertProblem(
            problems,
            OFF_TRACK_VIEW,
            'columns[OWNER.ALIAS]',
            /needs OwnerId/
        );
    });

    it('rejects a filter on a missing field and a picklist value that does not exist', () => {
        const problems = problemsAfter(['listViews'], (copy) => {
            copy.replace(
                OFF_TRACK_VIEW,
                '<field>Status__c</field>',
                '<field>Statu__c</field>'
            );
            copy.replace(
                ACTIVE_PLANS_VIEW,
                '<value>Active</value>',
                '<value>Activ</value>'
            );
        });
        assertProblem(
            problems,
            OFF_TRACK_VIEW,
            'filters[Statu__c]',
            /Statu__c/
        );
        assertProblem(
            problems,
            ACTIVE_PLANS_VIEW,
            'filters[Status__c]',
            /Activ is not a value of the picklist Status__c/
        );
    });

    it('rejects an overdue-actions view filtering on a field the action lacks', () => {
        const view = `${OBJECTS}/Plan_Action__c/listViews/Overdue_Actions.listView-meta.xml`;
        const problems = problemsAfter(['listViews'], (copy) =>
            copy.replace(
                view,
                '<field>Overdue__c</field>',
                '<field>Is_Overdue__c</field>'
            )
        );
        assertProblem(problems, view, /Is_Overdue__c/, /Plan_Action__c/);
    });
});
