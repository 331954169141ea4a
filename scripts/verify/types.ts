/**
 * The vocabulary of the offline verification: a check reads a
 * {@link VerifyContext} and returns the {@link Problem}s it finds.
 */
import type { MetadataSchema } from '../lib/metadataSchema';
import type { ProjectModel } from '../lib/project';
import type {
    ComponentBundle,
    MetadataFile,
    ProjectFiles
} from '../lib/projectFiles';
import type { XmlElement } from '../lib/xml';

/** One thing an org would reject (or that would break at run time), located precisely. */
export interface Problem {
    /** Path relative to the project root, e.g. `force-app/main/default/permissionsets/X.permissionset-meta.xml`. */
    file: string;
    /** The element concerned, e.g. `fieldPermissions[Joint_Metric__c.Actual__c]` or `<formula>`. */
    element: string;
    /** What is wrong, in words that say what to fix. */
    message: string;
    /**
     * Absent for a platform rule (an org would reject it).
     * `house`: a rule of this package's own house style (every field in every
     * permission set, a label for every string...). Reported, and failing, only
     * for projects that opt in (see {@link VerifyContext.houseRules}).
     * `unchecked`: a name the offline model cannot judge (a standard object or
     * field outside the catalogue, a managed-package namespace). Listed as a
     * note; never a failure, because an org may well accept it.
     */
    kind?: 'house' | 'unchecked';
}

/** What every check may read. Everything is loaded lazily and at most once. */
export interface VerifyContext {
    /** The project root (the folder holding sfdx-project.json). */
    root: string;
    /** Absolute paths of the package directories of sfdx-project.json. */
    packageDirs: string[];
    /**
     * What the Salesforce CLI deploys: the metadata files of every package
     * directory minus `.forceignore`, each with its registry type, the
     * component bundles, and the files it cannot resolve to a type.
     */
    projectFiles: ProjectFiles;
    /** Every deployed `*-meta.xml` file that defines a component, absolute paths, sorted. */
    metadataFiles: string[];
    /** Metadata files whose name ends with the suffix, e.g. `.layout-meta.xml`. */
    filesEndingWith(suffix: string): string[];
    /** The registry type and full name of a metadata file (`Report`, `Folder/DeveloperName`). */
    metadataOf(file: string): MetadataFile | undefined;
    /** The metadata file of a component, by registry type and full name (`QuickAction`, `Account.Log_a_Call`). */
    findMetadata(type: string, fullName: string): MetadataFile | undefined;
    /** The project's Lightning web components and Aura bundles, by bundle name. */
    components: ReadonlyMap<string, ComponentBundle>;
    /** The parsed XML of a file; undefined when it is not well formed (the schema check reports that). */
    xml(file: string): XmlElement | undefined;
    /** The typed model of the project; throws XmlSyntaxError if a file it reads is not well formed. */
    readonly project: ProjectModel;
    readonly metadataSchema: MetadataSchema;
    /**
     * Lightning web component modules to verify, absolute paths: each `.ts`,
     * and each `.js` without a `.ts` beside it (tests and declarations excluded).
     */
    componentSources: string[];
    /**
     * True when the project opts in to this package's house rules with
     * `"plugins": { "verify": { "houseRules": true } }` in sfdx-project.json
     * (the CLI allows any settings under `plugins`). Checks may skip house
     * rules when false; verify.ts drops `kind: 'house'` problems then anyway.
     */
    houseRules: boolean;
    /** A path relative to the root, as problems name files. */
    relative(file: string): string;
}

/** A named verification step; see checks/index.ts for how to add one. */
export interface Check {
    name: string;
    /** One line: what an org (or the running component) would reject. */
    description: string;
    run(context: VerifyContext): Problem[];
}
