/**
 * Custom report types: the base object and each joined child relationship
 * exist, and every field a section offers exists on its table's object. Also
 * reads report types for the reports check: a report may only use the fields
 * its report type offers.
 */
import path from 'node:path';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import { resolveFieldPath } from '../fieldPaths';
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

/** The base object and each joined child object, keyed by table name, plus the problems of the join chain. */
function readTables(
    context: VerifyContext,
    file: string,
    xml: XmlElement
): { tables: Map<string, ReportTypeTable>; problems: Problem[] } {
    const { project } = context;
    const tables = new Map<string, ReportTypeTable>();
    const problems: Problem[] = [];
    const baseObject = childText(xml, 'baseObject') ?? '';
    const base = project.getObject(baseObject);
    if (!base) {
        problems.push({
            file: context.relative(file),
            element: '<baseObject>',
            message: `there is no object ${baseObject}`
        });
        return { tables, problems };
    }
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
            problems.push({
                file: context.relative(file),
                element: `join.relationship[${relationship}]`,
                message: `${table.object} has no child relationship ${relationship}`
            });
            break;
        }
        table = {
            name: `${table.name}.${relationship}`,
            object: child.childObject,
            fields: new Set<string>()
        };
        tables.set(table.name, table);
    }
    return { tables, problems };
}

/** Reads one report type, returning its model and what is wrong with it. */
function readReportType(
    context: VerifyContext,
    file: string
): { model: ReportTypeModel; problems: Problem[] } {
    const name = path.basename(file, '.reportType-meta.xml');
    const xml = context.xml(file);
    if (!xml) return { model: { name, file, tables: new Map() }, problems: [] };
    const { tables, problems } = readTables(context, file, xml);
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
                if (tables.size > 0)
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
            if (resolved.error) problem(element, resolved.error);
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
