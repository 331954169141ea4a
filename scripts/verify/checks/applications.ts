/**
 * Lightning apps: every tab exists (a tab of this project, or a standard tab
 * such as `standard-Account`), every page an action override opens exists,
 * and every app a permission set makes visible exists. Standard tabs beyond
 * the table below, standard apps (`standard__Sales`) and a managed package's
 * (`ns__...`) are unchecked: Salesforce defines many more.
 * Metadata API, "CustomApplication" (tabs: `standard-Account` for a standard
 * object's tab, the tab's name for a custom one):
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_customapplication.htm
 */
import { isNamespaced } from '../../lib/project';
import { childText, childrenNamed } from '../../lib/xml';
import type { Check, Problem } from '../types';

/**
 * Standard apps (`standard__Sales`) and a managed package's tabs and apps
 * (`ns__App`, `ns__Object__c`) are defined outside the project; `Object__c`
 * is a tab of the project's own.
 */
const definedElsewhere = (name: string) =>
    isNamespaced(name) || /^[A-Za-z][A-Za-z0-9]*__(?![a-z]+$)\w+$/.test(name);

/**
 * Standard tabs this check knows the exact (case-sensitive) name of; another
 * `standard-` name is unchecked.
 */
export const STANDARD_TABS = new Set([
    'standard-home',
    'standard-Account',
    'standard-Contact',
    'standard-Opportunity',
    'standard-Lead',
    'standard-Case',
    'standard-report',
    'standard-Dashboard',
    'standard-Feed',
    'standard-File',
    'standard-Task',
    'standard-Event'
]);

export const applications: Check = {
    name: 'applications',
    description:
        'apps list existing tabs and pages; permission sets make existing apps visible',
    run(context) {
        const problems: Problem[] = [];
        const exists = (type: string, name: string) =>
            context.findMetadata(type, name) !== undefined;
        for (const file of context.filesEndingWith('.app-meta.xml')) {
            const app = context.xml(file);
            if (!app) continue;
            const problem = (element: string, message: string) =>
                problems.push({
                    file: context.relative(file),
                    element,
                    message
                });
            for (const tab of childrenNamed(app, 'tabs').map(
                (element) => element.text
            )) {
                if (tab.startsWith('standard-') || definedElsewhere(tab)) {
                    if (STANDARD_TABS.has(tab)) continue;
                    // A known tab in other letter case is a typo; another name may exist.
                    const known = [...STANDARD_TABS].some(
                        (name) => name.toLowerCase() === tab.toLowerCase()
                    );
                    problems.push({
                        file: context.relative(file),
                        element: `tabs[${tab}]`,
                        message: `${tab} is not a standard tab this check knows (names are case-sensitive: ${[...STANDARD_TABS].join(', ')})`,
                        ...(!known && { kind: 'unchecked' as const })
                    });
                } else if (!exists('CustomTab', tab)) {
                    problem(
                        `tabs[${tab}]`,
                        `there is no tab ${tab} (tabs/${tab}.tab-meta.xml)`
                    );
                }
            }
            for (const override of [
                ...childrenNamed(app, 'actionOverrides'),
                ...childrenNamed(app, 'profileActionOverrides')
            ]) {
                const content = childText(override, 'content') ?? '';
                if (
                    childText(override, 'type') === 'Flexipage' &&
                    !exists('FlexiPage', content)
                ) {
                    problem(
                        `actionOverrides[${content}]`,
                        `there is no Lightning page ${content} (flexipages/${content}.flexipage-meta.xml)`
                    );
                }
            }
        }
        for (const file of context.filesEndingWith('.permissionset-meta.xml')) {
            const permissionSet = context.xml(file);
            for (const visibility of permissionSet
                ? childrenNamed(permissionSet, 'applicationVisibilities')
                : []) {
                const application = childText(visibility, 'application') ?? '';
                if (!exists('CustomApplication', application)) {
                    problems.push({
                        file: context.relative(file),
                        element: `applicationVisibilities[${application}]`,
                        message: `there is no app ${application} (applications/${application}.app-meta.xml)`,
                        ...(definedElsewhere(application) && {
                            kind: 'unchecked' as const
                        })
                    });
                }
            }
        }
        return problems;
    }
};
