import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Plugin } from 'rollup';
import { loadProject } from '../lib/project';
import { salesforceScopedModules } from './build';

const project = loadProject();
const plugin = salesforceScopedModules(project);
const context = {
    error(message: string): never {
        throw new Error(message);
    }
};

type Hook = (this: typeof context, id: string) => string | null;
const resolve = (source: string) =>
    (plugin.resolveId as unknown as Hook).call(context, source);
const load = (source: string) => {
    const id = resolve(source);
    assert.ok(id, `${source} resolves`);
    return (plugin.load as Plugin['load'] as unknown as Hook).call(context, id);
};

describe('salesforceScopedModules', () => {
    it('turns a custom label into its value from the labels file', () => {
        const label = project.labels[0];
        assert.ok(label, 'the project has custom labels');
        assert.equal(
            load(`@salesforce/label/c.${label.fullName}`),
            `export default ${JSON.stringify(label.value)};`
        );
    });

    it('turns schema imports into object and field references, with the API names’ own spelling', () => {
        assert.equal(
            load('@salesforce/schema/joint_metric__c.actual__c'),
            `export default ${JSON.stringify({ objectApiName: 'Joint_Metric__c', fieldApiName: 'Actual__c' })};`
        );
        assert.equal(
            load('@salesforce/schema/Task'),
            `export default ${JSON.stringify({ objectApiName: 'Task' })};`
        );
    });

    it('fails the build on an unknown label, object or field, as a deployment would', () => {
        assert.throws(
            () => load('@salesforce/label/c.No_Such_Label'),
            /Unknown custom label c\.No_Such_Label/
        );
        assert.throws(
            () => load('@salesforce/schema/Joint_Metric__c.Actuall__c'),
            /Unknown field/
        );
        assert.throws(
            () => load('@salesforce/schema/No_Such__c.Name'),
            /Unknown object/
        );
    });

    it('takes the locale and its number separators from the page’s ?locale=, en-US by default', () => {
        /** The module's default export on a page whose query string is `search`. */
        const evaluate = (source: string, search: string): unknown =>
            new Function(
                'location',
                String(load(source)).replace(
                    /export default (.+);$/,
                    'return $1;'
                )
            )({ search });
        const separators = (search: string) =>
            [
                '@salesforce/i18n/locale',
                '@salesforce/i18n/lang',
                '@salesforce/i18n/number.decimalSeparator',
                '@salesforce/i18n/number.groupingSeparator'
            ].map((source) => evaluate(source, search));
        assert.deepEqual(separators(''), ['en-US', 'en', '.', ',']);
        assert.deepEqual(separators('?locale=de-DE'), [
            'de-DE',
            'de',
            ',',
            '.'
        ]);
        assert.deepEqual(separators('?locale=not a locale!'), [
            'en-US',
            'en',
            '.',
            ','
        ]);
    });

    it('leaves other modules to the base components’ stubs or the other resolvers', () => {
        assert.match(
            String(resolve('@salesforce/i18n/timeZone')),
            /scopedImports\/@salesforce-i18n-timeZone\.js$/
        );
        assert.equal(resolve('lightning/card'), null);
    });
});
