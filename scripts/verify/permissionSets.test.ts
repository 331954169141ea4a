import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from './testing';

const USER = `${SOURCE}/permissionsets/Strategic_Account_Planning_User.permissionset-meta.xml`;
const MANAGER = `${SOURCE}/permissionsets/Strategic_Account_Planning_Manager.permissionset-meta.xml`;
const check = (breakIt: Parameters<typeof problemsAfter>[1]) =>
    problemsAfter(['permissionSets'], breakIt);
const fieldPermission = (field: string, editable: boolean) =>
    `<fieldPermissions>\n        <editable>${editable}</editable>\n        <field>${field}</field>\n        <readable>true</readable>\n    </fieldPermissions>\n    `;

describe('permissionSets check', () => {
    it('rejects a field permission for a missing field, and reports the field it left out', () => {
        const problems = check((copy) =>
            copy.replace(
                USER,
                '<field>Joint_Metric__c.Actual__c</field>',
                '<field>Joint_Metric__c.Actul__c</field>'
            )
        );
        assertProblem(
            problems,
            USER,
            'fieldPermissions[Joint_Metric__c.Actul__c]',
            /Joint_Metric__c has no field Actul__c/
        );
        assertProblem(
            problems,
            USER,
            'fieldPermissions[Joint_Metric__c.Actual__c]',
            /missing/
        );
    });

    it('rejects a field permission for a master-detail field', () => {
        const problems = check((copy) =>
            copy.replace(
                USER,
                '<fieldPermissions>',
                fieldPermission(
                    'Joint_Metric__c.Strategic_Account_Plan__c',
                    true
                ) + '<fieldPermissions>'
            )
        );
        assertProblem(
            problems,
            USER,
            'fieldPermissions[Joint_Metric__c.Strategic_Account_Plan__c]',
            /master-detail field: an org refuses/
        );
    });

    it('rejects a field permission for a required field', () => {
        const actual = `${SOURCE}/objects/Joint_Metric__c/fields/Actual__c.field-meta.xml`;
        const problems = check((copy) =>
            copy.replace(
                actual,
                '<label>',
                '<required>true</required>\n    <label>'
            )
        );
        assertProblem(
            problems,
            USER,
            'fieldPermissions[Joint_Metric__c.Actual__c]',
            /required field/
        );
        assertProblem(
            problems,
            MANAGER,
            'fieldPermissions[Joint_Metric__c.Actual__c]',
            /required field/
        );
    });

    it('rejects an editable formula field and edit without read', () => {
        const problems = check((copy) => {
            copy.replace(
                USER,
                /<editable>false<\/editable>(\s*<field>Buy_Sell_Level__c\.Level_Name__c<\/field>)/,
                '<editable>true</editable>$1'
            );
            copy.replace(
                MANAGER,
                /(<field>Buy_Sell_Level__c\.Rationale__c<\/field>\s*)<readable>true<\/readable>/,
                '$1<readable>false</readable>'
            );
        });
        assertProblem(
            problems,
            USER,
            'fieldPermissions[Buy_Sell_Level__c.Level_Name__c]',
            /calculated .* cannot be editable/
        );
        assertProblem(
            problems,
            MANAGER,
            'fieldPermissions[Buy_Sell_Level__c.Rationale__c]',
            /editable needs readable/
        );
    });

    it('rejects a custom field left out of one permission set', () => {
        const problems = check((copy) =>
            copy.replace(
                MANAGER,
                /<fieldPermissions>\s*<editable>true<\/editable>\s*<field>Buy_Sell_Level__c\.Rationale__c<\/field>\s*<readable>true<\/readable>\s*<\/fieldPermissions>\s*/,
                ''
            )
        );
        assertProblem(
            problems,
            MANAGER,
            'fieldPermissions[Buy_Sell_Level__c.Rationale__c]',
            /missing: every permissionable custom field appears in every permission set/
        );
        if (problems.some((problem) => problem.file === USER))
            throw new Error('the other permission set is still complete');
    });

    it('rejects object permissions for a missing object or without what they need, and a missing tab', () => {
        const problems = check((copy) => {
            copy.replace(
                MANAGER,
                '<object>Joint_Metric__c</object>',
                '<object>Joint_Metrics__c</object>'
            );
            copy.replace(
                MANAGER,
                /<allowEdit>true<\/allowEdit>(\s*<allowRead>true<\/allowRead>\s*<modifyAllRecords>false<\/modifyAllRecords>\s*<object>Buy_Sell_Level__c)/,
                '<allowEdit>false</allowEdit>$1'
            );
            copy.replace(
                USER,
                '<tab>Joint_Metric__c</tab>',
                '<tab>Joint_Metrics__c</tab>'
            );
        });
        assertProblem(
            problems,
            MANAGER,
            'objectPermissions[Joint_Metrics__c]',
            /there is no object Joint_Metrics__c/
        );
        assertProblem(
            problems,
            MANAGER,
            'objectPermissions[Buy_Sell_Level__c]',
            /allowDelete needs allowEdit/
        );
        assertProblem(
            problems,
            USER,
            'tabSettings[Joint_Metrics__c]',
            /there is no tab Joint_Metrics__c/
        );
    });
    it('accepts standard fields of standard objects and rejects system fields', () => {
        const problems = check((copy) =>
            copy.replace(
                USER,
                '<fieldPermissions>',
                fieldPermission('Account.Industry', true) +
                    fieldPermission('Joint_Metric__c.CreatedById', false) +
                    '<fieldPermissions>'
            )
        );
        assertProblem(
            problems,
            USER,
            'fieldPermissions[Joint_Metric__c.CreatedById]',
            /a system field: an org refuses/
        );
        if (
            problems.some(
                (problem) =>
                    problem.element === 'fieldPermissions[Account.Industry]'
            )
        )
            throw new Error(JSON.stringify(problems));
    });
});
