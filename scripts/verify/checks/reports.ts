/**
 * Reports: each lives in a report folder that exists, names a custom report
 * type of the project, and uses only fields that report type offers, written
 * as custom report types want them: `Table$Field`, e.g.
 * `Strategic_Account_Plan__c.Joint_Metrics__r$Status__c`. Filter values of a
 * picklist field are values of that picklist. House rule: relative date
 * criteria that the filter logic joins on one column leave no day out between
 * them (scripts/lib/relativeDates.ts models what each value stands for).
 */
import path from 'node:path';
import { picklistValueNames } from '../../lib/project';
import {
    compileFilterLogic,
    dateCriterion,
    toDay,
    toIsoDate,
    type Day
} from '../../lib/relativeDates';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import type { Check, Problem, VerifyContext } from '../types';
import { readReportTypes, type ReportTypeModel } from './reportTypes';

/** What the dashboards check needs to know of a report. */
export interface ReportModel {
    /** `Folder/DeveloperName`, as dashboards name it. */
    name: string;
    file: string;
    /** Grouping fields, down then across. */
    groupings: string[];
    /** Detail column → the summary types it has (`Sum`, `Average`...). */
    aggregates: Map<string, string[]>;
}

/** The report's name as dashboards write it: `Folder/DeveloperName`. */
export function reportName(context: VerifyContext, file: string): string {
    return context.metadataOf(file)?.fullName ?? '';
}

/** Every report of the project by `Folder/DeveloperName`. */
export function readReports(context: VerifyContext): Map<string, ReportModel> {
    return new Map(
        context.filesEndingWith('.report-meta.xml').map((file) => {
            const xml = context.xml(file);
            const fields = (name: string) =>
                xml
                    ? childrenNamed(xml, name).map(
                          (grouping) => childText(grouping, 'field') ?? ''
                      )
                    : [];
            const aggregates = new Map(
                (xml ? childrenNamed(xml, 'columns') : []).map((column) => [
                    childText(column, 'field') ?? '',
                    childrenNamed(column, 'aggregateTypes').map(
                        (type) => type.text
                    )
                ])
            );
            const name = reportName(context, file);
            return [
                name,
                {
                    name,
                    file,
                    groupings: [
                        ...fields('groupingsDown'),
                        ...fields('groupingsAcross')
                    ],
                    aggregates
                }
            ];
        })
    );
}

/** One place where a report names a report-type column. */
interface ColumnReference {
    element: string;
    column: string;
    /** A filter's value (comma-separated for several). */
    filterValue?: string;
    /** A detail column's summary types. */
    aggregates?: string[];
}

/** Every place a report names a report-type column, with the element to report it at. */
function columnReferences(xml: XmlElement): ColumnReference[] {
    const references: ColumnReference[] = [];
    const add = (
        element: string,
        column: string | undefined,
        extra: Partial<ColumnReference> = {}
    ) => {
        if (column)
            references.push({
                element: `${element}[${column}]`,
                column,
                ...extra
            });
    };
    for (const column of childrenNamed(xml, 'columns')) {
        add('columns', childText(column, 'field'), {
            aggregates: childrenNamed(column, 'aggregateTypes').map(
                (type) => type.text
            )
        });
    }
    for (const filter of childrenNamed(xml, 'filter')) {
        for (const item of childrenNamed(filter, 'criteriaItems'))
            add('filter.criteriaItems', childText(item, 'column'), {
                filterValue: childText(item, 'value')
            });
    }
    for (const name of ['groupingsDown', 'groupingsAcross'])
        for (const grouping of childrenNamed(xml, name))
            add(name, childText(grouping, 'field'));
    add('sortColumn', childText(xml, 'sortColumn'));
    for (const timeFrame of childrenNamed(xml, 'timeFrameFilter'))
        add('timeFrameFilter.dateColumn', childText(timeFrame, 'dateColumn'));
    for (const chart of childrenNamed(xml, 'chart')) {
        add('chart.groupingColumn', childText(chart, 'groupingColumn'));
        add(
            'chart.secondaryGroupingColumn',
            childText(chart, 'secondaryGroupingColumn')
        );
        for (const summary of childrenNamed(chart, 'chartSummaries')) {
            const column = childText(summary, 'column');
            if (column !== 'RowCount') add('chart.chartSummaries', column);
        }
    }
    return references;
}

/** Summary types that need a number; Maximum and Minimum also take dates. */
const NUMERIC_SUMMARIES = new Set(['Sum', 'Average', 'Median']);
const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent']);

/** What is wrong with one `Table$Field` reference in a report of the report type. */
function columnProblem(
    context: VerifyContext,
    reportType: ReportTypeModel,
    reference: ColumnReference
): string | undefined {
    const { column, filterValue, aggregates = [] } = reference;
    const [tableName, fieldName, extra] = column.split('$');
    if (fieldName === undefined || extra !== undefined) {
        return `${column} is not a custom report type column: write Table$Field, e.g. ${[...reportType.tables.keys()].at(-1)}$Name`;
    }
    const table = reportType.tables.get(tableName);
    if (!table)
        return `${tableName} is not a table of report type ${reportType.name} (${[...reportType.tables.keys()].join(', ')})`;
    if (!table.fields.has(fieldName.toLowerCase()))
        return `report type ${reportType.name} offers no field ${fieldName} on ${tableName}: add it to a section of the report type`;
    const field = context.project.getField(table.object, fieldName);
    const values = field && picklistValueNames(field);
    const unknown =
        values && filterValue !== undefined
            ? filterValue.split(',').filter((value) => !values.includes(value))
            : [];
    if (unknown.length)
        return `${unknown.join(', ')} is not a value of the picklist ${table.object}.${fieldName}`;
    const numeric = aggregates.filter((type) => NUMERIC_SUMMARIES.has(type));
    if (field && numeric.length && !NUMBER_TYPES.has(field.valueType))
        return `${numeric.join(', ')} needs a number; ${table.object}.${fieldName} is ${field.valueType}`;
    return undefined;
}

/** A report lives in a folder that has its folder metadata. */
function folderProblem(
    context: VerifyContext,
    file: string
): string | undefined {
    const folder = path.posix.dirname(reportName(context, file));
    if (folder !== '.' && context.findMetadata('ReportFolder', folder))
        return undefined;
    return `a report needs a folder with reports/${folder === '.' ? '<Folder>' : folder}.reportFolder-meta.xml`;
}

/** Summary and Matrix reports group rows (a Matrix also columns); Tabular ones do not. */
function formatProblem(xml: XmlElement): string | undefined {
    const format = childText(xml, 'format');
    const down = childrenNamed(xml, 'groupingsDown').length;
    const across = childrenNamed(xml, 'groupingsAcross').length;
    if ((format === 'Summary' || format === 'Matrix') && down === 0)
        return `a ${format} report needs at least one groupingsDown`;
    if (format === 'Matrix' && across === 0)
        return 'a Matrix report needs at least one groupingsAcross';
    if (format === 'Tabular' && down + across > 0)
        return 'a Tabular report has no groupings: make it Summary';
    return undefined;
}

/** A report sorts its rows by one of the columns it shows. */
function sortProblem(xml: XmlElement): string | undefined {
    const sortColumn = childText(xml, 'sortColumn');
    const shown = childrenNamed(xml, 'columns').map((column) =>
        childText(column, 'field')
    );
    return sortColumn && !shown.includes(sortColumn)
        ? `sorts by ${sortColumn}, which is not one of the report's columns`
        : undefined;
}

/** Run days the date filters are tried on: every day of a year (quarters begin and end in it). */
const RUN_DAYS: Day[] = Array.from(
    { length: 365 },
    (_, index) => toDay('2025-01-01') + index
);
/** How far around the run day a gap is looked for. */
const WINDOW = 400;

/** A stretch of days relative to the run day, in words. */
function describeDays(first: number, last: number): string {
    const one = (offset: number) =>
        offset === 0
            ? 'the day the report runs'
            : `${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'} ${offset > 0 ? 'after' : 'before'} the day the report runs`;
    return first === last ? one(first) : `${one(first)} to ${one(last)}`;
}

/** The first days, relative to the run day, that fail between days that pass. */
function firstGap(
    passes: (offset: number) => boolean
): [number, number] | undefined {
    let lastPass: number | undefined;
    for (let offset = -WINDOW; offset <= WINDOW; offset++) {
        if (!passes(offset)) continue;
        if (lastPass !== undefined && offset > lastPass + 1)
            return [lastPass + 1, offset - 1];
        lastPass = offset;
    }
    return undefined;
}

/**
 * House rule: where a report's filter joins relative date criteria on one
 * column, no day between days it takes is left out. The filter is evaluated
 * with its logic on every day around each run day of a year, the criteria on
 * other columns taken as passing; logic with NOT, and values the model does
 * not know, are not judged.
 */
function dateGapProblems(xml: XmlElement): [string, string][] {
    const filter = childrenNamed(xml, 'filter')[0];
    if (!filter) return [];
    const logic = childText(filter, 'booleanFilter');
    if (logic && /\bNOT\b/i.test(logic)) return [];
    const passes = compileFilterLogic(logic);
    const criteria = childrenNamed(filter, 'criteriaItems').map((item) => ({
        column: childText(item, 'column') ?? '',
        operator: childText(item, 'operator') ?? '',
        value: childText(item, 'value') ?? ''
    }));
    const testOn = (today: Day) =>
        criteria.map(({ operator, value }) =>
            dateCriterion(operator, value, today)
        );
    const modelled = testOn(0);
    const columns = new Set(
        criteria.filter((_, index) => modelled[index]).map((c) => c.column)
    );
    return [...columns].flatMap((column): [string, string][] => {
        const onColumn = criteria.flatMap((criterion, index) =>
            criterion.column === column ? [index] : []
        );
        if (onColumn.length < 2 || !onColumn.every((index) => modelled[index]))
            return [];
        for (const today of RUN_DAYS) {
            const tests = testOn(today);
            const gap = firstGap((offset) =>
                passes(
                    criteria.map(
                        (criterion, index) =>
                            criterion.column !== column ||
                            tests[index]!(today + offset)
                    )
                )
            );
            if (gap)
                return [
                    [
                        `filter.criteriaItems[${column}]`,
                        `house rule: the filter takes days before and after ${describeDays(...gap)} but not ${gap[0] === gap[1] ? 'that day' : 'those days'} (run on ${toIsoDate(today)}); mind where each relative date starts: a custom field filter's NEXT n DAYS starts the day after the report runs`
                    ]
                ];
        }
        return [];
    });
}

export const reports: Check = {
    name: 'reports',
    description:
        'reports sit in existing folders, name existing custom report types and use only the fields those offer',
    run(context) {
        const reportTypesByName = readReportTypes(context);
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.report-meta.xml')) {
            const xml = context.xml(file);
            if (!xml) continue;
            const problem = (element: string, message: string | undefined) => {
                if (message)
                    problems.push({
                        file: context.relative(file),
                        element,
                        message
                    });
            };
            problem('folder', folderProblem(context, file));
            problem('<format>', formatProblem(xml));
            problem('<sortColumn>', sortProblem(xml));
            for (const [element, message] of dateGapProblems(xml))
                problems.push({
                    file: context.relative(file),
                    element,
                    message,
                    kind: 'house'
                });
            const reportTypeName = childText(xml, 'reportType') ?? '';
            // Standard report types (AccountList...) are defined by Salesforce and cannot be checked here.
            if (!reportTypeName.endsWith('__c')) continue;
            const developerName = reportTypeName.slice(0, -'__c'.length);
            const reportType = reportTypesByName.get(developerName);
            if (!reportType) {
                problem(
                    '<reportType>',
                    `there is no custom report type ${developerName} (reportTypes/${developerName}.reportType-meta.xml)`
                );
                continue;
            }
            if (reportType.tables.size === 0) continue; // its own problems are reported by the reportTypes check
            for (const reference of columnReferences(xml))
                problem(
                    reference.element,
                    columnProblem(context, reportType, reference)
                );
        }
        return problems;
    }
};
