import { REVIEW_STATUSES } from 'c/reviewModel';
import { RISK_SEVERITIES } from 'c/riskModel';
import { CATEGORIES, INDICATOR_TYPES } from 'c/scorecardModel';
import { CLOSED_STATUSES, STATUS_THEMES } from 'c/objectiveModel';
import type { ValueStyle } from 'c/labelFormat';
import {
    loadProject,
    picklistValueNames
} from '../../../../../../scripts/lib/project';

/**
 * The vocabularies of picklist fields, held to the fields' metadata: a value
 * renamed, added or dropped in the object and not in its table would show
 * unthemed, or sort last, without any other test noticing.
 */
const PICKLIST_VOCABULARIES: [string, string, readonly ValueStyle[]][] = [
    ['Account_Review__c', 'Status__c', REVIEW_STATUSES],
    ['Plan_Risk__c', 'Severity__c', RISK_SEVERITIES],
    ['Joint_Metric__c', 'Category__c', CATEGORIES],
    ['Joint_Metric__c', 'Indicator_Type__c', INDICATOR_TYPES]
];

/** The API values of a picklist field, as its metadata lists them. */
const picklistValues = (object: string, field: string): string[] =>
    picklistValueNames(loadProject().getField(object, field)!) ?? [];

describe('picklist vocabularies', () => {
    it.each(PICKLIST_VOCABULARIES)(
        'the table of %s.%s holds exactly its picklist values',
        (object, field, table) => {
            const values = picklistValues(object, field);
            expect(values.length).toBeGreaterThan(0);
            expect(new Set(table.map((entry) => entry.value))).toEqual(
                new Set(values)
            );
        }
    );

    it('themes and closes objectives and actions by values their Status fields have', () => {
        const objectiveStatuses = picklistValues(
            'Plan_Objective__c',
            'Status__c'
        );
        const actionStatuses = picklistValues('Plan_Action__c', 'Status__c');
        for (const status of Object.keys(STATUS_THEMES)) {
            expect([...objectiveStatuses, ...actionStatuses]).toContain(status);
        }
        expect(actionStatuses).toEqual(expect.arrayContaining(CLOSED_STATUSES));
    });
});
