/**
 * Reads Salesforce metadata XML into a small ordered element tree.
 *
 * Every tool that looks at `force-app` (verification, formula tests, GraphQL
 * schema, local preview) goes through this reader, so they all agree on what a
 * file says.
 */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
    name: string;
    /** Text content of a leaf element ('' for containers). */
    text: string;
    children: XmlElement[];
}

export class XmlSyntaxError extends Error {
    constructor(
        readonly file: string,
        readonly line: number,
        readonly detail: string
    ) {
        super(`${file}:${line}: XML is not well formed: ${detail}`);
    }
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: true,
    ignoreDeclaration: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true
});

function toElement(node: OrderedNode): XmlElement | undefined {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text' || name === '#comment') return undefined;
    const content = (node[name] as OrderedNode[]) ?? [];
    const text = content
        .filter((child) => '#text' in child)
        .map((child) => String(child['#text']))
        .join('');
    const children = content
        .map(toElement)
        .filter((child): child is XmlElement => child !== undefined);
    return { name, text, children };
}

/** Parses XML text; throws {@link XmlSyntaxError} naming the file and line. */
export function parseXml(source: string, file: string): XmlElement {
    const valid = XMLValidator.validate(source);
    if (valid !== true) {
        throw new XmlSyntaxError(file, valid.err.line, valid.err.msg);
    }
    const root = (parser.parse(source) as OrderedNode[])
        .map(toElement)
        .find((element) => element !== undefined);
    if (!root) throw new XmlSyntaxError(file, 1, 'no root element');
    return root;
}

export function readXml(file: string): XmlElement {
    return parseXml(readFileSync(file, 'utf8'), file);
}

/** Text of the first child with that name, or undefined. */
export function childText(
    element: XmlElement,
    name: string
): string | undefined {
    return element.children.find((child) => child.name === name)?.text;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
    return element.children.filter((child) => child.name === name);
}

/** Text escaped for an XML element's content: `&`, `<` and `>`. */
export const escapeXml = (text: string): string =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
