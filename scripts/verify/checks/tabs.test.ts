import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

describe('tabs check', () => {
    it('rejects a tab for a missing object', () => {
        const tab = `${SOURCE}/tabs/Joint_Metrics__c.tab-meta.xml`;
        const problems = problemsAfter(['tabs'], (copy) =>
            copy.write(
                tab,
                copy.read(`${SOURCE}/tabs/Joint_Metric__c.tab-meta.xml`)
            )
        );
        assertProblem(
            problems,
            tab,
            '<customObject>',
            /there is no object Joint_Metrics__c/
        );
    });
});
