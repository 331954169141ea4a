import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from './testing';

const OBJECTS = `${SOURCE}/objects`;
const METRIC_STATUS = `${OBJECTS}/Joint_Metric__c/fields/Status__c.field-meta.xml`;
const LEVEL_NAME = `${OBJECTS}/Buy_Sell_Level__c/fields/Level_Name__c.field-meta.xml`;
const TARGET_RULE = `${OBJECTS}/Joint_Metric__c/validationRules/Target_Differs_From_Baseline.validationRule-meta.xml`;
const OFF_TRACK_VIEW = `${OBJECTS}/Joint_Metric__c/listViews/Off_Track_Metrics.listView-meta.xml`;
const ACTIVE_PLANS_VIEW = `${OBJECTS}/Strategic_Account_Plan__c/listViews/Active_Plans.listView-meta.xml`;
const PLAN_LAYOUT = `${SOURCE}/layouts/Strategic_Account_Plan__c-Strategic Account Plan Layout.layout-meta.xml`;
const LEVEL_COMPACT = `${OBJECTS}/Buy_Sell_Level__c/compactLayouts/Buy_Sell_Level_Compact.compactLayout-meta.xml`;

describe('formulas check', () => {
    it('rejects a formula field naming a missing field', () => {
        const problems = problemsAfter(['formulas'], (copy) =>
            copy.replace(
                METRIC_STATUS,
                'ISBLANK(Progress__c)',
                'ISBLANK(Progres__c)'
            )
        );
        assertProblem(
            problems,
            METRIC_STATUS,
            '<formula>',
            /Progres__c: Joint_Metric__c has no field Progres__c/
        );
    });

    it('still finds references in a formula that formulon cannot parse (a comment, a unary minus)', () => {
        const problems = problemsAfter(['formulas'], (copy) =>
            copy.replace(
                METRIC_STATUS,
                'ISBLANK(Progress__c)',
                '/* blank until measured */ ISBLANK(-Progres__c)'
            )
        );
        assertProblem(
            problems,
            METRIC_STATUS,
            '<formula>',
            /Progres__c: Joint_Metric__c has no field Progres__c/
        );
    });

    it('follows relationship paths and $User, and rejects a missing relationship', () => {
        const problems = problemsAfter(['formulas'], (copy) =>
            copy.replace(
                LEVEL_NAME,
                'ISBLANK(Level__c)',
                'ISBLANK(Level__c) || ISBLANK(Strategic_Account_Plan__r.Acount__r.Name) || ISBLANK($User.Email) || ISBLANK(Strategic_Account_Plan__r.Account__r.Name)'
            )
        );
        assertProblem(
            problems,
            LEVEL_NAME,
            '<formula>',
            /Strategic_Account_Plan__r\.Acount__r\.Name: Strategic_Account_Plan__c has no relationship Acount__r/
        );
        const others = problems.filter(
            (problem) =>
                problem.file === LEVEL_NAME &&
                !/Acount__r/.test(problem.message)
        );
        if (others.length)
            throw new Error(
                `valid references were reported: ${JSON.stringify(others)}`
            );
    });

    it('rejects a validation rule naming a missing field, and a missing error display field', () => {
        const problems = problemsAfter(['formulas'], (copy) => {
            copy.replace(
                TARGET_RULE,
                'Target__c = Baseline__c',
                'Target__c = Basline__c'
            );
            copy.replace(
                TARGET_RULE,
                '<errorDisplayField>Target__c</errorDisplayField>',
                '<errorDisplayField>Targt__c</errorDisplayField>'
            );
        });
        assertProblem(
            problems,
            TARGET_RULE,
            '<errorConditionFormula>',
            /Basline__c/
        );
        assertProblem(
            problems,
            TARGET_RULE,
            '<errorDisplayField>',
            /Joint_Metric__c has no field Targt__c/
        );
    });
});

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
});

describe('layouts and compactLayouts checks', () => {
    it('rejects a layout field typo, a related list typo and a related list column typo', () => {
        const problems = problemsAfter(['layouts'], (copy) => {
            copy.replace(
                PLAN_LAYOUT,
                '<field>Vision__c</field>',
                '<field>Vison__c</field>'
            );
            copy.replace(
                PLAN_LAYOUT,
                '<relatedList>Joint_Metric__c.Strategic_Account_Plan__c</relatedList>',
                '<relatedList>Joint_Metric__c.Plan__c</relatedList>'
            );
            copy.replace(
                PLAN_LAYOUT,
                '<fields>Perspective__c</fields>',
                '<fields>Perspectiv__c</fields>'
            );
        });
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'layoutItems[Vison__c]',
            /Strategic_Account_Plan__c has no field Vison__c/
        );
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'relatedLists[Joint_Metric__c.Plan__c]',
            /not a relationship of a child object/
        );
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'relatedLists[Buy_Sell_Level__c.Strategic_Account_Plan__c].fields[Perspectiv__c]',
            /Perspectiv__c/
        );
    });

    it('rejects a field history related list on an object without history', () => {
        const plan = `${OBJECTS}/Strategic_Account_Plan__c/Strategic_Account_Plan__c.object-meta.xml`;
        const problems = problemsAfter(['layouts'], (copy) =>
            copy.replace(
                plan,
                '<enableHistory>true</enableHistory>',
                '<enableHistory>false</enableHistory>'
            )
        );
        assertProblem(
            problems,
            PLAN_LAYOUT,
            'relatedLists[RelatedEntityHistoryList]',
            /does not enable/
        );
    });

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

describe('fields check', () => {
    it('rejects a lookup to a missing object and a child relationship name used twice on one parent', () => {
        const supplierOwner = `${OBJECTS}/Joint_Metric__c/fields/Supplier_Owner__c.field-meta.xml`;
        const customerOwner = `${OBJECTS}/Joint_Metric__c/fields/Customer_Owner__c.field-meta.xml`;
        const levelPlan = `${OBJECTS}/Buy_Sell_Level__c/fields/Strategic_Account_Plan__c.field-meta.xml`;
        const problems = problemsAfter(['fields'], (copy) => {
            copy.replace(
                supplierOwner,
                '<referenceTo>User</referenceTo>',
                '<referenceTo>Usr</referenceTo>'
            );
            copy.replace(
                levelPlan,
                /<relationshipName>\w+<\/relationshipName>/,
                '<relationshipName>Joint_Metrics</relationshipName>'
            );
        });
        assertProblem(
            problems,
            supplierOwner,
            '<referenceTo>',
            /there is no object Usr \(User\?\)/
        );
        assertProblem(
            problems,
            `${OBJECTS}/Joint_Metric__c/fields/Strategic_Account_Plan__c.field-meta.xml`,
            '<relationshipName>',
            /Strategic_Account_Plan__c already has the child relationship Joint_Metrics__r \(Buy_Sell_Level__c\.Strategic_Account_Plan__c\)/
        );
        if (problems.some((problem) => problem.file === customerOwner))
            throw new Error('a valid lookup was reported');
    });
});
