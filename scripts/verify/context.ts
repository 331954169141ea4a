/**
 * Builds the {@link VerifyContext} that every check reads: file lists, parsed
 * XML and the project model, each loaded once and only when a check asks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMetadataSchema, type MetadataSchema } from '../lib/metadataSchema';
import { loadProject, type ProjectModel } from '../lib/project';
import { readXml, XmlSyntaxError, type XmlElement } from '../lib/xml';
import type { VerifyContext } from './types';

/** Every file under a folder, recursively, sorted. */
export function listFilesRecursively(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
}

let sharedSchema: MetadataSchema | undefined;

/** Whether sfdx-project.json opts in to the house rules (`plugins.verify.houseRules`). */
export function optsInToHouseRules(root: string): boolean {
    const file = path.join(root, 'sfdx-project.json');
    if (!existsSync(file)) return false;
    const project = JSON.parse(readFileSync(file, 'utf8')) as {
        plugins?: { verify?: { houseRules?: unknown } };
    };
    return project.plugins?.verify?.houseRules === true;
}

/** The verification context of the project at `root`. */
export function createContext(root: string): VerifyContext {
    const sourceDir = path.join(root, 'force-app', 'main', 'default');
    const allFiles = listFilesRecursively(path.join(root, 'force-app'));
    const metadataFiles = allFiles.filter((file) => file.endsWith('-meta.xml'));
    const lwcDir = path.join(sourceDir, 'lwc') + path.sep;
    const componentSources = allFiles.filter(
        (file) =>
            file.startsWith(lwcDir) &&
            file.endsWith('.ts') &&
            !file.endsWith('.d.ts') &&
            !file.endsWith('.test.ts') &&
            !file.split(path.sep).includes('__tests__')
    );
    const parsed = new Map<string, XmlElement | undefined>();
    let project: ProjectModel | undefined;
    return {
        root,
        sourceDir,
        houseRules: optsInToHouseRules(root),
        metadataFiles,
        componentSources,
        filesEndingWith: (suffix) =>
            metadataFiles.filter((file) => file.endsWith(suffix)),
        xml(file) {
            if (!parsed.has(file)) {
                try {
                    parsed.set(file, readXml(file));
                } catch (error) {
                    if (!(error instanceof XmlSyntaxError)) throw error;
                    parsed.set(file, undefined);
                }
            }
            return parsed.get(file);
        },
        get project() {
            project ??= loadProject(root);
            return project;
        },
        get metadataSchema() {
            // The schema does not depend on the project: load it once per process.
            sharedSchema ??= loadMetadataSchema();
            return sharedSchema;
        },
        relative: (file) => path.relative(root, file).split(path.sep).join('/')
    };
}
