/**
 * Component modules import only what exists: fields and objects
 * (`@salesforce/schema/Object__c.Field__c`, relationship paths followed),
 * custom labels (`@salesforce/label/c.Name`), other components (`c/name`) and
 * Apex classes (`@salesforce/apex/Class.method`). A standard object or field
 * outside the offline catalogue is a note (`unchecked`), since an org has
 * standard fields the catalogue does not list; a custom name nobody defines
 * is an error.
 */
import type { ProjectModel } from '../../lib/project';
import { readComponentSource } from '../components';
import {
    objectProblem,
    resolveFieldPath,
    type NameProblem
} from '../fieldPaths';
import type { Check, Problem } from '../types';

const SCHEMA = '@salesforce/schema/';
const LABEL = '@salesforce/label/';
const APEX = '@salesforce/apex/';
const COMPONENT = 'c/';

/** What an import may refer to: the model, and the project's Lightning web components and Apex classes. */
export interface ImportTargets {
    project: ProjectModel;
    /** Names of the Lightning web component bundles (`c/name` imports a module of one; Aura ones cannot be imported). */
    components: ReadonlySet<string>;
    /** Lower-case class names. */
    apexClasses: ReadonlySet<string>;
}

/** Why an import would not resolve in an org, or undefined if it would (or is not ours to check). */
export function importError(
    { project, components, apexClasses }: ImportTargets,
    specifier: string
): NameProblem | undefined {
    if (specifier.startsWith(COMPONENT)) {
        const name = specifier.slice(COMPONENT.length);
        return components.has(name)
            ? undefined
            : {
                  error: `there is no component ${name} in this project (lwc/${name})`
              };
    }
    if (specifier.startsWith(APEX)) {
        const className = specifier.slice(APEX.length).split('.')[0];
        return apexClasses.has(className.toLowerCase())
            ? undefined
            : { error: `there is no Apex class ${className} in this project` };
    }
    if (specifier.startsWith(SCHEMA)) {
        const [objectName, ...fieldPath] = specifier
            .slice(SCHEMA.length)
            .split('.');
        if (!fieldPath.length) return objectProblem(project, objectName);
        const { error, kind } = resolveFieldPath(
            project,
            objectName,
            fieldPath.join('.')
        );
        return error === undefined ? undefined : { error, kind };
    }
    if (specifier.startsWith(LABEL)) {
        const name = specifier.slice(LABEL.length);
        if (!name.startsWith('c.'))
            return { error: `${name} is not a label of this package (c.Name)` };
        return project.getLabel(name.slice(2))
            ? undefined
            : {
                  error: `there is no custom label ${name.slice(2)} in this project`
              };
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
                [...context.components.values()]
                    .filter((bundle) => bundle.kind === 'lwc')
                    .map((bundle) => bundle.name)
            ),
            apexClasses: new Set(
                context.projectFiles.metadata
                    .filter((entry) => entry.type === 'ApexClass')
                    .map((entry) => entry.fullName.toLowerCase())
            )
        };
        return context.componentSources.flatMap((file) =>
            readComponentSource(file).imports.flatMap((entry): Problem[] => {
                const problem = importError(targets, entry.specifier);
                return problem
                    ? [
                          {
                              file: context.relative(file),
                              element: `import '${entry.specifier}' (line ${entry.line})`,
                              message: problem.error,
                              ...(problem.kind && { kind: problem.kind })
                          }
                      ]
                    : [];
            })
        );
    }
};
