/**
 * Dynamic Actions on Lightning record pages. A highlights panel that turns
 * them on (`enableActionsConfiguration`) shows the actions of its
 * `actionNames` list instead of the page layout's, so a page that turns them
 * on and lists none shows no Edit, no Delete and no quick action. Each listed
 * action is a standard button or global action the model knows, or a quick
 * action of the project (`Object.Action`).
 */
import path from 'node:path';
import { isNamespaced } from '../../lib/project';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import type { Check, Problem, VerifyContext } from '../types';

/**
 * Release notes, "Dynamic Actions" (Summer '20, highlights panel in Winter
 * '21): with Dynamic Actions on, the actions of the page layout no longer
 * apply; the page's own list in Lightning App Builder decides. Salesforce
 * stores that list as `actionNames` (trailheadapps/lwc-recipes,
 * Contact_Record_Page.flexipage-meta.xml).
 * https://releasenotes.docs.salesforce.com/en-us/summer20/release-notes/rn_lex_dynamic_actions.htm
 * https://releasenotes.docs.salesforce.com/en-us/winter21/release-notes/rn_lex_dynamic_actions_highlights_panel.htm
 */
const HIGHLIGHTS_PANEL = 'force:highlightsPanel';

/**
 * Standard buttons and global actions by their platform action names, as
 * deployed layouts list them in `platformActionList` (trailheadapps/ecars,
 * Car_Configuration__c layout) and lwc-recipes' page lists Edit and Delete.
 */
const STANDARD_ACTIONS = new Set([
    'Edit',
    'Delete',
    'Clone',
    'Share',
    'ChangeOwnerOne',
    'ChangeRecordType',
    'PrintableView',
    'LogACall',
    'NewTask',
    'NewEvent',
    'NewCase',
    'NewContact',
    'NewLead',
    'NewOpportunity',
    'NewNote',
    'SendEmail',
    'FeedItem.TextPost',
    'FeedItem.ContentPost',
    'FeedItem.LinkPost',
    'FeedItem.PollPost',
    'FeedItem.QuestionPost',
    // Standard global actions under their quick-action API names, the form a
    // page's action list uses for global actions (coral-cloud lists
    // `Global.NewCase`) and the form `standard__quickAction` navigation takes:
    // https://developer.salesforce.com/docs/platform/lwc/guide/reference-page-reference-type.html
    'Global.LogACall',
    'Global.NewTask',
    'Global.NewEvent',
    'Global.SendEmail',
    'Global.NewNote'
]);

/** Every component instance of a page, with the region it sits in. */
const componentInstances = (page: XmlElement) =>
    childrenNamed(page, 'flexiPageRegions').flatMap((region) =>
        childrenNamed(region, 'itemInstances').flatMap((item) =>
            childrenNamed(item, 'componentInstance').map((instance) => ({
                region: childText(region, 'name') ?? '',
                instance
            }))
        )
    );

/** A component property by name. */
const property = (instance: XmlElement, name: string) =>
    childrenNamed(instance, 'componentInstanceProperties').find(
        (candidate) => childText(candidate, 'name') === name
    );

/** Whether the model can tell the action exists, refuses it, or cannot judge it. */
function judgeAction(
    context: VerifyContext,
    quickActions: Set<string>,
    action: string
): 'known' | 'missing' | 'unchecked' {
    if (STANDARD_ACTIONS.has(action) || quickActions.has(action.toLowerCase()))
        return 'known';
    const [object, name] = action.split('.');
    // A quick action on an object of the project belongs to the project, unless a package's.
    return name !== undefined &&
        !isNamespaced(name) &&
        context.project.getObject(object)?.custom
        ? 'missing'
        : 'unchecked';
}

export const dynamicActions: Check = {
    name: 'dynamicActions',
    description:
        'a highlights panel with Dynamic Actions on lists its actions, and each exists',
    run(context) {
        const quickActions = new Set(
            context
                .filesEndingWith('.quickAction-meta.xml')
                .map((file) =>
                    path.basename(file, '.quickAction-meta.xml').toLowerCase()
                )
        );
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.flexipage-meta.xml')) {
            const page = context.xml(file);
            if (!page) continue;
            for (const { region, instance } of componentInstances(page)) {
                if (childText(instance, 'componentName') !== HIGHLIGHTS_PANEL)
                    continue;
                const enabled = property(
                    instance,
                    'enableActionsConfiguration'
                );
                if (!enabled || childText(enabled, 'value') !== 'true')
                    continue;
                const element = `flexiPageRegions[${region}].componentInstance[${HIGHLIGHTS_PANEL}]`;
                const list = property(instance, 'actionNames');
                const actions = (
                    list ? childrenNamed(list, 'valueList') : []
                ).flatMap((valueList) =>
                    childrenNamed(valueList, 'valueListItems').map(
                        (item) => childText(item, 'value') ?? ''
                    )
                );
                if (actions.length === 0)
                    problems.push({
                        file: context.relative(file),
                        element,
                        message:
                            'Dynamic Actions are on (enableActionsConfiguration) but actionNames lists no action: the page shows none, not even Edit. List the actions or turn Dynamic Actions off'
                    });
                for (const action of actions) {
                    const judgement = judgeAction(
                        context,
                        quickActions,
                        action
                    );
                    if (judgement === 'known') continue;
                    problems.push({
                        file: context.relative(file),
                        element: `${element}.actionNames[${action}]`,
                        ...(judgement === 'missing'
                            ? {
                                  message: `there is no quick action ${action} (quickActions/${action}.quickAction-meta.xml)`
                              }
                            : {
                                  message: `${action} is neither a quick action of the project nor a standard action the offline model knows: not checked`,
                                  kind: 'unchecked' as const
                              })
                    });
                }
            }
        }
        return problems;
    }
};
