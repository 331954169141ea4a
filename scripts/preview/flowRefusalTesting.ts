/**
 * Test helpers for the flows' fault handling: a copy of this project in which
 * an object refuses some saves (a validation rule added to it), and the
 * refusal a flow's Custom Error answers the triggering save with.
 */
import assert from 'node:assert/strict';
import { loadProject, type ProjectModel } from '../lib/project';
import { type ProjectCopy, withProjectCopy } from '../lib/projectCopy';
import { escapeXml } from '../lib/xml';
import { RecordWriteError } from './store';

export interface AddedValidationRule {
    object: string;
    name: string;
    /** The error condition, as a formula. */
    formula: string;
    message: string;
}

/** Runs `use` on the model of a copy of this project with `rule` added to its object, and changed by `edit` if given. */
export function withValidationRule<T>(
    rule: AddedValidationRule,
    use: (project: ProjectModel) => T,
    edit: (copy: ProjectCopy) => void = () => {}
): T {
    return withProjectCopy((copy) => {
        edit(copy);
        copy.write(
            `force-app/main/default/objects/${rule.object}/validationRules/${rule.name}.validationRule-meta.xml`,
            `<?xml version="1.0" encoding="UTF-8"?>
<ValidationRule xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${rule.name}</fullName>
    <active>true</active>
    <errorConditionFormula>${escapeXml(rule.formula)}</errorConditionFormula>
    <errorMessage>${escapeXml(rule.message)}</errorMessage>
</ValidationRule>
`
        );
        return use(loadProject(copy.root));
    });
}

/** Asserts that `save` is refused as a Custom Error shown in a window refuses it: one message on the record, on no field. */
export function assertRefusedWith(message: string, save: () => unknown): void {
    assert.throws(save, (error: unknown) => {
        assert.ok(error instanceof RecordWriteError);
        assert.equal(error.status, 400);
        assert.deepEqual(
            error.errors.map(({ errorCode, message, field }) => [
                errorCode,
                message,
                field
            ]),
            [['FIELD_CUSTOM_VALIDATION_EXCEPTION', message, undefined]]
        );
        return true;
    });
}
