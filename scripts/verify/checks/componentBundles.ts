/**
 * Each Lightning web component bundle has its main module (`name.js`, or
 * `name.ts` that is compiled to it) and its `name.js-meta.xml`, and the
 * objects its targetConfigs name exist.
 */
import path from 'node:path';
import type { XmlElement } from '../../lib/xml';
import { objectProblem } from '../fieldPaths';
import type { Check, Problem } from '../types';

const descendants = (element: XmlElement, name: string): XmlElement[] =>
    element.children.flatMap((child) => [
        ...(child.name === name ? [child] : []),
        ...descendants(child, name)
    ]);

export const componentBundlesCheck: Check = {
    name: 'componentBundles',
    description:
        'component bundles have a main module and js-meta.xml; targetConfigs name existing objects',
    run(context) {
        const problems: Problem[] = [];
        for (const { kind, name, dir, files } of context.components.values()) {
            if (kind !== 'lwc') continue;
            const folder = context.relative(dir);
            // LWC guide, "Component Folder": a component folder holds a JavaScript
            // file and a configuration file (js-meta.xml), both of the folder's name.
            // https://developer.salesforce.com/docs/platform/lwc/guide/create-components-folder.html
            if (
                !files.includes(`${name}.ts`) &&
                !files.includes(`${name}.js`)
            ) {
                // Named as the project writes its modules: TypeScript or JavaScript.
                const language = files.some((file) => file.endsWith('.ts'))
                    ? 'ts'
                    : 'js';
                problems.push({
                    file: folder,
                    element: `${name}.${language}`,
                    message: 'the bundle has no main module of its own name'
                });
            }
            if (!files.includes(`${name}.js-meta.xml`)) {
                problems.push({
                    file: folder,
                    element: `${name}.js-meta.xml`,
                    message: 'the bundle has no js-meta.xml of its own name'
                });
                continue;
            }
            const metaFile = path.join(dir, `${name}.js-meta.xml`);
            const meta = context.xml(metaFile);
            for (const object of meta ? descendants(meta, 'object') : []) {
                const problem = objectProblem(context.project, object.text);
                if (problem) {
                    problems.push({
                        file: context.relative(metaFile),
                        element: `targetConfigs.objects[${object.text}]`,
                        message: problem.error,
                        ...(problem.kind && { kind: problem.kind })
                    });
                }
            }
        }
        return problems;
    }
};
