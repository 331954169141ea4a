import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/project';
import {
    compileFilterLogic,
    dateCriterion,
    toDay
} from '../../lib/relativeDates';
import { childText, childrenNamed, readXml } from '../../lib/xml';
import { type ProjectCopy } from '../../lib/projectCopy';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const FOLDER = `${SOURCE}/reports/Strategic_Account_Planning`;
const OFF_TRACK = `${FOLDER}/Off_Track_Joint_Metrics_by_Account.report-meta.xml`;
const REVIEW = `${FOLDER}/Plans_Due_for_Review.report-meta.xml`;
const LEADING = `${FOLDER}/Leading_Indicators_Due_This_Quarter.report-meta.xml`;
const METRICS_TYPE = `${SOURCE}/reportTypes/Plans_with_Joint_Metrics.reportType-meta.xml`;

describe('reports check', () => {
    it('finds nothing wrong with the project as committed', () => {
        assert.deepEqual(
            verifyProject(PROJECT_ROOT, { only: ['reports'] }).problems,
            []
        );
    });

    it('rejects a column, a filter and a grouping that the report type does not offer', () => {
        const problems = problemsAfter(['reports'], (copy) => {
            copy.replace(
                OFF_TRACK,
                '<field>Strategic_Account_Plan__c.Joint_Metrics__r$Baseline__c</field>',
                '<field>Strategic_Account_Plan__c.Joint_Metrics__r$Baselin__c</field>'
            );
            copy.replace(
                OFF_TRACK,
                '>Strategic_Account_Plan__c.Joint_Metrics__r$Status__c</column>',
                '>Strategic_Account_Plan__c.Buy_Sell_Levels__r$Status__c</column>'
            );
            copy.replace(
                REVIEW,
                '<field>Account.Strategic_Account_Plans__r$Review_Overdue__c</field>',
                '<field>Account.Strategic_Account_Plans__r$Vision__c</field>'
            );
        });
        assertProblem(
            problems,
            OFF_TRACK,
            'columns[Strategic_Account_Plan__c.Joint_Metrics__r$Baselin__c]',
            /offers no field Baselin__c on Strategic_Account_Plan__c\.Joint_Metrics__r/
        );
        assertProblem(
            problems,
            OFF_TRACK,
            'filter.criteriaItems[Strategic_Account_Plan__c.Buy_Sell_Levels__r$Status__c]',
            /is not a table of report type Plans_with_Joint_Metrics/
        );
        assertProblem(
            problems,
            REVIEW,
            'groupingsDown[Account.Strategic_Account_Plans__r$Vision__c]',
            /offers no field Vision__c/
        );
    });

    it('rejects a field the object has but the report type leaves out', () => {
        const problems = problemsAfter(['reports'], (copy) =>
            copy.replace(
                METRICS_TYPE,
                /\s*<columns>\s*<checkedByDefault>\w+<\/checkedByDefault>\s*<field>Due_Date__c<\/field>\s*<table>[^<]+<\/table>\s*<\/columns>/,
                ''
            )
        );
        assertProblem(
            problems,
            LEADING,
            'timeFrameFilter.dateColumn[Strategic_Account_Plan__c.Joint_Metrics__r$Due_Date__c]',
            /add it to a section of the report type/
        );
        assertProblem(
            problems,
            LEADING,
            'sortColumn[Strategic_Account_Plan__c.Joint_Metrics__r$Due_Date__c]',
            /offers no field Due_Date__c/
        );
    });

    it('rejects standard-report column names, an unknown picklist value and a missing report type', () => {
        const problems = problemsAfter(['reports'], (copy) => {
            copy.replace(
                REVIEW,
                '<field>Account$Name</field>',
                '<field>ACCOUNT.NAME</field>'
            );
            copy.replace(
                REVIEW,
                '<value>Active,Under Review</value>',
                '<value>Active,In Review</value>'
            );
            copy.replace(
                OFF_TRACK,
                '<reportType>Plans_with_Joint_Metrics__c</reportType>',
                '<reportType>Plans_with_Metrics__c</reportType>'
            );
        });
        assertProblem(
            problems,
            REVIEW,
            'columns[ACCOUNT.NAME]',
            /is not a custom report type column: write Table\$Field/
        );
        assertProblem(
            problems,
            REVIEW,
            'filter.criteriaItems[Account.Strategic_Account_Plans__r$Status__c]',
            /In Review is not a value of the picklist Strategic_Account_Plan__c\.Status__c/
        );
        assertProblem(
            problems,
            OFF_TRACK,
            '<reportType>',
            /there is no custom report type Plans_with_Metrics/
        );
    });

    it('rejects a report whose folder has no folder metadata', () => {
        const missing = problemsAfter(['reports'], (copy) => {
            copy.write(
                `${SOURCE}/reports/Other/Plans_Due_for_Review.report-meta.xml`,
                copy.read(REVIEW)
            );
        });
        assertProblem(
            missing,
            `${SOURCE}/reports/Other/Plans_Due_for_Review.report-meta.xml`,
            'folder',
            /needs a folder with reports\/Other\.reportFolder-meta\.xml/
        );
    });

    it('rejects an overdue-commitments report on an owner field the actions lack, and an unknown owner side', () => {
        const overdue = `${FOLDER}/Overdue_Commitments_by_Owner.report-meta.xml`;
        const problems = problemsAfter(['reports'], (copy) => {
            copy.replace(
                overdue,
                'Strategic_Account_Plan__c.Plan_Actions__r$Customer_Owner__c</field>',
                'Strategic_Account_Plan__c.Plan_Actions__r$Customer_Contact__c</field>'
            );
            copy.replace(
                `${FOLDER}/Actions_Completed_this_Quarter.report-meta.xml`,
                '<value>Done</value>',
                '<value>Completed</value>'
            );
        });
        assertProblem(
            problems,
            overdue,
            'columns[Strategic_Account_Plan__c.Plan_Actions__r$Customer_Contact__c]',
            /offers no field Customer_Contact__c on Strategic_Account_Plan__c\.Plan_Actions__r/
        );
        assertProblem(
            problems,
            `${FOLDER}/Actions_Completed_this_Quarter.report-meta.xml`,
            'filter.criteriaItems[Strategic_Account_Plan__c.Plan_Actions__r$Status__c]',
            /Completed/
        );
    });
});

describe('reports check: summaries and formats', () => {
    const CLASSIFICATION = `${FOLDER}/Accounts_by_Classification.report-meta.xml`;
    const GAP = `${FOLDER}/Buy_Sell_Perception_Gap_by_Account.report-meta.xml`;

    it('rejects a numeric summary of a text field', () => {
        const problems = problemsAfter(['reports'], (copy) =>
            copy.replace(
                CLASSIFICATION,
                '<field>Account.Strategic_Account_Plans__r$Switching_Cost__c</field>',
                '<aggregateTypes>Average</aggregateTypes>\n        <field>Account.Strategic_Account_Plans__r$Switching_Cost__c</field>'
            )
        );
        assertProblem(
            problems,
            CLASSIFICATION,
            'columns[Account.Strategic_Account_Plans__r$Switching_Cost__c]',
            /Average needs a number; Strategic_Account_Plan__c\.Switching_Cost__c is Picklist/
        );
    });

    it('rejects a Matrix report without column groupings and a Tabular report with groupings', () => {
        const problems = problemsAfter(['reports'], (copy) => {
            copy.replace(
                GAP,
                /<groupingsAcross>[\s\S]*?<\/groupingsAcross>\s*/,
                ''
            );
            copy.replace(
                CLASSIFICATION,
                '<format>Summary</format>',
                '<format>Tabular</format>'
            );
        });
        assertProblem(
            problems,
            GAP,
            '<format>',
            /a Matrix report needs at least one groupingsAcross/
        );
        assertProblem(
            problems,
            CLASSIFICATION,
            '<format>',
            /a Tabular report has no groupings/
        );
    });
});

describe('reports check: sorting', () => {
    it('rejects a sort column the report does not show', () => {
        const problems = problemsAfter(['reports'], (copy) =>
            copy.replace(
                OFF_TRACK,
                '>Strategic_Account_Plan__c.Joint_Metrics__r$Progress__c</sortColumn>',
                '>Strategic_Account_Plan__c.Joint_Metrics__r$Status__c</sortColumn>'
            )
        );
        assertProblem(
            problems,
            OFF_TRACK,
            '<sortColumn>',
            /sorts by Strategic_Account_Plan__c\.Joint_Metrics__r\$Status__c, which is not one of the report's columns/
        );
    });
});

describe('reports: the review report with the documented relative dates', () => {
    /** Whether a plan with this next review date and status is in the report run on `runDay`. */
    function inReviewReport(
        nextReview: string,
        status: string,
        runDay: string
    ): boolean {
        const filter = childrenNamed(
            readXml(path.join(PROJECT_ROOT, REVIEW)),
            'filter'
        )[0];
        const results = childrenNamed(filter, 'criteriaItems').map((item) => {
            const column = childText(item, 'column') ?? '';
            const operator = childText(item, 'operator') ?? '';
            const value = childText(item, 'value') ?? '';
            if (column.endsWith('$Status__c'))
                return value.split(',').includes(status);
            const test = dateCriterion(operator, value, toDay(runDay));
            assert.ok(test, `${operator} ${value} is not modelled`);
            return test(toDay(nextReview));
        });
        return compileFilterLogic(childText(filter, 'booleanFilter'))(results);
    }

    it('takes overdue plans, plans due today and up to 30 days ahead, not 31', () => {
        const run = '2025-05-14';
        assert.equal(inReviewReport('2025-02-01', 'Active', run), true);
        assert.equal(inReviewReport('2025-05-13', 'Active', run), true);
        assert.equal(inReviewReport('2025-05-14', 'Active', run), true);
        assert.equal(inReviewReport('2025-05-15', 'Under Review', run), true);
        assert.equal(inReviewReport('2025-06-13', 'Active', run), true);
        assert.equal(inReviewReport('2025-06-14', 'Active', run), false);
        assert.equal(inReviewReport('2025-05-14', 'Draft', run), false);
    });

    it('reports a filter that leaves out the run day between two date ranges (house rule)', () => {
        const problems = problemsAfter(['reports'], (copy) => {
            copy.replace(
                REVIEW,
                '<booleanFilter>(1 OR 2 OR 3) AND 4</booleanFilter>',
                '<booleanFilter>(1 OR 2) AND 3</booleanFilter>'
            );
            copy.replace(
                REVIEW,
                /<criteriaItems>\s*<column\s*>[^<]*Next_Review_Date__c<\/column>\s*<columnToColumn>false<\/columnToColumn>\s*<isUnlocked>true<\/isUnlocked>\s*<operator>equals<\/operator>\s*<value>TODAY<\/value>\s*<\/criteriaItems>\s*/,
                ''
            );
        });
        assertProblem(
            problems,
            REVIEW,
            'filter.criteriaItems[Account.Strategic_Account_Plans__r$Next_Review_Date__c]',
            /house rule: the filter takes days before and after the day the report runs but not that day/
        );
        assert.ok(problems.every((problem) => problem.kind === 'house'));
    });

    /** The review report's three date criteria with other values, in order. */
    const withDateValues = (copy: ProjectCopy, values: string[]) => {
        const dates =
            /(<operator>)\w+(<\/operator>\s*<value>)(TODAY|NEXT_N_DAYS:30)(<\/value>)/g;
        const text = copy.read(REVIEW);
        let index = 0;
        copy.write(
            REVIEW,
            text.replace(dates, (_, open, middle, __, close) => {
                const [operator, value] = values[index++].split(' ');
                return `${open}${operator}${middle}${value}${close}`;
            })
        );
        assert.equal(index, values.length);
    };

    it('tries every run day: ranges that meet early in a quarter part later', () => {
        const problems = problemsAfter(['reports'], (copy) =>
            withDateValues(copy, [
                'equals LAST_QUARTER',
                'equals LAST_N_DAYS:10',
                'equals NEXT_N_DAYS:30'
            ])
        );
        assertProblem(
            problems,
            REVIEW,
            'filter.criteriaItems[Account.Strategic_Account_Plans__r$Next_Review_Date__c]',
            /but not that day \(run on 2025-01-12\)/
        );
    });

    it('accepts ranges that meet on every run day', () => {
        const problems = problemsAfter(['reports'], (copy) =>
            withDateValues(copy, [
                'lessThan THIS_QUARTER',
                'equals THIS_QUARTER',
                'equals NEXT_QUARTER'
            ])
        );
        assert.deepEqual(problems, []);
    });
});
