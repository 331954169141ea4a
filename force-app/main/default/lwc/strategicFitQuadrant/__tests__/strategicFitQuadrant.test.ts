import { IMPORTANT_FROM } from 'c/strategicFitQuadrant';
import { loadProject } from '../../../../../../scripts/lib/project';

describe('c-strategic-fit-quadrant', () => {
    it('draws its dividers at the threshold the classification formula uses', () => {
        const formula = loadProject().getField(
            'Strategic_Account_Plan__c',
            'Account_Classification__c'
        )?.formula;
        const thresholds = [
            ...(formula ?? '').matchAll(
                /Importance_To_(?:Us|Customer)__c\s*>=\s*([\d.]+)/g
            )
        ].map((match) => Number(match[1]));

        expect(thresholds.length).toBeGreaterThan(0);
        expect(new Set(thresholds)).toEqual(new Set([IMPORTANT_FROM]));
    });
});
