import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;
const PLAN_FIELDS = `${OBJECTS}/Strategic_Account_Plan__c/fields`;
const METRIC_STATUS = `${OBJECTS}/Joint_Metric__c/fields/Status__c.field-meta.xml`;
const ON_TRACK = `${PLAN_FIELDS}/Metrics_On_Track__c.field-meta.xml`;
const METRIC_COUNT = `${PLAN_FIELDS}/Metric_Count__c.field-meta.xml`;
const LEVEL_SUM = `${PLAN_FIELDS}/Customer_Level_Sum__c.field-meta.xml`;
const CUSTOMER_ASSESSMENTS = `${PLAN_FIELDS}/Customer_Assessments__c.field-meta.xml`;
const check = (breakIt: Parameters<typeof problemsAfter>[1]) =>
    problemsAfter(['rollUps'], breakIt);
/** The Joint Metric status formula with `condition` added to its first test. */
const statusUsing =
    (condition: string) =>
    (copy: Parameters<Parameters<typeof problemsAfter>[1]>[0]) =>
        copy.replace(
            METRIC_STATUS,
            'ISBLANK(Progress__c)',
            `OR(ISBLANK(Progress__c), ${condition})`
        );

describe('rollUps check', () => {
    it('rejects rolling up the next touch due once it falls back on TODAY', () => {
        const problems = check((copy) =>
            copy.replace(
                `${OBJECTS}/Executive_Sponsor_Cadence__c/fields/Next_Touch_Due__c.field-meta.xml`,
                'BLANKVALUE(Last_Touch_Date__c, Start_Date__c),',
                'BLANKVALUE(Last_Touch_Date__c, BLANKVALUE(Start_Date__c, TODAY())),'
            )
        );
        assertProblem(
            problems,
            `${PLAN_FIELDS}/Earliest_Touch_Due__c.field-meta.xml`,
            '<summarizedField>',
            /an org refuses to roll up Executive_Sponsor_Cadence__c\.Next_Touch_Due__c: Next_Touch_Due__c is a formula that uses TODAY/
        );
    });

    it('rejects a roll-up filter on a formula that uses TODAY', () => {
        const problems = check(statusUsing('Due_Date__c &lt; TODAY()'));
        assertProblem(
            problems,
            ON_TRACK,
            'summaryFilterItems[Joint_Metric__c.Status__c]',
            /an org refuses to roll up Joint_Metric__c\.Status__c: Status__c is a formula that uses TODAY/
        );
    });

    it('rejects a roll-up filter on a formula that uses NOW', () => {
        const problems = check(
            statusUsing('DATEVALUE(NOW()) &gt; Due_Date__c')
        );
        assertProblem(
            problems,
            ON_TRACK,
            'summaryFilterItems[Joint_Metric__c.Status__c]',
            /Status__c is a formula that uses TODAY, NOW or TIMENOW/
        );
    });

    it('rejects a roll-up filter on a formula with a cross-object reference, even through another formula', () => {
        const progress = `${OBJECTS}/Joint_Metric__c/fields/Progress__c.field-meta.xml`;
        const problems = check((copy) =>
            copy.replace(
                progress,
                /<formula>/,
                '<formula>Strategic_Account_Plan__r.Plan_Health__c + '
            )
        );
        assertProblem(
            problems,
            ON_TRACK,
            'summaryFilterItems[Joint_Metric__c.Status__c]',
            /Status__c uses Progress__c is a formula with the cross-object reference/
        );
    });

    it('rejects a roll-up filter on a formula that reads a global merge field', () => {
        const problems = check(statusUsing('Supplier_Owner__c = $User.Id'));
        assertProblem(
            problems,
            ON_TRACK,
            'summaryFilterItems[Joint_Metric__c.Status__c]',
            /Status__c is a formula with the cross-object reference \$User\.Id/
        );
    });

    it('rejects a roll-up filter on a long text area', () => {
        const problems = check((copy) =>
            copy.replace(
                CUSTOMER_ASSESSMENTS,
                '<field>Buy_Sell_Level__c.Horizon__c</field>',
                '<field>Buy_Sell_Level__c.Rationale__c</field>'
            )
        );
        assertProblem(
            problems,
            CUSTOMER_ASSESSMENTS,
            'summaryFilterItems[Buy_Sell_Level__c.Rationale__c]',
            /an org refuses to roll up Buy_Sell_Level__c\.Rationale__c: Rationale__c is a long text area/
        );
    });

    it('rejects a foreign key that is not a master-detail to this object', () => {
        const problems = check((copy) =>
            copy.replace(
                METRIC_COUNT,
                'Joint_Metric__c.Strategic_Account_Plan__c</summaryForeignKey>',
                'Joint_Metric__c.Supplier_Owner__c</summaryForeignKey>'
            )
        );
        assertProblem(
            problems,
            METRIC_COUNT,
            '<summaryForeignKey>',
            /Joint_Metric__c\.Supplier_Owner__c is not a master-detail field pointing at Strategic_Account_Plan__c/
        );
    });

    it('rejects a missing summarized field and a missing filter field', () => {
        const problems = check((copy) => {
            copy.replace(
                LEVEL_SUM,
                'Buy_Sell_Level__c.Level__c</summarizedField>',
                'Buy_Sell_Level__c.Levl__c</summarizedField>'
            );
            copy.replace(
                ON_TRACK,
                '<field>Joint_Metric__c.Status__c</field>',
                '<field>Joint_Metric__c.Stat__c</field>'
            );
        });
        assertProblem(
            problems,
            LEVEL_SUM,
            '<summarizedField>',
            /Buy_Sell_Level__c\.Levl__c is not a field of Buy_Sell_Level__c/
        );
        assertProblem(
            problems,
            ON_TRACK,
            'summaryFilterItems[Joint_Metric__c.Stat__c]',
            /is not a field of Joint_Metric__c/
        );
    });
});
