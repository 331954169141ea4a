import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ProjectCopy, withProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const USER = `${SOURCE}/permissionsets/Strategic_Account_Planning_User.permissionset-meta.xml`;
const MANAGER = `${SOURCE}/permissionsets/Strategic_Account_Planning_Manager.permissionset-meta.xml`;
const check = (breakIt: Parameters<typeof problemsAfter>[1]) =>
    problemsAfter(['permissionSets'], breakIt);
/** Problems and notes (`kind: 'unchecked'`) of the check on a broken copy. */
function findingsAfter(breakIt: (copy: ProjectCopy) => void) {
    return withProjectCopy((copy) => {
        breakIt(copy);
        const result = verifyProject(copy.root, { only: ['permissionSets'] });
        return [...result.problems, ...result.unchecked];
    });
}
/** Sets the object permissions of `object` in a copy of a permission set (`undefined` removes the entry). */
function grant(
    copy: ProjectCopy,
    file: string,
    object: string,
    permissions: Record<string, boolean> | undefined
): void {
    const entry = new RegExp(
        `\\s*<objectPermissions>(?:(?!</objectPermissions>)[\\s\\S])*<object>${object}</object>[\\s\\S]*?</objectPermissions>`
    );
    const text = copy.read(file);
    const found = entry.exec(text)?.[0];
    assert.ok(found, `${file} has no objectPermissions for ${object}`);
    const changed = Object.entries(permissions ?? {}).reduce(
        (xml, [name, value]) =>
            xml.replace(
                new RegExp(`<${name}>\\w+</${name}>`),
                `<${name}>${value}</${name}>`
            ),
        found
    );
    copy.write(file, text.replace(found, permissions ? changed : ''));
}
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

    it('reports an editable formula field (house rule) and rejects edit without read', () => {
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
            /house rule: Buy_Sell_Level__c\.Level_Name__c is calculated .*: grant it read only/
        );
        assert.equal(
            problems.find((problem) => problem.file === USER)?.kind,
            'house'
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
            /missing: house rule of this package, every permissionable custom field appears in every permission set/
        );
        assert.ok(problems.every((problem) => problem.kind === 'house'));
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
    it('accepts standard fields and notes the names and system fields it cannot judge', () => {
        const findings = findingsAfter((copy) =>
            copy.replace(
                USER,
                '<fieldPermissions>',
                fieldPermission('Account.Industry', true) +
                    fieldPermission('Joint_Metric__c.CreatedById', false) +
                    fieldPermission('Account.acme__Tier__c', false) +
                    '<fieldPermissions>'
            )
        );
        const kindOf = (element: string) =>
            findings.find((problem) => problem.element === element)?.kind;
        assertProblem(
            findings,
            USER,
            'fieldPermissions[Joint_Metric__c.CreatedById]',
            /system field: the offline model cannot tell/
        );
        assert.equal(
            kindOf('fieldPermissions[Joint_Metric__c.CreatedById]'),
            'unchecked'
        );
        assertProblem(
            findings,
            USER,
            'fieldPermissions[Account.acme__Tier__c]',
            /outside the offline catalogue/
        );
        assert.equal(
            kindOf('fieldPermissions[Account.acme__Tier__c]'),
            'unchecked'
        );
        assert.equal(kindOf('fieldPermissions[Account.Industry]'), undefined);
        assert.ok(
            !findings.some(
                (problem) =>
                    problem.element === 'fieldPermissions[Account.Industry]'
            ),
            JSON.stringify(findings)
        );
    });

    it('accepts a field permission on the Name of a custom object (dreamhouse-lwc deploys one)', () => {
        const findings = findingsAfter((copy) =>
            copy.replace(
                USER,
                '<fieldPermissions>',
                fieldPermission('Joint_Metric__c.Name', true) +
                    '<fieldPermissions>'
            )
        );
        assert.deepEqual(findings, []);
    });
});

describe('permissionSets check: master-detail dependencies', () => {
    const PLAN = 'Strategic_Account_Plan__c';
    const METRIC = 'Joint_Metric__c';

    it('rejects View All on a detail object without View All on its master', () => {
        const problems = check((copy) =>
            grant(copy, MANAGER, PLAN, { viewAllRecords: true })
        );
        assertProblem(
            problems,
            MANAGER,
            `objectPermissions[${PLAN}]`,
            /viewAllRecords needs viewAllRecords on Account, the master of Strategic_Account_Plan__c/
        );
    });

    it('follows the chain: a child needs Read on the plan and on the account above it', () => {
        const problems = check((copy) => {
            grant(copy, USER, 'Account', undefined);
            grant(copy, USER, PLAN, undefined);
        });
        assertProblem(
            problems,
            USER,
            `objectPermissions[${METRIC}]`,
            /allowRead needs allowRead on Strategic_Account_Plan__c, the master of Joint_Metric__c/
        );
        assertProblem(
            problems,
            USER,
            `objectPermissions[${METRIC}]`,
            /allowRead needs allowRead on Account, the master of Strategic_Account_Plan__c, the master of Joint_Metric__c/
        );
    });

    it('rejects Create on a detail object without Read on its master, even when the detail lacks Read too', () => {
        const problems = check((copy) => {
            grant(copy, USER, 'Account', { allowRead: false });
            grant(copy, USER, PLAN, { allowRead: false });
        });
        assertProblem(
            problems,
            USER,
            `objectPermissions[${PLAN}]`,
            /^allowCreate needs allowRead$/
        );
        assertProblem(
            problems,
            USER,
            `objectPermissions[${PLAN}]`,
            /allowCreate needs allowRead on Account, the master of Strategic_Account_Plan__c/
        );
    });

    it('asks View All, not Modify All, of the master of a child with Modify All (as the security guide says)', () => {
        const modifyAll = {
            allowDelete: true,
            viewAllRecords: true,
            modifyAllRecords: true
        };
        const withMasters = check((copy) => {
            grant(copy, MANAGER, METRIC, modifyAll);
            grant(copy, MANAGER, PLAN, { viewAllRecords: true });
            grant(copy, MANAGER, 'Account', { viewAllRecords: true });
        });
        assert.deepEqual(withMasters, []);
        const withoutViewAll = check((copy) =>
            grant(copy, MANAGER, METRIC, modifyAll)
        );
        assertProblem(
            withoutViewAll,
            MANAGER,
            `objectPermissions[${METRIC}]`,
            /viewAllRecords needs viewAllRecords on Strategic_Account_Plan__c, the master of Joint_Metric__c/
        );
    });

    it('notes an object outside the catalogue instead of rejecting it', () => {
        const findings = findingsAfter((copy) =>
            copy.replace(
                USER,
                '<object>Account</object>',
                '<object>acme__Region__c</object>'
            )
        );
        assertProblem(
            findings,
            USER,
            'objectPermissions[acme__Region__c]',
            /outside the offline catalogue/
        );
        assert.equal(
            findings.find(
                (problem) =>
                    problem.element === 'objectPermissions[acme__Region__c]'
            )?.kind,
            'unchecked'
        );
    });

    it('rejects Read on a plan action or objective when the set no longer reads plans', () => {
        const problems = check((copy) =>
            grant(copy, USER, PLAN, {
                allowCreate: false,
                allowEdit: false,
                allowRead: false
            })
        );
        for (const detail of ['Plan_Action__c', 'Plan_Objective__c'])
            assertProblem(
                problems,
                USER,
                `objectPermissions[${detail}]`,
                new RegExp(
                    `allowRead needs allowRead on Strategic_Account_Plan__c, the master of ${detail}`
                )
            );
    });

    it('rejects a field permission on the master-detail field of an objective', () => {
        const field = 'Plan_Objective__c.Strategic_Account_Plan__c';
        const problems = check((copy) =>
            copy.replace(
                MANAGER,
                '<fieldPermissions>',
                fieldPermission(field, false) + '<fieldPermissions>'
            )
        );
        assertProblem(
            problems,
            MANAGER,
            `fieldPermissions[${field}]`,
            /a master-detail field: an org refuses field permissions for it/
        );
    });
});
