/**
 * Every `-meta.xml` file is well-formed XML, its root element is the Metadata
 * API type its file suffix stands for (`.field-meta.xml` → CustomField, as the
 * Salesforce CLI's registry maps them), and it agrees with that type: no
 * unknown elements, valid enum values, well-formed booleans and numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAgainstSchema } from '../../lib/metadataSchema';
import { PROJECT_ROOT } from '../../lib/project';
import { readXml, XmlSyntaxError, type XmlElement } from '../../lib/xml';
import type { Check, Problem } from '../types';

/** The CLI's metadata registry, read by path like the type descriptions (the package does not export it). */
const REGISTRY = path.join(
    PROJECT_ROOT,
    'node_modules/@salesforce/source-deploy-retrieve/lib/src/registry/metadataRegistry.json'
);

interface RegistryType {
    name: string;
    suffix?: string;
    children?: { types: Record<string, RegistryType> };
}

let suffixTypes: Map<string, string> | undefined;

/** File suffix (`field`, `permissionset`) → Metadata API type name; empty if the registry is absent. */
function typesBySuffix(): Map<string, string> {
    if (suffixTypes) return suffixTypes;
    suffixTypes = new Map();
    if (!existsSync(REGISTRY)) return suffixTypes;
    const registry = JSON.parse(readFileSync(REGISTRY, 'utf8')) as {
        types: Record<string, RegistryType>;
    };
    const types = Object.values(registry.types);
    const children = types.flatMap((type) =>
        Object.values(type.children?.types ?? {})
    );
    // A top-level type wins over a child type that shares its suffix (CustomLabels over CustomLabel).
    for (const entry of [...children, ...types]) {
        if (entry.suffix) suffixTypes.set(entry.suffix, entry.name);
    }
    // A component's metadata file is `name.js-meta.xml` in an lwc bundle.
    suffixTypes.set('js', 'LightningComponentBundle');
    return suffixTypes;
}

function rootProblem(
    file: string,
    relative: string,
    xml: XmlElement
): Problem[] {
    const suffix = /\.([^.]+)-meta\.xml$/.exec(path.basename(file))?.[1] ?? '';
    const expected = typesBySuffix().get(suffix);
    if (!expected || expected === xml.name) return [];
    return [
        {
            file: relative,
            element: `<${xml.name}>`,
            message: `a .${suffix}-meta.xml file holds a ${expected}, not a ${xml.name}`
        }
    ];
}

function syntaxProblem(file: string, relative: string): Problem {
    try {
        readXml(file);
        return {
            file: relative,
            element: '(file)',
            message: 'could not be read'
        };
    } catch (error) {
        if (!(error instanceof XmlSyntaxError)) throw error;
        return {
            file: relative,
            element: `line ${error.line}`,
            message: `XML is not well formed: ${error.detail}`
        };
    }
}

export const metadataSchema: Check = {
    name: 'metadataSchema',
    description:
        'well-formed XML of the type its suffix names, whose elements, enums, booleans and numbers match @salesforce/types',
    run(context) {
        return context.metadataFiles.flatMap((file) => {
            const relative = context.relative(file);
            const xml = context.xml(file);
            if (!xml) return [syntaxProblem(file, relative)];
            const wrongRoot = rootProblem(file, relative, xml);
            if (wrongRoot.length) return wrongRoot;
            return checkAgainstSchema(context.metadataSchema, xml).map(
                (issue) => ({
                    file: relative,
                    element: issue.element,
                    message: issue.message
                })
            );
        });
    }
};
