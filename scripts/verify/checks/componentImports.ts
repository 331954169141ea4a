/**
 * Component modules import only what exists: fields and objects
 * (`@salesforce/schema/Object__c.Field__c`, relationship paths followed),
 * custom labels (`@salesforce/label/c.Name`), other components (`c/name`) and
 * Apex classes (`@salesforce/apex/Class.method`).
 */
import path from 'node:path';
import type { ProjectModel } from '../../lib/project';
import { readComponentSource } from '../components';
import { listFilesRecursively } from '../context';
import { resolveFieldPath } from '../fieldPaths';
import type { Check, Problem } from '../types';
import { componentBundles } from './componentBundles';

const SCHEMA = '@salesforce/schema/';
const LABEL = '@salesforce/label/';
const APEX = '@salesforce/apex/';
const COMPONENT = 'c/';

/** What an import may refer to: the model, and the component bundles and Apex classes of force-app. */
export interface ImportTargets {
    project: ProjectModel;
    components: ReadonlySet<string>;
    /** Lower-case class names. */
    apexClasses: ReadonlySet<string>;
}

/** Why an import would not resolve in an org, or undefined if it would (or is not ours to check). */
export function importError(
    { project, components, apexClasses }: ImportTargets,
    specifier: string
): string | undefined {
    if (specifier.startsWith(COMPONENT)) {
        const name = specifier.slice(COMPONENT.length);
        return components.has(name)
            ? undefined
            : `there is no component ${name} in force-app/main/default/lwc`;
    }
    if (specifier.startsWith(APEX)) {
        const className = specifier.slice(APEX.length).split('.')[0];
        return apexClasses.has(className.toLowerCase())
            ? undefined
            : `there is no Apex class ${className} in force-app/main/default/classes`;
    }
    if (specifier.startsWith(SCHEMA)) {
        const [objectName, ...fieldPath] = specifier
            .slice(SCHEMA.length)
            .split('.');
        if (!project.getObject(objectName))
            return `there is no object ${objectName}`;
        return fieldPath.length
            ? resolveFieldPath(project, objectName, fieldPath.join('.')).error
            : undefined;
    }
    if (specifier.startsWith(LABEL)) {
        const name = specifier.slice(LABEL.length);
        if (!name.startsWith('c.'))
            return `${name} is not a label of this package (c.Name)`;
        return project.getLabel(name.slice(2))
            ? undefined
            : `there is no custom label ${name.slice(2)} in force-app/main/default/labels`;
    }
    return undefined;
}

export const componentImports: Check = {
    name: 'componentImports',
    description:
        'schema, label, component and Apex imports name things that exist',
    run(context) {
        const targets: ImportTargets = {
            project: context.project,
            components: new Set(
                componentBundles(path.join(context.sourceDir, 'lwc')).keys()
            ),
            apexClasses: new Set(
                listFilesRecursively(path.join(context.sourceDir, 'classes'))
                    .filter((file) => file.endsWith('.cls'))
                    .map((file) => path.basename(file, '.cls').toLowerCase())
            )
        };
        return context.componentSources.flatMap((file) =>
            readComponentSource(file).imports.flatMap((entry): Problem[] => {
                const error = importError(targets, entry.specifier);
                return error
                    ? [
                          {
                              file: context.relative(file),
                              element: `import '${entry.specifier}' (line ${entry.line})`,
                              message: error
                          }
                      ]
                    : [];
            })
        );
    }
};
