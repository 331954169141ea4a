import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const UNIT = `${SOURCE}/objects/Joint_Metric__c/fields/Unit__c.field-meta.xml`;
const PLAN_LOOKUP = `${SOURCE}/objects/Joint_Metric__c/fields/Strategic_Account_Plan__c.field-meta.xml`;
const schemaProblems = (breakIt: Parameters<typeof problemsAfter>[1]) =>
    problemsAfter(['metadataSchema'], breakIt);

describe('metadataSchema check', () => {
    it('rejects an element that is not a property of the type', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(
                UNIT,
                '<label>Unit</label>',
                '<label>Unit</label>\n    <colour>red</colour>'
            )
        );
        assertProblem(
            problems,
            UNIT,
            'colour',
            /<colour> is not a property of CustomField/
        );
    });

    it('rejects an unknown element nested inside a list item, naming the item', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(
                UNIT,
                '<default>true</default>',
                '<default>true</default>\n<colour>red</colour>'
            )
        );
        assertProblem(
            problems,
            UNIT,
            'valueSet.valueSetDefinition.value[Number].colour',
            /not a property of CustomValue/
        );
    });

    it('rejects a root element that is not the type the file suffix stands for', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(UNIT, /CustomField/g, 'CustomTab')
        );
        assertProblem(
            problems,
            UNIT,
            '<CustomTab>',
            /a \.field-meta\.xml file holds a CustomField, not a CustomTab/
        );
    });

    it('rejects an invalid enum value', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(
                UNIT,
                '<type>Picklist</type>',
                '<type>Picklistt</type>'
            )
        );
        assertProblem(
            problems,
            UNIT,
            'type',
            /"Picklistt" is not a valid FieldType/
        );
    });

    it('rejects a malformed boolean', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(
                UNIT,
                '<required>false</required>',
                '<required>no</required>'
            )
        );
        assertProblem(problems, UNIT, 'required', /"no" is not a boolean/);
    });

    it('rejects a malformed number', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(
                PLAN_LOOKUP,
                '<relationshipOrder>0</relationshipOrder>',
                '<relationshipOrder>first</relationshipOrder>'
            )
        );
        assertProblem(
            problems,
            PLAN_LOOKUP,
            'relationshipOrder',
            /"first" is not a number/
        );
    });

    it('rejects a single-valued element that appears twice', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(
                UNIT,
                '<label>Unit</label>',
                '<label>Unit</label>\n    <label>Units</label>'
            )
        );
        assertProblem(problems, UNIT, 'label', /appears more than once/);
    });

    it('rejects XML that is not well formed, with its line', () => {
        const problems = schemaProblems((copy) =>
            copy.replace(UNIT, '<label>Unit</label>', '<label>Unit</labl>')
        );
        assertProblem(problems, UNIT, 'line 6', /XML is not well formed/);
    });

    it('checks component js-meta.xml files, including their targetConfigs', () => {
        const meta = `${SOURCE}/lwc/accountPlanQuery/accountPlanQuery.js-meta.xml`;
        const exposed = `${SOURCE}/lwc/verifyProbe/verifyProbe.js-meta.xml`;
        const problems = schemaProblems((copy) => {
            copy.replace(
                meta,
                /<isExposed>false<\/isExposed>/,
                '<isExposed>nope</isExposed>'
            );
            copy.write(
                exposed,
                `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <isExposed>true</isExposed>
    <targets><target>lightning__RecordPage</target></targets>
    <targetConfigs>
        <targetConfig targets="lightning__RecordPage">
            <objects><object>Account</object></objects>
            <supportedFormFactors><supportedFormFactor type="Large" /></supportedFormFactors>
            <formFactor>Large</formFactor>
        </targetConfig>
    </targetConfigs>
</LightningComponentBundle>`
            );
        });
        assertProblem(problems, meta, 'isExposed', /"nope" is not a boolean/);
        assertProblem(
            problems,
            exposed,
            'targetConfigs.targetConfig.formFactor',
            /not a property of LwcTargetConfig/
        );
    });

    it('checks the custom labels file', () => {
        const labels = `${SOURCE}/labels/CustomLabels.labels-meta.xml`;
        const problems = schemaProblems((copy) =>
            copy.replace(
                labels,
                '<protected>false</protected>',
                '<protected>nope</protected>'
            )
        );
        assertProblem(
            problems,
            labels,
            /^labels\[\w+\]\.protected$/,
            /"nope" is not a boolean/
        );
    });

    it("accepts a page region's componentInstances only at the API versions that still take it", () => {
        const page = `${SOURCE}/flexipages/Legacy_Page.flexipage-meta.xml`;
        const legacyPage = (copy: ProjectCopy) =>
            copy.write(
                page,
                `<?xml version="1.0" encoding="UTF-8"?>
<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
    <flexiPageRegions>
        <componentInstances>
            <componentName>strategicAccountScorecard</componentName>
        </componentInstances>
        <name>main</name>
        <type>Region</type>
    </flexiPageRegions>
    <masterLabel>Legacy Page</masterLabel>
    <type>AppPage</type>
</FlexiPage>`
            );
        assertProblem(
            schemaProblems(legacyPage),
            page,
            'flexiPageRegions[main].componentInstances',
            /<componentInstances> is not a property of FlexiPageRegion/
        );
        const atApi48 = schemaProblems((copy) => {
            legacyPage(copy);
            copy.replace('sfdx-project.json', '"66.0"', '"48.0"');
        });
        assert.deepEqual(
            atApi48.filter((problem) => problem.file === page),
            []
        );
    });
});
