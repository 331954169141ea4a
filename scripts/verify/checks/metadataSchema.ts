/**
 * Every deployed `-meta.xml` file is well-formed XML of the Metadata API type
 * the Salesforce CLI's registry files it as (scripts/lib/projectFiles.ts: by
 * suffix, strict directory name and parent folder, so `sites/X.site-meta.xml`
 * is a CustomSite and `experiences/X.site-meta.xml` an ExperienceBundle), and
 * it agrees with that type's description in @salesforce/types: no unknown
 * elements (but those the project's sourceApiVersion still accepts), valid
 * enum values, well-formed booleans and numbers. A file the registry cannot
 * type is refused (the CLI refuses to deploy it); a type that
 * @salesforce/types does not describe is noted as unchecked.
 */
import path from 'node:path';
import { checkAgainstSchema } from '../../lib/metadataSchema';
import type { MetadataFile } from '../../lib/projectFiles';
import { readXml, XmlSyntaxError, type XmlElement } from '../../lib/xml';
import type { Check, Problem } from '../types';

/**
 * The root element a metadata file must have: the type the CLI registry
 * resolved it to. Settings are the exception: the registry files every
 * `<Name>.settings-meta.xml` as Settings, and the file holds `<NameSettings>`
 * (Metadata API, "Settings":
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_settings.htm).
 */
const rootElementOf = ({ type, fullName }: MetadataFile): string =>
    type === 'Settings' ? `${fullName}Settings` : type;

function rootProblem(
    entry: MetadataFile,
    relative: string,
    xml: XmlElement
): Problem[] {
    const expected = rootElementOf(entry);
    if (expected === xml.name) return [];
    const name = path.basename(entry.file);
    const suffix = /\.([^.]+)-meta\.xml$/.exec(name)?.[1] ?? '';
    const folder = path.basename(path.dirname(entry.file));
    return [
        {
            file: relative,
            element: `<${xml.name}>`,
            message: `a .${suffix}-meta.xml file holds a ${expected}, not a ${xml.name} (the CLI registry files ${folder}/${name} as ${entry.type} ${entry.fullName})`
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
        'well-formed XML of the type the CLI registry files it as, whose elements, enums, booleans and numbers match @salesforce/types',
    run(context) {
        const unresolved = context.projectFiles.unresolved.map(
            ({ file, message }): Problem => ({
                file: context.relative(file),
                element: '(file)',
                message: `the Salesforce CLI cannot tell which metadata type this file is: ${message
                    .split(file)
                    .join('')
                    .replace(/^[:\s]+/, '')}`
            })
        );
        return [
            ...unresolved,
            ...context.projectFiles.metadata.flatMap((entry) => {
                const relative = context.relative(entry.file);
                const xml = context.xml(entry.file);
                if (!xml) return [syntaxProblem(entry.file, relative)];
                const wrongRoot = rootProblem(entry, relative, xml);
                if (wrongRoot.length) return wrongRoot;
                if (context.metadataSchema.type(xml.name)?.kind !== 'object')
                    return [
                        {
                            file: relative,
                            element: `<${xml.name}>`,
                            message: `@salesforce/types does not describe ${xml.name}: its elements are not checked offline`,
                            kind: 'unchecked' as const
                        }
                    ];
                return checkAgainstSchema(
                    context.metadataSchema,
                    xml,
                    context.projectFiles.sourceApiVersion
                ).map((issue) => ({
                    file: relative,
                    element: issue.element,
                    message: issue.message
                }));
            })
        ];
    }
};
