/**
 * What the verification needs from a component's module, TypeScript or
 * JavaScript, read with the TypeScript compiler API: the modules it imports
 * and its `gql` queries.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface ComponentImport {
    specifier: string;
    line: number;
}

export interface GqlTemplate {
    /** The query text; `${...}` substitutions are resolved from the module's own constants when possible. */
    text?: string;
    /** Why the text could not be determined. */
    unresolved?: string;
    line: number;
}

export interface ComponentSource {
    imports: ComponentImport[];
    queries: GqlTemplate[];
}

const cache = new Map<string, ComponentSource>();

/** Parses one component module (cached per file and content). */
export function readComponentSource(file: string): ComponentSource {
    const text = readFileSync(file, 'utf8');
    const key = `${file}\0${text}`;
    if (!cache.has(key)) cache.set(key, parseComponentSource(file, text));
    return cache.get(key)!;
}

function parseComponentSource(file: string, text: string): ComponentSource {
    const source = ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
        file.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS
    );
    const lineOf = (node: ts.Node) =>
        source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const imports: ComponentImport[] = [];
    const templates: ts.TaggedTemplateExpression[] = [];
    /** Top-level `const NAME = <initializer>`, to resolve `${NAME}` inside a query. */
    const constants = new Map<string, ts.Expression>();
    const visit = (node: ts.Node) => {
        if (
            (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
            node.moduleSpecifier &&
            ts.isStringLiteral(node.moduleSpecifier)
        ) {
            imports.push({
                specifier: node.moduleSpecifier.text,
                line: lineOf(node)
            });
        }
        if (
            ts.isCallExpression(node) &&
            node.expression.kind === ts.SyntaxKind.ImportKeyword &&
            node.arguments[0] &&
            ts.isStringLiteral(node.arguments[0])
        ) {
            imports.push({
                specifier: node.arguments[0].text,
                line: lineOf(node)
            });
        }
        if (
            ts.isTaggedTemplateExpression(node) &&
            ts.isIdentifier(node.tag) &&
            node.tag.text === 'gql'
        )
            templates.push(node);
        if (
            ts.isVariableDeclaration(node) &&
            ts.isIdentifier(node.name) &&
            node.initializer
        )
            constants.set(node.name.text, node.initializer);
        ts.forEachChild(node, visit);
    };
    visit(source);

    const textOf = (
        expression: ts.Expression,
        seen: Set<string>
    ): string | undefined => {
        if (ts.isTaggedTemplateExpression(expression))
            return textOf(expression.template, seen);
        if (
            ts.isNoSubstitutionTemplateLiteral(expression) ||
            ts.isStringLiteral(expression)
        )
            return expression.text;
        if (ts.isTemplateExpression(expression)) {
            let result = expression.head.text;
            for (const span of expression.templateSpans) {
                const part = textOf(span.expression, seen);
                if (part === undefined) return undefined;
                result += part + span.literal.text;
            }
            return result;
        }
        if (
            ts.isIdentifier(expression) &&
            !seen.has(expression.text) &&
            constants.has(expression.text)
        ) {
            return textOf(
                constants.get(expression.text)!,
                new Set([...seen, expression.text])
            );
        }
        return undefined;
    };
    const queries = templates.map((template): GqlTemplate => {
        const resolved = textOf(template.template, new Set());
        return resolved === undefined
            ? {
                  line: lineOf(template),
                  unresolved:
                      'a ${...} substitution is not a constant of this module'
              }
            : { line: lineOf(template), text: resolved };
    });
    return { imports, queries };
}
