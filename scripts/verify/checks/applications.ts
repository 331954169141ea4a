/**
 * Lightning apps: every tab exists (a tab of this project, or a standard tab
 * such as `standard-Account`), every page an action override opens exists,
 * and every app a permission set makes visible exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { childText, childrenNamed } from '../../lib/xml';
import type { Check, Problem } from '../types';

/**
 * Standard tabs an app may list. Salesforce defines many more; add one here
 * when an app of the project uses it, after checking its exact name.
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
        const exists = (folder: string, name: string, suffix: string) =>
            existsSync(
                path.join(context.sourceDir, folder, `${name}${suffix}`)
            );
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
                if (tab.startsWith('standard-')) {
                    if (!STANDARD_TABS.has(tab))
                        problem(
                            `tabs[${tab}]`,
                            `${tab} is not a standard tab this check knows (names are case-sensitive: ${[...STANDARD_TABS].join(', ')})`
                        );
                } else if (!exists('tabs', tab, '.tab-meta.xml')) {
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
                    !exists('flexipages', content, '.flexipage-meta.xml')
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
                if (!exists('applications', application, '.app-meta.xml')) {
                    problems.push({
                        file: context.relative(file),
                        element: `applicationVisibilities[${application}]`,
                        message: `there is no app ${application} (applications/${application}.app-meta.xml)`
                    });
                }
            }
        }
        return problems;
    }
};
