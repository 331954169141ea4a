/**
 * Lightning pages: the page's object exists; every component is either a
 * component bundle of this project that is exposed for this kind of page, or
 * a standard `flexipage:`/`force:` component; every facet a component shows
 * is a region of the page; every quick action in the page's action list exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import type { Check, Problem, VerifyContext } from '../types';

/** Namespaces of the standard components a page may hold; Salesforce defines them, so they are taken as they are. */
const STANDARD_NAMESPACES = ['flexipage', 'force'];
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
    const metaFile = path.join(
        context.sourceDir,
        'lwc',
        name,
        `${name}.js-meta.xml`
    );
    if (!existsSync(metaFile))
        return `there is no component ${name} (lwc/${name}/${name}.js-meta.xml) and it names no standard namespace (${STANDARD_NAMESPACES.join(':, ')}:)`;
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
        childrenNamed(region, 'itemInstances').flatMap((item) =>
            childrenNamed(item, 'componentInstance').map((instance) => ({
                region: childText(region, 'name') ?? '',
                instance
            }))
        )
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
            if (sobjectType && !context.project.getObject(sobjectType))
                problem('<sobjectType>', `there is no object ${sobjectType}`);
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
                    : [undefined, name];
                if (namespace === undefined) {
                    const message = bundleProblem(
                        context,
                        local,
                        pageType,
                        sobjectType
                    );
                    if (message) problem(element, message);
                } else if (!STANDARD_NAMESPACES.includes(namespace)) {
                    problem(
                        element,
                        `${name} is neither a component of this project nor a standard ${STANDARD_NAMESPACES.join(':/')}: component`
                    );
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
                    if (
                        !existsSync(
                            path.join(
                                context.sourceDir,
                                'quickActions',
                                `${action}.quickAction-meta.xml`
                            )
                        )
                    ) {
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
