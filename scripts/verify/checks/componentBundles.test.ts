import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

describe('componentBundles check', () => {
    it('rejects a bundle without a main module or js-meta.xml, and a target object that does not exist', () => {
        const problems = problemsAfter(['componentBundles'], (copy) => {
            copy.write(
                `${SOURCE}/lwc/verifyProbe/probeHelper.ts`,
                'export const probe = 1;\n'
            );
            copy.write(
                `${SOURCE}/lwc/otherProbe/otherProbe.js-meta.xml`,
                `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <isExposed>true</isExposed>
    <targets><target>lightning__RecordPage</target></targets>
    <targetConfigs><targetConfig targets="lightning__RecordPage"><objects><object>Acount</object></objects></targetConfig></targetConfigs>
</LightningComponentBundle>`
            );
            copy.write(
                `${SOURCE}/lwc/otherProbe/otherProbe.ts`,
                'export default class OtherProbe {}\n'
            );
        });
        assertProblem(
            problems,
            `${SOURCE}/lwc/verifyProbe`,
            'verifyProbe.ts',
            /no main module/
        );
        assertProblem(
            problems,
            `${SOURCE}/lwc/verifyProbe`,
            'verifyProbe.js-meta.xml',
            /no js-meta.xml/
        );
        assertProblem(
            problems,
            `${SOURCE}/lwc/otherProbe/otherProbe.js-meta.xml`,
            'targetConfigs.objects[Acount]',
            /there is no object Acount/
        );
    });
});
