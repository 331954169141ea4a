/**
 * Lightning pages: the page's object exists; every component is either a
 * component bundle of this project (a Lightning web component exposed for
 * this kind of page, or an Aura component), or a standard component of
 * Salesforce; every facet a component shows is a region of the page; every
 * quick action in the page's action list exists.
 *
 * Components sit in `itemInstances/componentInstance`, or, in pages written
 * before API 47, directly in a region's `componentInstances` (Metadata API,
 * "FlexiPage": https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_flexipage.htm).
 * A component without a namespace (or `c:`) is the project's own; one of a
 * namespace in {@link STANDARD_NAMESPACES} is one of the standard components
 * Lightning App Builder offers (Salesforce Help, "Standard Lightning Page
 * Components": https://help.salesforce.com/s/articleView?id=sf.lightning_page_components.htm);
 * another namespace may be Salesforce's or a managed package's: unchecked.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import { nameProblem, objectProblem } from '../fieldPaths';
import type { Check, Problem, VerifyContext } from '../types';

/** Namespaces of the standard components a page may hold; Salesforce defines them, so they are taken as they are. */
const STANDARD_NAMESPACES = [
    'flexipage', // tabs, rich text, filter list cards, report charts, visualforce
    'force', // record detail, highlights panel, related lists, path, related record
    'forceChatter', // feed, publisher, record feed container
    'forceCommunity', // Experience Builder components
    'forceContent',
    'flowruntime', // flow
    'console', // console history and related record panes
    'lst', // related list (single, dynamic), list views
    'cooper', // news, company insights
    'runtime_sales_activities', // activities
    'runtime_sales_merge',
    'runtime_sales_social',
    'runtime_sales_lead',
    'runtime_sales_pathassistant',
    'wave', // CRM Analytics dashboards
    'desktopDashboards', // dashboards on home pages
    'home', // assistant, recent records, top deals
    'sfa',
    'support' // knowledge, case tools
];
/** `runtime_sales_*`, `runtime_service_*`...: namespaces of Lightning Experience's own runtime components. */
const RUNTIME_NAMESPACE = /^runtime_/;
/** Component properties whose value names a facet region of the page. */
const FACET_PROPERTIES = new Set(['body', 'tabs', 'columns']);
/** The js-meta.xml target a component needs for each page type. */
const TARGET_OF_PAGE_TYPE: Record<string, string> = {
    RecordPage: 'lightning__RecordPage',
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage'
};

/** What is wrong with placing the project's own component `name` on a page of `pageType`. */
function bundleProblem(
    context: VerifyContext,
    name: string,
    pageType: string,
    sobjectType: string | undefined
): string | undefined {
    const bundle = context.components.get(name);
    // An Aura bundle states the pages it fits in its markup (implements=...), which is not read here.
    if (bundle?.kind === 'aura') return undefined;
    const metaFile = bundle && path.join(bundle.dir, `${name}.js-meta.xml`);
    if (!metaFile || !existsSync(metaFile))
        return `there is no component ${name} (lwc/${name} or aura/${name} in a package directory) and it names no namespace`;
    const meta = context.xml(metaFile);
    if (!meta) return undefined; // the schema check reports the broken file
    if (childText(meta, 'isExposed') !== 'true')
        return `component ${name} is not exposed (isExposed is not true in its js-meta.xml)`;
    const target = TARGET_OF_PAGE_TYPE[pageType];
    const targets = childrenNamed(meta, 'targets').flatMap((list) =>
        childrenNamed(list, 'target').map((element) => element.text)
    );
    if (target && !targets.includes(target))
        return `component ${name} does not list the target ${target} that a ${pageType} needs`;
    // A targetConfig that names objects limits the component to record pages of those objects.
    const objects = childrenNamed(meta, 'targetConfigs').flatMap((configs) =>
        childrenNamed(configs, 'targetConfig').flatMap((config) =>
            childrenNamed(config, 'objects').flatMap((list) =>
                childrenNamed(list, 'object').map((object) => object.text)
            )
        )
    );
    if (sobjectType && objects.length > 0 && !objects.includes(sobjectType))
        return `component ${name} is limited to ${objects.join(', ')} record pages; this page is for ${sobjectType}`;
    return undefined;
}

function componentInstances(
    page: XmlElement
): Array<{ region: string; instance: XmlElement }> {
    return childrenNamed(page, 'flexiPageRegions').flatMap((region) =>
        [
            ...childrenNamed(region, 'itemInstances').flatMap((item) =>
                childrenNamed(item, 'componentInstance')
            ),
            ...childrenNamed(region, 'componentInstances')
        ].map((instance) => ({
            region: childText(region, 'name') ?? '',
            instance
        }))
    );
}

export const flexipages: Check = {
    name: 'flexipages',
    description:
        'Lightning pages place existing, exposed components, existing facets and existing quick actions',
    run(context) {
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.flexipage-meta.xml')) {
            const page = context.xml(file);
            if (!page) continue;
            const problem = (element: string, message: string) =>
                problems.push({
                    file: context.relative(file),
                    element,
                    message
                });
            const sobjectType = childText(page, 'sobjectType');
            const objectMissing =
                sobjectType && objectProblem(context.project, sobjectType);
            if (objectMissing)
                problems.push(
                    nameProblem(
                        context.relative(file),
                        '<sobjectType>',
                        objectMissing
                    )
                );
            const pageType = childText(page, 'type') ?? '';
            const facets = new Set(
                childrenNamed(page, 'flexiPageRegions')
                    .filter((region) => childText(region, 'type') === 'Facet')
                    .map((region) => childText(region, 'name'))
            );
            for (const { region, instance } of componentInstances(page)) {
                const name = childText(instance, 'componentName') ?? '';
                const element = `flexiPageRegions[${region}].componentInstance[${name}]`;
                const [namespace, local] = name.includes(':')
                    ? name.split(':')
                    : ['c', name];
                if (namespace === 'c') {
                    const message = bundleProblem(
                        context,
                        local,
                        pageType,
                        sobjectType
                    );
                    if (message) problem(element, message);
                } else if (
                    !STANDARD_NAMESPACES.includes(namespace) &&
                    !RUNTIME_NAMESPACE.test(namespace)
                ) {
                    problems.push({
                        file: context.relative(file),
                        element,
                        message: `${name} is neither a component of this project nor of a standard namespace this check knows`,
                        kind: 'unchecked'
                    });
                }
                for (const property of childrenNamed(
                    instance,
                    'componentInstanceProperties'
                )) {
                    const propertyName = childText(property, 'name') ?? '';
                    const value = childText(property, 'value') ?? '';
                    if (
                        FACET_PROPERTIES.has(propertyName) &&
                        !facets.has(value)
                    ) {
                        problem(
                            `${element}.${propertyName}`,
                            `shows facet ${value}, which is not a Facet region of this page`
                        );
                    }
                }
            }
            for (const list of childrenNamed(page, 'platformActionlist')) {
                for (const item of childrenNamed(
                    list,
                    'platformActionListItems'
                )) {
                    const action = childText(item, 'actionName') ?? '';
                    if (childText(item, 'actionType') !== 'QuickAction')
                        continue;
                    if (!context.findMetadata('QuickAction', action)) {
                        problem(
                            `platformActionlist[${action}]`,
                            `there is no quick action ${action} (quickActions/${action}.quickAction-meta.xml)`
                        );
                    }
                }
            }
        }
        return problems;
    }
};
