import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

describe('convertSource check', () => {
    it('reports the file that sf project convert source refuses', () => {
        const stray = `${SOURCE}/objects/Joint_Metric__c/fields/Owner_Name__c.fieldd-meta.xml`;
        const problems = problemsAfter(['convertSource'], (copy) =>
            copy.write(
                stray,
                copy.read(
                    `${SOURCE}/objects/Joint_Metric__c/fields/Unit__c.field-meta.xml`
                )
            )
        );
        assertProblem(
            problems,
            stray,
            'sf project convert source',
            /Unexpected child metadata/
        );
    });

    it('reports components whose compiled module would not be deployed', () => {
        const problems = problemsAfter(['convertSource'], (copy) =>
            copy.write(
                '.forceignore',
                `${copy.read('.forceignore')}\n**/*.js\n`
            )
        );
        assertProblem(
            problems,
            `${SOURCE}/lwc/accountPlanQuery`,
            'accountPlanQuery.js',
            /converted bundle has no main module/
        );
    });
});
