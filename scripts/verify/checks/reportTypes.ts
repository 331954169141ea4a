/**
 * Custom report types: the base object and each joined child relationship
 * exist, and every field a section offers exists on its table's object. Also
 * reads report types for the reports check: a report may only use the fields
 * its report type offers.
 */
import path from 'node:path';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import { nameProblem, objectProblem, resolveFieldPath } from '../fieldPaths';
import type { Check, Problem, VerifyContext } from '../types';

/** The most characters Setup accepts in a report type's label and description. */
const LABEL_MAX = 50;
const DESCRIPTION_MAX = 255;

/** One table of a report type: the base object (`Account`) or a join (`Account.Strategic_Account_Plans__r`). */
export interface ReportTypeTable {
    name: string;
    object: string;
    /** Field API names the report type offers on this table, lower case. */
    fields: Set<string>;
}

export interface ReportTypeModel {
    /** The developer name; reports name it with `__c` appended. */
    name: string;
    file: string;
    tables: Map<string, ReportTypeTable>;
}

/**
 * The base object and each joined child object, keyed by table name, plus the
 * problems of the join chain; `complete` is false when a table could not be
 * judged offline (and the tables after it are unknown).
 */
function readTables(
    context: VerifyContext,
    file: string,
    xml: XmlElement
): {
    tables: Map<string, ReportTypeTable>;
    problems: Problem[];
    complete: boolean;
} {
    const { project } = context;
    const tables = new Map<string, ReportTypeTable>();
    const problems: Problem[] = [];
    const baseObject = childText(xml, 'baseObject') ?? '';
    const baseProblem = objectProblem(project, baseObject);
    if (baseProblem) {
        problems.push(
            nameProblem(context.relative(file), '<baseObject>', baseProblem)
        );
        return { tables, problems, complete: false };
    }
    const base = project.getObject(baseObject)!;
    let table = {
        name: base.apiName,
        object: base.apiName,
        fields: new Set<string>()
    };
    tables.set(table.name, table);
    for (
        let join = childrenNamed(xml, 'join')[0];
        join;
        join = childrenNamed(join, 'join')[0]
    ) {
        const relationship = childText(join, 'relationship') ?? '';
        const child = project.getChildRelationship(table.object, relationship);
        if (!child) {
            const custom = /__r$/i.test(relationship);
            // Custom relationships (`__r`) are all in the model; standard
            // ones only as far as the catalogue lists them.
            const error = `${table.object} has no child relationship ${relationship}`;
            problems.push(
                nameProblem(
                    context.relative(file),
                    `join.relationship[${relationship}]`,
                    custom
                        ? { error }
                        : {
                              error: `${error} in the offline catalogue`,
                              kind: 'unchecked'
                          }
                )
            );
            return { tables, problems, complete: custom };
        }
        table = {
            name: `${table.name}.${relationship}`,
            object: child.childObject,
            fields: new Set<string>()
        };
        tables.set(table.name, table);
    }
    return { tables, problems, complete: true };
}

/** Reads one report type, returning its model and what is wrong with it. */
function readReportType(
    context: VerifyContext,
    file: string
): { model: ReportTypeModel; problems: Problem[] } {
    const name = path.basename(file, '.reportType-meta.xml');
    const xml = context.xml(file);
    if (!xml) return { model: { name, file, tables: new Map() }, problems: [] };
    const { tables, problems, complete } = readTables(context, file, xml);
    const problem = (element: string, message: string) =>
        problems.push({ file: context.relative(file), element, message });
    const label = childText(xml, 'label') ?? '';
    if (label.length > LABEL_MAX)
        problem(
            '<label>',
            `the label has ${label.length} characters; a report type label has at most ${LABEL_MAX}`
        );
    const description = childText(xml, 'description') ?? '';
    if (description.length > DESCRIPTION_MAX)
        problem(
            '<description>',
            `the description has ${description.length} characters; at most ${DESCRIPTION_MAX}`
        );
    for (const section of childrenNamed(xml, 'sections')) {
        for (const column of childrenNamed(section, 'columns')) {
            const field = childText(column, 'field') ?? '';
            const tableName = childText(column, 'table') ?? '';
            const element = `sections[${childText(section, 'masterLabel') ?? ''}].columns[${tableName}.${field}]`;
            const table = tables.get(tableName);
            if (!table) {
                if (complete)
                    problem(
                        element,
                        `table ${tableName} is neither the base object nor a join of this report type (${[...tables.keys()].join(', ')})`
                    );
                continue;
            }
            const resolved = resolveFieldPath(
                context.project,
                table.object,
                field
            );
            if (resolved.error)
                problems.push(
                    nameProblem(context.relative(file), element, resolved)
                );
            else if (table.fields.has(field.toLowerCase()))
                problem(element, `${tableName}.${field} is offered twice`);
            table.fields.add(field.toLowerCase());
        }
    }
    return { model: { name, file, tables }, problems };
}

/** Every custom report type of the project by developer name. */
export function readReportTypes(
    context: VerifyContext
): Map<string, ReportTypeModel> {
    return new Map(
        context.filesEndingWith('.reportType-meta.xml').map((file) => {
            const { model } = readReportType(context, file);
            return [model.name, model];
        })
    );
}

export const reportTypes: Check = {
    name: 'reportTypes',
    description:
        'custom report types join existing child relationships and offer existing fields',
    run(context) {
        return context
            .filesEndingWith('.reportType-meta.xml')
            .flatMap((file) => readReportType(context, file).problems);
    }
};
