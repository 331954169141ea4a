/**
 * Each component bundle has its main module (`name.ts`, compiled to
 * `name.js` for deployment) and its `name.js-meta.xml`, and the objects its
 * targetConfigs name exist.
 */
import path from 'node:path';
import type { XmlElement } from '../../lib/xml';
import { listFilesRecursively } from '../context';
import type { Check, Problem } from '../types';

/** Bundle folder name → files directly inside it (relative names), for every bundle under lwc/. */
export function componentBundles(lwcDir: string): Map<string, string[]> {
    const bundles = new Map<string, string[]>();
    for (const file of listFilesRecursively(lwcDir)) {
        const [bundle, ...rest] = path.relative(lwcDir, file).split(path.sep);
        if (rest.length === 0) continue; // tsconfig.json and other files beside the bundles
        bundles.set(bundle, [...(bundles.get(bundle) ?? []), rest.join('/')]);
    }
    return bundles;
}

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
        const lwcDir = path.join(context.sourceDir, 'lwc');
        const problems: Problem[] = [];
        for (const [bundle, files] of componentBundles(lwcDir)) {
            const folder = context.relative(path.join(lwcDir, bundle));
            if (
                !files.includes(`${bundle}.ts`) &&
                !files.includes(`${bundle}.js`)
            ) {
                problems.push({
                    file: folder,
                    element: `${bundle}.ts`,
                    message: 'the bundle has no main module of its own name'
                });
            }
            const metaFile = path.join(lwcDir, bundle, `${bundle}.js-meta.xml`);
            if (!files.includes(`${bundle}.js-meta.xml`)) {
                problems.push({
                    file: folder,
                    element: `${bundle}.js-meta.xml`,
                    message: 'the bundle has no js-meta.xml of its own name'
                });
                continue;
            }
            const meta = context.xml(metaFile);
            for (const object of meta ? descendants(meta, 'object') : []) {
                if (!context.project.getObject(object.text)) {
                    problems.push({
                        file: context.relative(metaFile),
                        element: `targetConfigs.objects[${object.text}]`,
                        message: `there is no object ${object.text}`
                    });
                }
            }
        }
        return problems;
    }
};
