/**
 * A temporary copy of the project's objects with some formula text changed,
 * loaded through the same model reader: proves that the formula tests notice
 * a wrong formula and that the coverage guard notices an untested one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject, PROJECT_ROOT, type ProjectModel } from '../lib/project';
import { withProjectCopy } from '../lib/projectCopy';
import { escapeXml } from '../lib/xml';

/** Replaces `from` by `to` in one metadata file. */
export interface Mutation {
    /** Path under force-app/main/default/objects, e.g. `Joint_Metric__c/fields/Status__c.field-meta.xml`. */
    file: string;
    /** Formula text as it reads unescaped (`<=`, not `&lt;=`), or XML when `xml` is set. */
    from: string;
    to: string;
    xml?: boolean;
}

const OBJECTS = path.join('force-app', 'main', 'default', 'objects');

/**
 * Loads a copy of force-app's objects with the mutations applied and extra files added.
 *
 * @param added file contents by path under force-app/main/default/objects
 * @throws Error when a mutation's `from` text does not occur exactly once (a mutation must change something)
 */
export function mutatedProject(
    mutations: Mutation[],
    added: Record<string, string> = {}
): ProjectModel {
    return withProjectCopy(
        (copy) => {
            for (const { file, from, to, xml } of mutations) {
                const target = path.join(OBJECTS, file);
                const [before, after] = xml
                    ? [from, to]
                    : [escapeXml(from), escapeXml(to)];
                if (copy.read(target).split(before).length !== 2)
                    throw new Error(
                        `${file}: "${from}" must occur exactly once`
                    );
                copy.replace(target, before, after);
            }
            for (const [file, text] of Object.entries(added))
                copy.write(path.join(OBJECTS, file), text);
            return loadProject(copy.root);
        },
        PROJECT_ROOT,
        // The objects, and sfdx-project.json whose package directories the reader follows.
        ['sfdx-project.json', OBJECTS]
    );
}

/** The text of a metadata file under force-app/main/default/objects. */
export function objectFile(file: string): string {
    return readFileSync(path.join(PROJECT_ROOT, OBJECTS, file), 'utf8');
}
