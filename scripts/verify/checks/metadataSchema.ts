/**
 * Every `-meta.xml` file is well-formed XML and agrees with the Metadata API
 * type its root element names: no unknown elements, valid enum values,
 * well-formed booleans and numbers.
 */
import { checkAgainstSchema } from '../../lib/metadataSchema';
import { readXml, XmlSyntaxError } from '../../lib/xml';
import type { Check, Problem } from '../types';

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
        'well-formed XML whose elements, enums, booleans and numbers match @salesforce/types',
    run(context) {
        return context.metadataFiles.flatMap((file) => {
            const relative = context.relative(file);
            const xml = context.xml(file);
            if (!xml) return [syntaxProblem(file, relative)];
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
