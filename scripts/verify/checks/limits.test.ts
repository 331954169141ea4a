import { describe, it } from 'node:test';
import { loadProject } from '../../lib/project';
import { LIMITS } from './limits';
import { type ProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;
const METRIC_OBJECT = `${OBJECTS}/Joint_Metric__c/Joint_Metric__c.object-meta.xml`;
const PLAN_OBJECT = `${OBJECTS}/Strategic_Account_Plan__c/Strategic_Account_Plan__c.object-meta.xml`;
const METRIC_STATUS = `${OBJECTS}/Joint_Metric__c/fields/Status__c.field-meta.xml`;
const TARGET_RULE = `${OBJECTS}/Joint_Metric__c/validationRules/Target_Differs_From_Baseline.validationRule-meta.xml`;

/** A field file made from an existing one of the same kind, under a new name. */
function cloneField(
    copy: ProjectCopy,
    object: string,
    from: string,
    to: string
): void {
    const text = copy.read(
        `${OBJECTS}/${object}/fields/${from}.field-meta.xml`
    );
    copy.write(
        `${OBJECTS}/${object}/fields/${to}.field-meta.xml`,
        text.replace(
            `<fullName>${from}</fullName>`,
            `<fullName>${to}</fullName>`
        )
    );
}

describe('limits check', () => {
    it(`rejects a formula longer than ${LIMITS.formulaCharacters} characters, in a field and in a validation rule`, () => {
        const padding = `/* ${'x'.repeat(LIMITS.formulaCharacters)} */ `;
        const problems = problemsAfter(['limits'], (copy) => {
            copy.replace(METRIC_STATUS, '<formula>', `<formula>${padding}`);
            copy.replace(
                TARGET_RULE,
                '<errorConditionFormula>',
                `<errorConditionFormula>${padding}`
            );
        });
        assertProblem(
            problems,
            METRIC_STATUS,
            '<formula>',
            /the formula has \d+ characters; the limit is 3900/
        );
        assertProblem(
            problems,
            TARGET_RULE,
            '<errorConditionFormula>',
            /the limit is 3900/
        );
    });

    it('rejects a third master-detail field on an object', () => {
        const problems = problemsAfter(['limits'], (copy) => {
            cloneField(
                copy,
                'Joint_Metric__c',
                'Strategic_Account_Plan__c',
                'Second_Plan__c'
            );
            cloneField(
                copy,
                'Joint_Metric__c',
                'Strategic_Account_Plan__c',
                'Third_Plan__c'
            );
        });
        assertProblem(
            problems,
            METRIC_OBJECT,
            '<CustomObject>',
            /3 master-detail fields \(.*Third_Plan__c.*\); an object may have at most 2/
        );
    });

    it(`rejects ${LIMITS.rollUpsPerObject + 1} roll-up summary fields on an object`, () => {
        const problems = problemsAfter(['limits'], (copy) => {
            const plan = loadProject(copy.root).getObject(
                'Strategic_Account_Plan__c'
            )!;
            const existing = plan.fields.filter(
                (field) => field.type === 'Summary'
            ).length;
            for (
                let index = existing;
                index <= LIMITS.rollUpsPerObject;
                index++
            ) {
                cloneField(
                    copy,
                    'Strategic_Account_Plan__c',
                    'Metric_Count__c',
                    `Metric_Count_${index}__c`
                );
            }
        });
        assertProblem(
            problems,
            PLAN_OBJECT,
            '<CustomObject>',
            /26 roll-up summary fields .*; an object may have at most 25/
        );
    });

    it('rejects a field label over 40 characters and a custom label value over 1,000', () => {
        const labels = `${SOURCE}/labels/CustomLabels.labels-meta.xml`;
        const problems = problemsAfter(['limits'], (copy) => {
            copy.replace(
                METRIC_STATUS,
                '<label>Status</label>',
                `<label>${'S'.repeat(41)}</label>`
            );
            copy.replace(
                labels,
                /<value>/,
                `<value>${'x'.repeat(LIMITS.customLabelCharacters)}`
            );
        });
        assertProblem(
            problems,
            METRIC_STATUS,
            '<label>',
            /41 characters; the limit is 40/
        );
        assertProblem(problems, labels, /^labels\[\w+\]$/, /the limit is 1000/);
    });
    it(`rejects more than ${LIMITS.trackedFieldsPerObject} history-tracked fields and more than ${LIMITS.compactLayoutFields} compact layout fields`, () => {
        const compact = `${OBJECTS}/Strategic_Account_Plan__c/compactLayouts/Strategic_Account_Plan_Compact.compactLayout-meta.xml`;
        const problems = problemsAfter(['limits'], (copy) => {
            const plan = loadProject(copy.root).getObject(
                'Strategic_Account_Plan__c'
            )!;
            const fields = plan.fields.filter((field) => field.file);
            for (const field of fields) {
                const file = `${OBJECTS}/Strategic_Account_Plan__c/fields/${field.apiName}.field-meta.xml`;
                const untracked = copy
                    .read(file)
                    .replace(/\s*<trackHistory>\w+<\/trackHistory>/, '');
                copy.write(
                    file,
                    untracked.replace(
                        '<label>',
                        '<trackHistory>true</trackHistory>\n    <label>'
                    )
                );
            }
            const placed = fields
                .map((field) => `<fields>${field.apiName}</fields>`)
                .join('\n    ');
            copy.replace(
                compact,
                '<fields>Name</fields>',
                `<fields>Name</fields>\n    ${placed}`
            );
        });
        assertProblem(
            problems,
            PLAN_OBJECT,
            '<CustomObject>',
            /\d+ history-tracked fields .*; an object may have at most 20/
        );
        assertProblem(
            problems,
            compact,
            '<fields>',
            /\d+ fields; a compact layout shows at most 10/
        );
    });
});
