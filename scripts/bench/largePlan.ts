/**
 * A generated large plan for the benchmark: one account with one Active plan of
 * 200 joint metrics, 100 Buy-Sell assessments, 50 executive sponsor pairs,
 * 20 objectives of 4 actions each, 15 open risks and 12 quarterly reviews,
 * spread over every category, status, perspective, horizon and cadence state.
 * Values are deterministic; dates are relative to `today`. Lookups name
 * other records by reference (`@Plan`), as an `sf data tree import` plan does.
 */
import { addDays } from '../lib/relativeDates';
import type { SeedRecord } from '../preview/store';

export interface LargePlanSize {
    metrics: number;
    levels: number;
    sponsorPairs: number;
    objectives: number;
    actionsPerObjective: number;
    /** Risks not Closed: the page reads only those. */
    openRisks: number;
    /** Held quarterly reviews, the latest 40 days ago. */
    reviews: number;
}

export const LARGE_PLAN_SIZE: LargePlanSize = {
    metrics: 200,
    levels: 100,
    sponsorPairs: 50,
    objectives: 20,
    actionsPerObjective: 4,
    openRisks: 15,
    reviews: 12
};

/** The generated account's name, so the benchmark can find its page. */
export const LARGE_PLAN_ACCOUNT_NAME = 'Benchmark Industries (large plan)';

const CATEGORIES = ['Internal', 'Joint', 'Customer'];
const CADENCES = [
    'Monthly',
    'Every 2 Months',
    'Quarterly',
    'Semi-Annually',
    'Annually'
];
const HORIZONS = ['Current', '1 Year', '5 Years'];
const OBJECTIVE_TYPES = [
    'Revenue Growth',
    'Relationship',
    'Customer Outcome',
    'Operational',
    'Innovation'
];
const OBJECTIVE_STATUSES = ['Not Started', 'On Track', 'At Risk', 'Achieved'];
const ACTION_TYPES = ['Strategy', 'Project', 'Commitment'];
const ACTION_STATUSES = ['Not Started', 'In Progress', 'Blocked', 'Done'];
const OWNER_SIDES = ['Ours', "Customer's", 'Joint'];
const RISK_TYPES = [
    'Business Going Elsewhere',
    'Executive Sponsor Change',
    'Value Not Recognized',
    'Competitor Entry',
    'Relationship Slipping'
];
const SEVERITIES = ['Low', 'Medium', 'High'];

/** Seed records of the large plan, its account, contacts and users. */
export function largePlanRecords(
    today: string,
    size: LargePlanSize = LARGE_PLAN_SIZE
): SeedRecord[] {
    const ref = (type: string, name: string) => ({ type, referenceId: name });
    const users: SeedRecord[] = Array.from({ length: 10 }, (_, index) => ({
        attributes: ref('User', `User${index}`),
        Name: `Sponsor ${index + 1}`,
        FirstName: 'Sponsor',
        LastName: String(index + 1)
    }));
    const contacts: SeedRecord[] = Array.from(
        { length: size.sponsorPairs },
        (_, index) => ({
            attributes: ref('Contact', `Contact${index}`),
            Name: `Customer Executive ${index + 1}`,
            Title: index % 2 ? 'Chief Operating Officer' : 'VP Procurement',
            AccountId: '@Account'
        })
    );
    const account: SeedRecord = {
        attributes: ref('Account', 'Account'),
        Name: LARGE_PLAN_ACCOUNT_NAME,
        Type: 'Customer',
        Industry: 'Manufacturing',
        BillingCity: 'Chicago'
    };
    const plan: SeedRecord = {
        attributes: ref('Strategic_Account_Plan__c', 'Plan'),
        Name: 'Benchmark plan',
        Account__c: '@Account',
        Status__c: 'Active',
        Plan_Start_Date__c: addDays(today, -200),
        Plan_End_Date__c: addDays(today, 530),
        Strategic_Account_Manager__c: '@User0',
        Executive_Sponsor__c: '@User1',
        Vision__c:
            'Become the reference partner for the customer’s plant modernisation.',
        Mission__c: 'Co-develop the automation roadmap and run it together.',
        Partnership_Intent__c: 4,
        Priority_To_Us__c: 5,
        Value_To_Us__c: 4,
        Value_To_Customer__c: 4,
        Switching_Cost__c: 'High',
        Technological_Dependency__c: true,
        Operational_Dependency__c: true
    };
    const metrics: SeedRecord[] = Array.from(
        { length: size.metrics },
        (_, index) => {
            const lowerIsBetter = index % 4 === 3;
            const baseline = 100;
            const target = lowerIsBetter ? 50 : 200;
            // Progress cycles through 0-100 %, so every status appears; every tenth metric is not measured yet.
            const progress = (index * 37) % 101;
            const actual =
                index % 10 === 9
                    ? null
                    : baseline + ((target - baseline) * progress) / 100;
            return {
                attributes: { type: 'Joint_Metric__c' },
                Name: `Metric ${String(index + 1).padStart(3, '0')}`,
                Strategic_Account_Plan__c: '@Plan',
                Category__c: CATEGORIES[index % 3],
                Indicator_Type__c: index % 2 ? 'Lagging' : 'Leading',
                Unit__c: ['Number', 'Currency', 'Percent'][index % 3],
                Direction__c: lowerIsBetter
                    ? 'Lower is better'
                    : 'Higher is better',
                Baseline__c: baseline,
                Target__c: target,
                Actual__c: actual,
                Due_Date__c: addDays(today, 30 + (index % 300)),
                Shared_With_Customer__c: index % 3 !== 0,
                Supplier_Owner__c: `@User${index % users.length}`,
                Customer_Owner__c: `@Contact${index % contacts.length}`
            };
        }
    );
    const levels: SeedRecord[] = Array.from(
        { length: size.levels },
        (_, index) => {
            const customer = index % 2 === 0;
            return {
                attributes: { type: 'Buy_Sell_Level__c' },
                Strategic_Account_Plan__c: '@Plan',
                Level__c: 1 + (index % 5),
                Perspective__c: customer ? 'Customer' : 'Supplier',
                Horizon__c: HORIZONS[index % 3],
                Customer_Respondent__c: customer
                    ? `@Contact${index % contacts.length}`
                    : null,
                Internal_Respondent__c: customer
                    ? null
                    : `@User${index % users.length}`,
                Assessed_On__c: addDays(today, -index * 3)
            };
        }
    );
    const pairs: SeedRecord[] = Array.from(
        { length: size.sponsorPairs },
        (_, index) => ({
            attributes: { type: 'Executive_Sponsor_Cadence__c' },
            Strategic_Account_Plan__c: '@Plan',
            Executive_Sponsor__c: `@User${index % users.length}`,
            Customer_Executive__c: `@Contact${index}`,
            Cadence__c: CADENCES[index % CADENCES.length],
            Active__c: index % 7 !== 6,
            Start_Date__c: addDays(today, -400),
            Last_Touch_Date__c: addDays(today, -((index * 11) % 200))
        })
    );
    // Quarterly reviews, the latest 40 days ago (the plan's Last Review Date rolls it up).
    const reviews: SeedRecord[] = Array.from(
        { length: size.reviews },
        (_, index) => ({
            attributes: { type: 'Account_Review__c' },
            Strategic_Account_Plan__c: '@Plan',
            Review_Date__c: addDays(today, -40 - index * 91),
            Review_Type__c: index % 4 === 3 ? 'Annual Plan Review' : 'QBR',
            Status__c: 'Held',
            Value_Delivered__c: 10000 * (index + 1),
            Decisions__c: `Decision log of review ${index + 1}.`
        })
    );
    const objectives: SeedRecord[] = Array.from(
        { length: size.objectives },
        (_, index) => ({
            attributes: ref('Plan_Objective__c', `Objective${index}`),
            Name: `Objective ${String(index + 1).padStart(2, '0')}`,
            Strategic_Account_Plan__c: '@Plan',
            Objective_Type__c: OBJECTIVE_TYPES[index % OBJECTIVE_TYPES.length],
            Status__c: OBJECTIVE_STATUSES[index % OBJECTIVE_STATUSES.length],
            Due_Date__c: addDays(today, 60 + index * 15),
            Supplier_Owner__c: `@User${index % users.length}`,
            Customer_Owner__c: `@Contact${index % contacts.length}`
        })
    );
    // Actions cycle through every status and owner side; some open ones are past due.
    const actions: SeedRecord[] = objectives.flatMap((_, objective) =>
        Array.from({ length: size.actionsPerObjective }, (_, index) => {
            const number = objective * size.actionsPerObjective + index;
            const status = ACTION_STATUSES[number % ACTION_STATUSES.length];
            const due = addDays(today, -30 + ((number * 7) % 120));
            return {
                attributes: { type: 'Plan_Action__c' },
                Name: `Action ${String(number + 1).padStart(3, '0')}`,
                Strategic_Account_Plan__c: '@Plan',
                Objective__c: `@Objective${objective}`,
                Action_Type__c: ACTION_TYPES[number % ACTION_TYPES.length],
                Owner_Side__c: OWNER_SIDES[number % OWNER_SIDES.length],
                Status__c: status,
                Due_Date__c: due,
                Completed_On__c: status === 'Done' ? addDays(today, -1) : null,
                Supplier_Owner__c: `@User${number % users.length}`,
                Customer_Owner__c: `@Contact${number % contacts.length}`
            };
        })
    );
    const risks: SeedRecord[] = Array.from(
        { length: size.openRisks },
        (_, index) => ({
            attributes: { type: 'Plan_Risk__c' },
            Name: `Risk ${String(index + 1).padStart(2, '0')}`,
            Strategic_Account_Plan__c: '@Plan',
            Risk_Type__c: RISK_TYPES[index % RISK_TYPES.length],
            Severity__c: SEVERITIES[index % SEVERITIES.length],
            Status__c: index % 2 ? 'Mitigating' : 'Open',
            Owner__c: `@User${index % users.length}`,
            Raised_On__c: addDays(today, -index * 9)
        })
    );
    return [
        ...users,
        account,
        ...contacts,
        plan,
        ...reviews,
        ...metrics,
        ...levels,
        ...pairs,
        ...objectives,
        ...actions,
        ...risks
    ];
}
