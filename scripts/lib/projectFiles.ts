/**
 * Which files an SFDX project deploys, and what each one is, decided the way
 * the Salesforce CLI decides it:
 *
 * - the package directories of `sfdx-project.json`, every one of them and in
 *   any layout (`@salesforce/core` SfProject.getPackageDirectories());
 * - minus what `.forceignore` ignores (`@salesforce/source-deploy-retrieve`
 *   ForceIgnore, with the CLI's default entries);
 * - each `-meta.xml` file resolved to its metadata type by the CLI's own
 *   registry (SDR MetadataResolver over `metadataRegistry.json`: suffixes,
 *   strict directory names, folders and child types), so `sites/X.site-meta.xml`
 *   is a CustomSite, `experiences/X.site-meta.xml` an ExperienceBundle and
 *   `objects/Account/fields/X.field-meta.xml` a CustomField of Account.
 *
 * One exception to `.forceignore`: a component's TypeScript module. Projects
 * that author components in TypeScript ignore `**\/*.ts`, because the compiled
 * `.js` beside it is what gets deployed; the `.ts` is still the source to
 * verify, so it counts whenever its `.js` would be deployed.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SfProject } from '@salesforce/core/project';
import {
    ForceIgnore,
    MetadataResolver,
    RegistryAccess
} from '@salesforce/source-deploy-retrieve';

/** A metadata file and the component it defines. */
export interface MetadataFile {
    /** Absolute path of the `-meta.xml` file. */
    file: string;
    /** The Metadata API type as the CLI registry names it (`CustomField`, `Settings`, `ExperienceBundle`). */
    type: string;
    /** The component's full name: `Account.Industry__c`, `Sales/Pipeline`, `Account` (a Settings file). */
    fullName: string;
    /** For a child type (CustomField, ListView...), the full name of its parent (the object). */
    parent?: string;
}

/** A Lightning web component or Aura bundle folder (`lwc/<name>`, `aura/<name>`). */
export interface ComponentBundle {
    kind: 'lwc' | 'aura';
    name: string;
    /** Absolute path of the bundle folder. */
    dir: string;
    /** Deployed files and TypeScript modules of the bundle, relative to it, `/`-separated, sorted. */
    files: string[];
    /**
     * The modules to verify (imports, gql queries): each `.ts`, and each `.js`
     * without a `.ts` of the same name (a JavaScript component; beside a `.ts`,
     * a `.js` is its build output). Tests and declarations excluded.
     */
    sources: string[];
}

/** A file the CLI cannot deploy because its registry cannot tell what type it is. */
export interface UnresolvedFile {
    file: string;
    message: string;
}

export interface ProjectFiles {
    root: string;
    /** The Metadata API version the project deploys at (`sourceApiVersion`), if set. */
    sourceApiVersion?: number;
    /** Absolute paths of the package directories, in sfdx-project.json order. */
    packageDirs: string[];
    /** Every deployed `-meta.xml` file that defines a component, sorted by path. */
    metadata: MetadataFile[];
    /** Component bundles of every package directory, sorted by name. */
    bundles: ComponentBundle[];
    unresolved: UnresolvedFile[];
}

/** Folders of component bundles, `strictDirectoryName` types of the CLI registry. */
const BUNDLE_FOLDERS = new Map<string, ComponentBundle['kind']>([
    ['lwc', 'lwc'],
    ['aura', 'aura']
]);

const isTest = (relative: string) =>
    relative.split('/').includes('__tests__') ||
    /\.(test|spec)\.[jt]s$/.test(relative);

/** Every file under a folder, recursively, sorted; none if the folder does not exist. */
export function listFilesRecursively(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
}

/** The project at `root` as the CLI reads its sfdx-project.json. */
function sfProject(root: string): SfProject {
    if (!existsSync(path.join(root, 'sfdx-project.json')))
        throw new Error(`${root} has no sfdx-project.json`);
    return SfProject.getInstance(root);
}

/** The package directories of the project at `root` (the folder holding sfdx-project.json). */
export function packageDirectories(root: string): string[] {
    return sfProject(root)
        .getPackageDirectories()
        .map((dir) => dir.fullPath.replace(/[\\/]$/, ''));
}

/** Each `.ts` module, and each `.js` module without a `.ts` of the same name. */
function bundleSources(dir: string, files: string[]): string[] {
    const modules = files.filter(
        (file) =>
            /\.[jt]s$/.test(file) && !file.endsWith('.d.ts') && !isTest(file)
    );
    return modules
        .filter(
            (file) =>
                file.endsWith('.ts') ||
                !modules.includes(file.replace(/\.js$/, '.ts'))
        )
        .map((file) => path.join(dir, file));
}

/** Where a file sits in a component bundle: `<packageDir>/.../lwc/<bundle>/<file...>`. */
function bundlePlace(
    packageDir: string,
    file: string
):
    | { kind: ComponentBundle['kind']; dir: string; relative: string }
    | undefined {
    const parts = path.relative(packageDir, file).split(path.sep);
    const folder = parts.findIndex((part) => BUNDLE_FOLDERS.has(part));
    // Files directly in lwc/ (tsconfig.json, jsconfig.json) belong to no bundle.
    if (folder < 0 || parts.length - folder < 3) return undefined;
    return {
        kind: BUNDLE_FOLDERS.get(parts[folder])!,
        dir: path.join(packageDir, ...parts.slice(0, folder + 2)),
        relative: parts.slice(folder + 2).join('/')
    };
}

/** Reads which files the project at `root` deploys and what they are. */
export function readProjectFiles(root: string): ProjectFiles {
    const packageDirs = packageDirectories(root);
    const ignore = new ForceIgnore(path.join(root, '.forceignore'));
    const resolver = new MetadataResolver(new RegistryAccess(undefined, root));

    const metadata: MetadataFile[] = [];
    const unresolved: UnresolvedFile[] = [];
    const bundleFiles = new Map<
        string,
        { kind: ComponentBundle['kind']; files: string[] }
    >();
    for (const packageDir of packageDirs) {
        for (const file of listFilesRecursively(packageDir)) {
            const place = bundlePlace(packageDir, file);
            // A component's TypeScript module counts when the .js compiled from it is deployed.
            const deployed =
                place?.kind === 'lwc' &&
                file.endsWith('.ts') &&
                !file.endsWith('.d.ts')
                    ? ignore.accepts(file.replace(/\.ts$/, '.js'))
                    : ignore.accepts(file);
            if (!deployed) continue;
            if (place) {
                const bundle = bundleFiles.get(place.dir) ?? {
                    kind: place.kind,
                    files: []
                };
                bundle.files.push(place.relative);
                bundleFiles.set(place.dir, bundle);
            }
            if (file.endsWith('-meta.xml'))
                resolveMetadata(resolver, file, metadata, unresolved);
        }
    }
    const bundles = [...bundleFiles]
        .map(([dir, { kind, files }]) => ({
            kind,
            name: path.basename(dir),
            dir,
            files,
            sources: kind === 'lwc' ? bundleSources(dir, files) : []
        }))
        .sort(
            (a, b) => a.name.localeCompare(b.name) || a.dir.localeCompare(b.dir)
        );
    metadata.sort((a, b) => a.file.localeCompare(b.file));
    const version = sfProject(root).getSfProjectJson().getContents()
        .sourceApiVersion as string | undefined;
    return {
        root,
        sourceApiVersion: version ? Number(version) : undefined,
        packageDirs,
        metadata,
        bundles,
        unresolved
    };
}

/** Adds the component that the metadata file defines, or why the CLI cannot resolve it. */
function resolveMetadata(
    resolver: MetadataResolver,
    file: string,
    metadata: MetadataFile[],
    unresolved: UnresolvedFile[]
): void {
    try {
        const component = resolver
            .getComponentsFromPath(file)
            .flatMap((candidate) => [candidate, ...candidate.getChildren()])
            .find((candidate) => candidate.xml === file);
        // Otherwise the file is content of another component (a static resource's files...).
        if (component) {
            metadata.push({
                file,
                type: component.type.name,
                fullName: component.fullName,
                parent: component.parent?.fullName
            });
        }
    } catch (error) {
        unresolved.push({
            file,
            message: error instanceof Error ? error.message : String(error)
        });
    }
}
