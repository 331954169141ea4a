import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;
const LEVEL_COMPACT = `${OBJECTS}/Buy_Sell_Level__c/compactLayouts/Buy_Sell_Level_Compact.compactLayout-meta.xml`;

describe('compactLayouts check', () => {
    it('rejects a compact layout field typo', () => {
        const problems = problemsAfter(['compactLayouts'], (copy) =>
            copy.replace(
                LEVEL_COMPACT,
                '<fields>Horizon__c</fields>',
                '<fields>Horizn__c</fields>'
            )
        );
        assertProblem(
            problems,
            LEVEL_COMPACT,
            'fields[Horizn__c]',
            /Buy_Sell_Level__c has no field Horizn__c/
        );
    });
});
