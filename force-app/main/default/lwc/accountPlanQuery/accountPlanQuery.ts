/**
 * The one GraphQL query of the Account record page.
 *
 * Both exposed components (`strategicAccountPlan`, `strategicAccountScorecard`)
 * wire `ACCOUNT_PLANS_QUERY` with `accountPlanVariables(recordId)`: identical
 * query text and variables, so Lightning Data Service serves the page with a
 * single request. Each component maps the response with `toAccountPlans()`.
 *
 * Data path: the query is rooted at `Strategic_Account_Plan__c`, filtered on
 * `Account__c = $recordId`. The account is read through the parent
 * relationship `Account__r`; Buy-Sell levels, sponsor cadences and joint
 * metrics are the plan's child relationships. The GraphQL wire adapter
 * supports one level of child relationships, so every record on the page is
 * the plan, a direct child of it, or reached through a parent lookup
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-relationships.html;
 * `scripts/lib/graphqlLimits.ts` enforces it offline).
 *
 * Field-level security: the GraphQL API builds each user's schema from the
 * user's object and field permissions, so a query that selects a field the
 * user may not read is refused as a whole (`ValidationError`,
 * https://developer.salesforce.com/docs/platform/graphql/guide/query-status.html),
 * unless the selection carries `@optional` (API 65.0+), which leaves the
 * field out of the response ("tells the server to omit inaccessible fields
 * instead of failing the whole request",
 * https://github.com/forcedotcom/afv-library/blob/main/skills/using-ui-bundle-salesforce-data/SKILL.md).
 * Optional fields are a feature of `lightning/graphql` (v2), which this
 * module imports, and not of `lightning/uiGraphQLApi` (v1)
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-intro.html).
 * So every selection is `@optional` except `Id` and `Account__r` (a
 * master-detail field, which field-level security cannot hide), including
 * the parent and child relationships (a user may lack read on Contact or on a
 * child object), and the mapping below reads every field as possibly absent.
 * `@optional` does not cover `where` and `orderBy`: a user who may not read
 * `Status__c`, `Plan_Start_Date__c`, `Assessed_On__c` or a metric's `Name`
 * gets the query refused. `scripts/preview/fieldAccess.ts` models this, and
 * its tests run this query for a user who reads only those fields.
 *
 * Page sizes are explicit variables (the UI API returns 10 records by default;
 * the platform parses `gql` at compile time, so the text has no substitutions). Every
 * connection also reads `totalCount` and `pageInfo.hasNextPage`, so a component
 * can show a visible "more" notice instead of dropping records silently.
 */
import { gql } from 'lightning/graphql';

/** Plans per account. Archived plans are not read; accounts rarely have more. */
export const PLAN_PAGE_SIZE = 10;
/**
 * Joint metrics per plan. 200 covers the largest scorecards we know of (a few
 * dozen metrics is typical) while keeping the page's single response small;
 * past it the scorecard shows "Showing 200 of N".
 */
export const METRIC_PAGE_SIZE = 200;
/** Buy-Sell assessments per plan: several respondents, a few per quarter. */
export const BUY_SELL_LEVEL_PAGE_SIZE = 100;
/** Executive sponsor pairs per plan. */
export const SPONSOR_CADENCE_PAGE_SIZE = 50;

/**
 * The Account's non-archived plans (latest start first), each with its
 * account (a parent relationship) and, as the one level of child
 * relationships the wire adapter allows, its Buy-Sell levels (newest
 * assessment first), sponsor cadences and joint metrics.
 */
export const ACCOUNT_PLANS_QUERY = gql`
    query strategicAccountPlans(
        $recordId: ID
        $planLimit: Int
        $levelLimit: Int
        $cadenceLimit: Int
        $metricLimit: Int
    ) {
        uiapi {
            query {
                Strategic_Account_Plan__c(
                    first: $planLimit
                    where: {
                        and: [
                            { Account__c: { eq: $recordId } }
                            { Status__c: { ne: "Archived" } }
                        ]
                    }
                    orderBy: {
                        Plan_Start_Date__c: { order: DESC, nulls: LAST }
                    }
                ) {
                    totalCount
                    pageInfo {
                        hasNextPage
                    }
                    edges {
                        node {
                            Id
                            Name @optional {
                                value
                            }
                            Account__r {
                                Id
                                Name @optional {
                                    value
                                }
                            }
                            LastModifiedDate @optional {
                                value
                            }
                            Status__c @optional {
                                value
                                displayValue
                            }
                            Plan_Start_Date__c @optional {
                                value
                                displayValue
                            }
                            Plan_End_Date__c @optional {
                                value
                                displayValue
                            }
                            Strategic_Account_Manager__r @optional {
                                Name @optional {
                                    value
                                }
                            }
                            Executive_Sponsor__r @optional {
                                Name @optional {
                                    value
                                }
                            }
                            Vision__c @optional {
                                value
                            }
                            Mission__c @optional {
                                value
                            }
                            Charter_Statement__c @optional {
                                value
                            }
                            Value_Proposition__c @optional {
                                value
                            }
                            Customer_Business_Drivers__c @optional {
                                value
                            }
                            Partnership_Intent__c @optional {
                                value
                            }
                            Priority_To_Us__c @optional {
                                value
                            }
                            Value_To_Us__c @optional {
                                value
                            }
                            Value_To_Customer__c @optional {
                                value
                            }
                            Importance_To_Us__c @optional {
                                value
                            }
                            Importance_To_Customer__c @optional {
                                value
                            }
                            Account_Classification__c @optional {
                                value
                            }
                            Switching_Cost__c @optional {
                                value
                                displayValue
                            }
                            Contractual_Dependency__c @optional {
                                value
                            }
                            Technological_Dependency__c @optional {
                                value
                            }
                            Operational_Dependency__c @optional {
                                value
                            }
                            Financial_Dependency__c @optional {
                                value
                            }
                            Last_Review_Date__c @optional {
                                value
                                displayValue
                            }
                            Next_Review_Date__c @optional {
                                value
                                displayValue
                            }
                            Review_Overdue__c @optional {
                                value
                            }
                            Customer_View_Level__c @optional {
                                value
                            }
                            Supplier_View_Level__c @optional {
                                value
                            }
                            Perception_Gap__c @optional {
                                value
                            }
                            Active_Sponsor_Pairs__c @optional {
                                value
                            }
                            Metric_Count__c @optional {
                                value
                            }
                            Metrics_Measured__c @optional {
                                value
                            }
                            Metrics_On_Track__c @optional {
                                value
                            }
                            Metrics_At_Risk__c @optional {
                                value
                            }
                            Metrics_Off_Track__c @optional {
                                value
                            }
                            Plan_Health__c @optional {
                                value
                                displayValue
                            }
                            Buy_Sell_Levels__r(
                                first: $levelLimit
                                orderBy: {
                                    Assessed_On__c: { order: DESC, nulls: LAST }
                                }
                            ) @optional {
                                totalCount
                                pageInfo {
                                    hasNextPage
                                }
                                edges {
                                    node {
                                        Id
                                        Level__c @optional {
                                            value
                                        }
                                        Level_Name__c @optional {
                                            value
                                        }
                                        Perspective__c @optional {
                                            value
                                        }
                                        Horizon__c @optional {
                                            value
                                        }
                                        Assessed_On__c @optional {
                                            value
                                            displayValue
                                        }
                                        Customer_Respondent__c @optional {
                                            value
                                        }
                                        Customer_Respondent__r @optional {
                                            Name @optional {
                                                value
                                            }
                                        }
                                        Internal_Respondent__c @optional {
                                            value
                                        }
                                        Internal_Respondent__r @optional {
                                            Name @optional {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                            Executive_Sponsor_Cadences__r(first: $cadenceLimit)
                                @optional {
                                totalCount
                                pageInfo {
                                    hasNextPage
                                }
                                edges {
                                    node {
                                        Id
                                        LastModifiedDate @optional {
                                            value
                                        }
                                        Executive_Sponsor__r @optional {
                                            Name @optional {
                                                value
                                            }
                                        }
                                        Customer_Executive__c @optional {
                                            value
                                        }
                                        Customer_Executive__r @optional {
                                            Name @optional {
                                                value
                                            }
                                            Title @optional {
                                                value
                                            }
                                        }
                                        Cadence__c @optional {
                                            value
                                            displayValue
                                        }
                                        Active__c @optional {
                                            value
                                        }
                                        Last_Touch_Date__c @optional {
                                            value
                                            displayValue
                                        }
                                        Next_Touch_Due__c @optional {
                                            value
                                            displayValue
                                        }
                                        Days_Overdue__c @optional {
                                            value
                                        }
                                        Cadence_Status__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                            Joint_Metrics__r(
                                first: $metricLimit
                                orderBy: { Name: { order: ASC } }
                            ) @optional {
                                totalCount
                                pageInfo {
                                    hasNextPage
                                }
                                edges {
                                    node {
                                        Id
                                        Name @optional {
                                            value
                                        }
                                        LastModifiedDate @optional {
                                            value
                                        }
                                        Category__c @optional {
                                            value
                                            displayValue
                                        }
                                        Indicator_Type__c @optional {
                                            value
                                            displayValue
                                        }
                                        Unit__c @optional {
                                            value
                                        }
                                        Direction__c @optional {
                                            value
                                            displayValue
                                        }
                                        Baseline__c @optional {
                                            value
                                        }
                                        Target__c @optional {
                                            value
                                        }
                                        Actual__c @optional {
                                            value
                                        }
                                        Due_Date__c @optional {
                                            value
                                            displayValue
                                        }
                                        Progress__c @optional {
                                            value
                                            displayValue
                                        }
                                        Status__c @optional {
                                            value
                                        }
                                        Shared_With_Customer__c @optional {
                                            value
                                        }
                                        Supplier_Owner__r @optional {
                                            Name @optional {
                                                value
                                            }
                                        }
                                        Customer_Owner__r @optional {
                                            Name @optional {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

/** The variables of {@link ACCOUNT_PLANS_QUERY} for one Account. */
export interface AccountPlanVariables {
    recordId: string | undefined;
    planLimit: number;
    levelLimit: number;
    cadenceLimit: number;
    metricLimit: number;
}

/**
 * Builds the query variables. Both components must call this (and nothing
 * else) so that the page's two wires share one cache entry.
 */
export function accountPlanVariables(
    recordId: string | undefined
): AccountPlanVariables {
    return {
        recordId,
        planLimit: PLAN_PAGE_SIZE,
        levelLimit: BUY_SELL_LEVEL_PAGE_SIZE,
        cadenceLimit: SPONSOR_CADENCE_PAGE_SIZE,
        metricLimit: METRIC_PAGE_SIZE
    };
}

// ---------------------------------------------------------------------------
// View models: plain values, `undefined` whenever the UI API left an
// `@optional` field out (field-level security) or it is blank. Picklists keep the API value for
// logic and the translated label for display; dates keep ISO value and the
// user-locale label; Percent formulas arrive as the percentage number (50).
// ---------------------------------------------------------------------------

/** A child list as read, with what lies past the page size. */
export interface RecordPage<T> {
    records: T[];
    /** Number of records on the server (may exceed `records.length`). */
    totalCount: number;
    /** True when the page size cut the list short. */
    hasMore: boolean;
}

export interface BuySellLevelView {
    id: string;
    level?: number;
    levelName?: string;
    /** `Customer` or `Supplier`. */
    perspective?: string;
    /** `Current`, `1 Year` or `5 Years`. */
    horizon?: string;
    assessedOn?: string;
    assessedOnLabel?: string;
    customerRespondentId?: string;
    customerRespondentName?: string;
    internalRespondentId?: string;
    internalRespondentName?: string;
}

export interface SponsorCadenceView {
    id: string;
    lastModifiedDate?: string;
    executiveSponsorName?: string;
    customerExecutiveId?: string;
    customerExecutiveName?: string;
    customerExecutiveTitle?: string;
    cadence?: string;
    cadenceLabel?: string;
    active?: boolean;
    lastTouchDate?: string;
    lastTouchDateLabel?: string;
    nextTouchDue?: string;
    nextTouchDueLabel?: string;
    daysOverdue?: number;
    /** Formula: `Paused`, `Overdue`, `Due Soon` or `On Track`. */
    status?: string;
}

export interface JointMetricView {
    id: string;
    name?: string;
    lastModifiedDate?: string;
    /** `Internal`, `Joint` or `Customer`. */
    category?: string;
    categoryLabel?: string;
    /** `Leading` or `Lagging`. */
    indicatorType?: string;
    indicatorTypeLabel?: string;
    /** `Number`, `Currency` or `Percent`. */
    unit?: string;
    /** `Higher is better` or `Lower is better`. */
    direction?: string;
    directionLabel?: string;
    baseline?: number;
    target?: number;
    actual?: number;
    dueDate?: string;
    dueDateLabel?: string;
    /** Formula, as a percentage number (50 = 50 %). */
    progress?: number;
    progressLabel?: string;
    /** Formula: `Not Started`, `On Track`, `At Risk` or `Off Track`. */
    status?: string;
    sharedWithCustomer?: boolean;
    supplierOwnerName?: string;
    customerOwnerName?: string;
}

export interface PlanView {
    id: string;
    name?: string;
    lastModifiedDate?: string;
    /** `Draft`, `Active`, `Under Review` or `Archived`. */
    status?: string;
    statusLabel?: string;
    startDate?: string;
    startDateLabel?: string;
    endDate?: string;
    endDateLabel?: string;
    accountManagerName?: string;
    executiveSponsorName?: string;
    vision?: string;
    mission?: string;
    charterStatement?: string;
    valueProposition?: string;
    customerBusinessDrivers?: string;
    partnershipIntent?: number;
    priorityToUs?: number;
    valueToUs?: number;
    valueToCustomer?: number;
    /** Formula (1-5): the quadrant's horizontal axis. */
    importanceToUs?: number;
    /** Formula (1-5): the quadrant's vertical axis. */
    importanceToCustomer?: number;
    /** Formula: `Strategic`, `Major`, `Emerging` or `Transactional`. */
    classification?: string;
    /** `Low`, `Medium` or `High`. */
    switchingCost?: string;
    switchingCostLabel?: string;
    contractualDependency?: boolean;
    technologicalDependency?: boolean;
    operationalDependency?: boolean;
    financialDependency?: boolean;
    lastReviewDate?: string;
    lastReviewDateLabel?: string;
    nextReviewDate?: string;
    nextReviewDateLabel?: string;
    reviewOverdue?: boolean;
    /** Formula: average current level given by customer respondents. */
    customerViewLevel?: number;
    /** Formula: average current level given by our team. */
    supplierViewLevel?: number;
    /** Formula: supplier view minus customer view. */
    perceptionGap?: number;
    activeSponsorPairs?: number;
    metricCount?: number;
    metricsMeasured?: number;
    metricsOnTrack?: number;
    metricsAtRisk?: number;
    metricsOffTrack?: number;
    /** Formula, as a percentage number (75 = 75 %). */
    planHealth?: number;
    planHealthLabel?: string;
    buySellLevels: RecordPage<BuySellLevelView>;
    sponsorCadences: RecordPage<SponsorCadenceView>;
    jointMetrics: RecordPage<JointMetricView>;
}

export interface AccountPlansView {
    /** Read through the plans' `Account__r`: unknown when there is no plan. */
    accountName?: string;
    /** Non-archived plans, latest start date first. */
    plans: RecordPage<PlanView>;
}

// ---------------------------------------------------------------------------
// The UI API response, as far as the mapping relies on it. Every field may be
// missing or null: the UI API omits the `@optional` fields the user may not read.
// ---------------------------------------------------------------------------

type Maybe<T> = T | null | undefined;

interface UiField<T> {
    value?: Maybe<T>;
    displayValue?: Maybe<string>;
}

type UiNode = Record<string, unknown> & { Id: string };

interface UiConnection {
    totalCount?: Maybe<number>;
    pageInfo?: Maybe<{ hasNextPage?: Maybe<boolean> }>;
    edges?: Maybe<Maybe<{ node?: Maybe<UiNode> }>[]>;
}

/** The `data` of {@link ACCOUNT_PLANS_QUERY}. */
export interface AccountPlansResponse {
    uiapi?: Maybe<{
        query?: Maybe<{ Strategic_Account_Plan__c?: Maybe<UiConnection> }>;
    }>;
}

function field<T>(node: UiNode, name: string): UiField<T> | undefined {
    const wrapper = node[name];
    return wrapper && typeof wrapper === 'object'
        ? (wrapper as UiField<T>)
        : undefined;
}

function value<T>(node: UiNode, name: string): T | undefined {
    return field<T>(node, name)?.value ?? undefined;
}

function label(node: UiNode, name: string): string | undefined {
    const wrapper = field<unknown>(node, name);
    if (wrapper?.displayValue != null) {
        return wrapper.displayValue;
    }
    return wrapper?.value == null ? undefined : String(wrapper.value);
}

/** `Lookup__r { Name { value } }` → the related record's name. */
function relatedName(node: UiNode, relationship: string): string | undefined {
    const related = node[relationship];
    return related && typeof related === 'object'
        ? value<string>(related as UiNode, 'Name')
        : undefined;
}

function relatedValue<T>(
    node: UiNode,
    relationship: string,
    name: string
): T | undefined {
    const related = node[relationship];
    return related && typeof related === 'object'
        ? value<T>(related as UiNode, name)
        : undefined;
}

function page<T>(
    connection: unknown,
    toView: (node: UiNode) => T
): RecordPage<T> {
    const typed = (connection ?? {}) as UiConnection;
    const records = (typed.edges ?? [])
        .map((edge) => edge?.node)
        .filter((node): node is UiNode => Boolean(node))
        .map(toView);
    return {
        records,
        totalCount: Math.max(typed.totalCount ?? 0, records.length),
        hasMore: typed.pageInfo?.hasNextPage === true
    };
}

function toBuySellLevel(node: UiNode): BuySellLevelView {
    return {
        id: node.Id,
        level: value<number>(node, 'Level__c'),
        levelName: value<string>(node, 'Level_Name__c'),
        perspective: value<string>(node, 'Perspective__c'),
        horizon: value<string>(node, 'Horizon__c'),
        assessedOn: value<string>(node, 'Assessed_On__c'),
        assessedOnLabel: label(node, 'Assessed_On__c'),
        customerRespondentId: value<string>(node, 'Customer_Respondent__c'),
        customerRespondentName: relatedName(node, 'Customer_Respondent__r'),
        internalRespondentId: value<string>(node, 'Internal_Respondent__c'),
        internalRespondentName: relatedName(node, 'Internal_Respondent__r')
    };
}

function toSponsorCadence(node: UiNode): SponsorCadenceView {
    return {
        id: node.Id,
        lastModifiedDate: value<string>(node, 'LastModifiedDate'),
        executiveSponsorName: relatedName(node, 'Executive_Sponsor__r'),
        customerExecutiveId: value<string>(node, 'Customer_Executive__c'),
        customerExecutiveName: relatedName(node, 'Customer_Executive__r'),
        customerExecutiveTitle: relatedValue<string>(
            node,
            'Customer_Executive__r',
            'Title'
        ),
        cadence: value<string>(node, 'Cadence__c'),
        cadenceLabel: label(node, 'Cadence__c'),
        active: value<boolean>(node, 'Active__c'),
        lastTouchDate: value<string>(node, 'Last_Touch_Date__c'),
        lastTouchDateLabel: label(node, 'Last_Touch_Date__c'),
        nextTouchDue: value<string>(node, 'Next_Touch_Due__c'),
        nextTouchDueLabel: label(node, 'Next_Touch_Due__c'),
        daysOverdue: value<number>(node, 'Days_Overdue__c'),
        status: value<string>(node, 'Cadence_Status__c')
    };
}

function toJointMetric(node: UiNode): JointMetricView {
    return {
        id: node.Id,
        name: value<string>(node, 'Name'),
        lastModifiedDate: value<string>(node, 'LastModifiedDate'),
        category: value<string>(node, 'Category__c'),
        categoryLabel: label(node, 'Category__c'),
        indicatorType: value<string>(node, 'Indicator_Type__c'),
        indicatorTypeLabel: label(node, 'Indicator_Type__c'),
        unit: value<string>(node, 'Unit__c'),
        direction: value<string>(node, 'Direction__c'),
        directionLabel: label(node, 'Direction__c'),
        baseline: value<number>(node, 'Baseline__c'),
        target: value<number>(node, 'Target__c'),
        actual: value<number>(node, 'Actual__c'),
        dueDate: value<string>(node, 'Due_Date__c'),
        dueDateLabel: label(node, 'Due_Date__c'),
        progress: value<number>(node, 'Progress__c'),
        progressLabel: label(node, 'Progress__c'),
        status: value<string>(node, 'Status__c'),
        sharedWithCustomer: value<boolean>(node, 'Shared_With_Customer__c'),
        supplierOwnerName: relatedName(node, 'Supplier_Owner__r'),
        customerOwnerName: relatedName(node, 'Customer_Owner__r')
    };
}

function toPlan(node: UiNode): PlanView {
    return {
        id: node.Id,
        name: value<string>(node, 'Name'),
        lastModifiedDate: value<string>(node, 'LastModifiedDate'),
        status: value<string>(node, 'Status__c'),
        statusLabel: label(node, 'Status__c'),
        startDate: value<string>(node, 'Plan_Start_Date__c'),
        startDateLabel: label(node, 'Plan_Start_Date__c'),
        endDate: value<string>(node, 'Plan_End_Date__c'),
        endDateLabel: label(node, 'Plan_End_Date__c'),
        accountManagerName: relatedName(node, 'Strategic_Account_Manager__r'),
        executiveSponsorName: relatedName(node, 'Executive_Sponsor__r'),
        vision: value<string>(node, 'Vision__c'),
        mission: value<string>(node, 'Mission__c'),
        charterStatement: value<string>(node, 'Charter_Statement__c'),
        valueProposition: value<string>(node, 'Value_Proposition__c'),
        customerBusinessDrivers: value<string>(
            node,
            'Customer_Business_Drivers__c'
        ),
        partnershipIntent: value<number>(node, 'Partnership_Intent__c'),
        priorityToUs: value<number>(node, 'Priority_To_Us__c'),
        valueToUs: value<number>(node, 'Value_To_Us__c'),
        valueToCustomer: value<number>(node, 'Value_To_Customer__c'),
        importanceToUs: value<number>(node, 'Importance_To_Us__c'),
        importanceToCustomer: value<number>(node, 'Importance_To_Customer__c'),
        classification: value<string>(node, 'Account_Classification__c'),
        switchingCost: value<string>(node, 'Switching_Cost__c'),
        switchingCostLabel: label(node, 'Switching_Cost__c'),
        contractualDependency: value<boolean>(
            node,
            'Contractual_Dependency__c'
        ),
        technologicalDependency: value<boolean>(
            node,
            'Technological_Dependency__c'
        ),
        operationalDependency: value<boolean>(
            node,
            'Operational_Dependency__c'
        ),
        financialDependency: value<boolean>(node, 'Financial_Dependency__c'),
        lastReviewDate: value<string>(node, 'Last_Review_Date__c'),
        lastReviewDateLabel: label(node, 'Last_Review_Date__c'),
        nextReviewDate: value<string>(node, 'Next_Review_Date__c'),
        nextReviewDateLabel: label(node, 'Next_Review_Date__c'),
        reviewOverdue: value<boolean>(node, 'Review_Overdue__c'),
        customerViewLevel: value<number>(node, 'Customer_View_Level__c'),
        supplierViewLevel: value<number>(node, 'Supplier_View_Level__c'),
        perceptionGap: value<number>(node, 'Perception_Gap__c'),
        activeSponsorPairs: value<number>(node, 'Active_Sponsor_Pairs__c'),
        metricCount: value<number>(node, 'Metric_Count__c'),
        metricsMeasured: value<number>(node, 'Metrics_Measured__c'),
        metricsOnTrack: value<number>(node, 'Metrics_On_Track__c'),
        metricsAtRisk: value<number>(node, 'Metrics_At_Risk__c'),
        metricsOffTrack: value<number>(node, 'Metrics_Off_Track__c'),
        planHealth: value<number>(node, 'Plan_Health__c'),
        planHealthLabel: label(node, 'Plan_Health__c'),
        buySellLevels: page(node.Buy_Sell_Levels__r, toBuySellLevel),
        sponsorCadences: page(
            node.Executive_Sponsor_Cadences__r,
            toSponsorCadence
        ),
        jointMetrics: page(node.Joint_Metrics__r, toJointMetric)
    };
}

/**
 * Maps the query's `data` to view models. Returns `undefined` when the
 * response holds no plan connection: the user may not read the plans.
 */
export function toAccountPlans(
    data: AccountPlansResponse | undefined
): AccountPlansView | undefined {
    const connection = data?.uiapi?.query?.Strategic_Account_Plan__c;
    if (!connection) {
        return undefined;
    }
    const firstPlan = connection.edges?.find((edge) => edge?.node)?.node;
    return {
        accountName: firstPlan
            ? relatedName(firstPlan, 'Account__r')
            : undefined,
        plans: page(connection, toPlan)
    };
}
