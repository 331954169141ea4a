/**
 * A generated large plan for the benchmark: one account with one Active plan of
 * 200 joint metrics, 100 Buy-Sell assessments and 50 executive sponsor pairs,
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
}

export const LARGE_PLAN_SIZE: LargePlanSize = {
    metrics: 200,
    levels: 100,
    sponsorPairs: 50
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
    // The last review, 40 days ago (the plan's Last Review Date rolls it up).
    const review: SeedRecord = {
        attributes: ref('Account_Review__c', 'Review'),
        Strategic_Account_Plan__c: '@Plan',
        Review_Date__c: addDays(today, -40),
        Review_Type__c: 'QBR',
        Status__c: 'Held'
    };
    return [
        ...users,
        account,
        ...contacts,
        plan,
        review,
        ...metrics,
        ...levels,
        ...pairs
    ];
}
