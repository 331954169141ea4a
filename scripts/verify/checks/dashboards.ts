/**
 * Dashboards: each lives in a dashboard folder that exists, and every
 * component names an existing report, groups by one of that report's
 * groupings and summarizes a column the report summarizes the same way (or
 * the record count).
 */
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import type { Check, Problem } from '../types';
import { readReports, type ReportModel } from './reports';

/** Every dashboard component: in a grid layout or in the classic left/middle/right sections. */
function dashboardComponents(xml: XmlElement): XmlElement[] {
    const grid = childrenNamed(xml, 'dashboardGridLayout').flatMap((layout) =>
        childrenNamed(layout, 'dashboardGridComponents').flatMap((cell) =>
            childrenNamed(cell, 'dashboardComponent')
        )
    );
    const sections = ['leftSection', 'middleSection', 'rightSection'].flatMap(
        (name) =>
            childrenNamed(xml, name).flatMap((section) =>
                childrenNamed(section, 'components')
            )
    );
    return [...grid, ...sections];
}

/** How many groupings a chart type shows: grouped and stacked charts two, other charts one, metrics and gauges none. */
function groupingsShown(componentType: string): number | undefined {
    if (componentType === 'Table') return undefined; // a table shows what the report has
    if (componentType === 'Metric' || componentType === 'Gauge') return 0;
    return /Grouped|Stacked/.test(componentType) ? 2 : 1;
}

/** What is wrong with a component that shows `report`. */
function componentProblems(
    component: XmlElement,
    report: ReportModel
): string[] {
    const problems: string[] = [];
    const groupingColumns = childrenNamed(component, 'groupingColumn').map(
        (column) => column.text
    );
    const componentType = childText(component, 'componentType') ?? '';
    const expected = groupingsShown(componentType);
    if (expected !== undefined && groupingColumns.length !== expected) {
        problems.push(
            `a ${componentType} component shows ${expected} grouping${expected === 1 ? '' : 's'}, not ${groupingColumns.length}`
        );
    }
    for (const grouping of groupingColumns) {
        if (!report.groupings.includes(grouping))
            problems.push(
                `groups by ${grouping}, which is not a grouping of report ${report.name} (${report.groupings.join(', ') || 'none'})`
            );
    }
    for (const summary of childrenNamed(component, 'chartSummary')) {
        const column = childText(summary, 'column') ?? '';
        const aggregate = childText(summary, 'aggregate');
        if (column === 'RowCount') continue;
        const summarized = report.aggregates.get(column);
        if (!summarized)
            problems.push(
                `summarizes ${column}, which is not a column of report ${report.name}`
            );
        else if (aggregate && !summarized.includes(aggregate)) {
            problems.push(
                `summarizes ${column} as ${aggregate}, but report ${report.name} summarizes it as ${summarized.join(', ') || 'nothing'}`
            );
        }
    }
    return problems;
}

export const dashboards: Check = {
    name: 'dashboards',
    description:
        'dashboard components name existing reports and use their groupings and summaries',
    run(context) {
        const reportsByName = readReports(context);
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.dashboard-meta.xml')) {
            const xml = context.xml(file);
            if (!xml) continue;
            const problem = (element: string, message: string) =>
                problems.push({
                    file: context.relative(file),
                    element,
                    message
                });
            // The CLI names a dashboard `Folder/DeveloperName`.
            const fullName = context.metadataOf(file)?.fullName ?? '';
            const folder = fullName.slice(
                0,
                Math.max(fullName.lastIndexOf('/'), 0)
            );
            if (!folder || !context.findMetadata('DashboardFolder', folder)) {
                problem(
                    'folder',
                    `a dashboard needs a folder with dashboards/${folder || '<Folder>'}.dashboardFolder-meta.xml`
                );
            }
            for (const component of dashboardComponents(xml)) {
                const element = `dashboardComponent[${childText(component, 'title') ?? childText(component, 'header') ?? '?'}]`;
                const reportName = childText(component, 'report');
                if (!reportName) continue; // Visualforce and other non-report components
                const report = reportsByName.get(reportName);
                if (!report)
                    problem(
                        element,
                        `names report ${reportName}, which does not exist (reports/${reportName}.report-meta.xml)`
                    );
                else
                    componentProblems(component, report).forEach((message) =>
                        problem(element, message)
                    );
            }
        }
        return problems;
    }
};
