/**
 * Component modules import only fields, objects and labels that exist:
 * `@salesforce/schema/Object__c.Field__c` (relationship paths followed) and
 * `@salesforce/label/c.Name` from the custom labels file.
 */
import { resolveFieldPath } from '../fieldPaths';
import { readComponentSource } from '../components';
import type { ProjectModel } from '../../lib/project';
import type { Check, Problem } from '../types';

const SCHEMA = '@salesforce/schema/';
const LABEL = '@salesforce/label/';

/** Why an `@salesforce/...` import would not resolve in an org, or undefined if it would. */
export function importError(
    project: ProjectModel,
    specifier: string
): string | undefined {
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
        '@salesforce/schema and @salesforce/label imports name existing fields and labels',
    run(context) {
        return context.componentSources.flatMap((file) =>
            readComponentSource(file).imports.flatMap((entry): Problem[] => {
                const error = importError(context.project, entry.specifier);
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
