import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../../lib/project';
import { assertProblem, problemsAfter, SOURCE } from '../testing';
import { verifyProject } from '../verify';

const HEALTH = `${SOURCE}/dashboards/Strategic_Account_Dashboards/Strategic_Account_Health.dashboard-meta.xml`;
const GAP_REPORT = `${SOURCE}/reports/Strategic_Account_Planning/Buy_Sell_Perception_Gap_by_Account.report-meta.xml`;

describe('dashboards check', () => {
    it('finds nothing wrong with the project as committed', () => {
        assert.deepEqual(
            verifyProject(PROJECT_ROOT, { only: ['dashboards'] }).problems,
            []
        );
    });

    it('rejects a component naming a report that does not exist', () => {
        const problems = problemsAfter(['dashboards'], (copy) =>
            copy.replace(
                HEALTH,
                '<report>Strategic_Account_Planning/Plans_Due_for_Review</report>',
                '<report>Strategic_Account_Planning/Plans_Due_For_Reviews</report>'
            )
        );
        assertProblem(
            problems,
            HEALTH,
            'dashboardComponent[Plans Due or Overdue for Review]',
            /names report Strategic_Account_Planning\/Plans_Due_For_Reviews, which does not exist/
        );
    });

    it('rejects a grouping the report does not have and a summary the report does not compute', () => {
        const problems = problemsAfter(['dashboards'], (copy) => {
            copy.replace(
                HEALTH,
                '>Strategic_Account_Plan__c.Executive_Sponsor_Cadences__r$Executive_Sponsor__c</groupingColumn>',
                '>Strategic_Account_Plan__c.Executive_Sponsor_Cadences__r$Cadence__c</groupingColumn>'
            );
            copy.replace(
                GAP_REPORT,
                '<aggregateTypes>Average</aggregateTypes>',
                '<aggregateTypes>Sum</aggregateTypes>'
            );
        });
        assertProblem(
            problems,
            HEALTH,
            'dashboardComponent[Overdue Sponsor Touches]',
            /groups by Strategic_Account_Plan__c\.Executive_Sponsor_Cadences__r\$Cadence__c, which is not a grouping of report/
        );
        assertProblem(
            problems,
            HEALTH,
            'dashboardComponent[Buy-Sell Perception Gap]',
            /summarizes Strategic_Account_Plan__c\.Buy_Sell_Levels__r\$Level__c as Average, but report .* summarizes it as Sum/
        );
    });

    it('holds the red-flag and value charts to their reports: every flag summed, the value grouped by review date', () => {
        const reports = `${SOURCE}/reports/Strategic_Account_Planning`;
        const problems = problemsAfter(['dashboards'], (copy) => {
            copy.replace(
                `${reports}/Plans_with_Red_Flags.report-meta.xml`,
                /<aggregateTypes>Sum<\/aggregateTypes>(\s*<field\s*>Account\.Strategic_Account_Plans__r\$Flag_Single_Threaded__c)/,
                '$1'
            );
            copy.replace(
                `${reports}/Value_Delivered_by_Account_This_Fiscal_Year.report-meta.xml`,
                /\s*<groupingsDown>\s*<dateGranularity>Quarter<\/dateGranularity>[\s\S]*?<\/groupingsDown>/,
                ''
            );
        });
        assertProblem(
            problems,
            HEALTH,
            'dashboardComponent[Red Flags by Type]',
            /summarizes Account\.Strategic_Account_Plans__r\$Flag_Single_Threaded__c as Sum, but report .* summarizes it as nothing/
        );
        assertProblem(
            problems,
            HEALTH,
            'dashboardComponent[Value Delivered by Quarter]',
            /groups by Strategic_Account_Plan__c\.Account_Reviews__r\$Review_Date__c, which is not a grouping of report/
        );
    });

    it('rejects a dashboard whose folder has no folder metadata', () => {
        const problems = problemsAfter(['dashboards'], (copy) =>
            copy.write(
                `${SOURCE}/dashboards/Elsewhere/Strategic_Account_Health.dashboard-meta.xml`,
                copy.read(HEALTH)
            )
        );
        assertProblem(
            problems,
            `${SOURCE}/dashboards/Elsewhere/Strategic_Account_Health.dashboard-meta.xml`,
            'folder',
            /dashboards\/Elsewhere\.dashboardFolder-meta\.xml/
        );
    });
});

describe('dashboards check: chart shapes', () => {
    it('rejects a grouped chart with one grouping', () => {
        const problems = problemsAfter(['dashboards'], (copy) =>
            copy.replace(
                HEALTH,
                /<groupingColumn\s*>Strategic_Account_Plan__c\.Buy_Sell_Levels__r\$Perspective__c<\/groupingColumn>/,
                ''
            )
        );
        assertProblem(
            problems,
            HEALTH,
            'dashboardComponent[Buy-Sell Perception Gap]',
            /a BarGrouped component shows 2 groupings, not 1/
        );
    });
});
