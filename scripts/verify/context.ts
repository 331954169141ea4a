/**
 * Builds the {@link VerifyContext} that every check reads: the files the
 * Salesforce CLI would deploy (scripts/lib/projectFiles.ts), parsed XML and
 * the project model, each loaded once and only when a check asks.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMetadataSchema, type MetadataSchema } from '../lib/metadataSchema';
import { loadProject, type ProjectModel } from '../lib/project';
import { readProjectFiles } from '../lib/projectFiles';
import { readXml, XmlSyntaxError, type XmlElement } from '../lib/xml';
import type { VerifyContext } from './types';

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

/**
 * The verification context of the project at `root`.
 *
 * @throws Error when sfdx-project.json is missing or names a package directory that does not exist
 */
export function createContext(root: string): VerifyContext {
    const projectFiles = readProjectFiles(root);
    const metadataFiles = projectFiles.metadata.map(({ file }) => file);
    const byTypeAndName = new Map(
        projectFiles.metadata.map((entry) => [
            `${entry.type}:${entry.fullName}`,
            entry
        ])
    );
    const byFile = new Map(
        projectFiles.metadata.map((entry) => [entry.file, entry])
    );
    const parsed = new Map<string, XmlElement | undefined>();
    let project: ProjectModel | undefined;
    return {
        root,
        packageDirs: projectFiles.packageDirs,
        houseRules: optsInToHouseRules(root),
        projectFiles,
        metadataFiles,
        componentSources: projectFiles.bundles.flatMap(
            (bundle) => bundle.sources
        ),
        components: new Map(
            projectFiles.bundles.map((bundle) => [bundle.name, bundle])
        ),
        filesEndingWith: (suffix) =>
            metadataFiles.filter((file) => file.endsWith(suffix)),
        metadataOf: (file) => byFile.get(file),
        findMetadata: (type, fullName) =>
            byTypeAndName.get(`${type}:${fullName}`),
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
            project ??= loadProject(root, projectFiles);
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
