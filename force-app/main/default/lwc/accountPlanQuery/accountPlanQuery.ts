/**
 * The one GraphQL query of the Account record page and its one mapper.
 *
 * Both exposed components (`strategicAccountPlan`, `strategicAccountScorecard`)
 * wire `ACCOUNT_PLANS_QUERY` with `accountPlanVariables(recordId)`: identical
 * query text and variables, so Lightning Data Service serves the page with a
 * single request. Each component maps the response with `toAccountPlans()`
 * into the view objects below, which presenters read directly.
 *
 * The query selects only what some presenter shows or some logic needs
 * (a test holds it to that), and the mapper reads the response through the
 * types generated from this query and the schema
 * (`types/strategicAccountPlansQuery.d.ts`, `npm run generate`), so a field
 * the query does not select fails `npm run typecheck`.
 *
 * Data path: the query is rooted at `Strategic_Account_Plan__c`, filtered on
 * `Account__c = $recordId`; Buy-Sell levels, sponsor cadences, joint
 * metrics, objectives and actions are the plan's child relationships, and people are read through
 * parent lookups. The GraphQL wire adapter supports one level of child
 * relationships, so every record on the page is the plan, a direct child of
 * it, or reached through a parent lookup
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
 * So every selection but `Id` is `@optional`, including the parent and child
 * relationships (a user may lack read on Contact or on a child object), and
 * the mapping reads every field as possibly absent. `@optional` does not
 * cover `where` and `orderBy`: a user who may not read the plan's
 * `Status__c` or `Plan_Start_Date__c`, `Assessed_On__c`, a pair's
 * `Next_Touch_Due__c`, a metric's `Name`, or a risk's `Status__c` or
 * `Raised_On__c` gets the query refused (both
 * permission sets grant them; a review's `Review_Date__c` is required, so
 * always readable). `scripts/preview/fieldAccess.ts` models this, and its tests run
 * this query for a user who reads only those fields.
 *
 * LastModifiedDate, which a save sends as `ifUnmodifiedSince`, is read here
 * only for actions and risks, whose writes are one click. Metrics and
 * sponsor pairs are many and are saved from an editor, which reads its one
 * record's version with `getRecord` when it opens (`c/containerUtils`
 * `EditedRecord`): 14 KB less in the response of a large plan.
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
/** Account reviews per plan, newest first: about three years of quarterly reviews. */
export const REVIEW_PAGE_SIZE = 12;
/** Risks per plan that are not Closed. */
export const RISK_PAGE_SIZE = 50;
/** Objectives per plan: a plan has a handful; past it a notice says so. */
export const OBJECTIVE_PAGE_SIZE = 50;
/** Actions per plan: a few per objective, kept while Done for the record. */
export const ACTION_PAGE_SIZE = 300;

/**
 * The Account's non-archived plans (latest start first) and, as the one
 * level of child relationships the wire adapter allows, their Buy-Sell levels
 * (newest assessment first), sponsor cadences (earliest next touch first),
 * reviews (newest first), open risks, joint metrics, objectives and actions:
 * with the plans, 8 of the 10 subqueries a query may hold
 * (`scripts/lib/graphqlLimits.ts`). A field read only for
 * its label selects only `displayValue`. Objectives and actions have no
 * `orderBy`: `@optional` does not cover it, so a user who may not read their
 * due dates would lose the whole page; `c/objectiveModel` orders them.
 *
 * Hand-formatted, one selection a line with two-space indents: the text ships
 * in the compiled component code, and Prettier's layout more than doubled it.
 */
// prettier-ignore
export const ACCOUNT_PLANS_QUERY = gql`
  query strategicAccountPlans(
    $recordId: ID
    $planLimit: Int
    $levelLimit: Int
    $cadenceLimit: Int
    $metricLimit: Int
    $reviewLimit: Int
    $riskLimit: Int
    $objectiveLimit: Int
    $actionLimit: Int
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
          orderBy: { Plan_Start_Date__c: { order: DESC, nulls: LAST } }
        ) {
          totalCount
          pageInfo { hasNextPage }
          edges {
            node {
              Id
              Name @optional { value }
              Status__c @optional { value displayValue }
              Plan_Start_Date__c @optional { value displayValue }
              Plan_End_Date__c @optional { displayValue }
              Strategic_Account_Manager__r @optional { Name @optional { value } }
              Executive_Sponsor__r @optional { Name @optional { value } }
              Vision__c @optional { value }
              Mission__c @optional { value }
              Charter_Statement__c @optional { value }
              Value_Proposition__c @optional { value }
              Customer_Business_Drivers__c @optional { value }
              Importance_To_Us__c @optional { value }
              Importance_To_Customer__c @optional { value }
              Account_Classification__c @optional { value }
              Switching_Cost__c @optional { displayValue }
              Contractual_Dependency__c @optional { value }
              Technological_Dependency__c @optional { value }
              Operational_Dependency__c @optional { value }
              Financial_Dependency__c @optional { value }
              Next_Review_Date__c @optional { displayValue }
              Review_Overdue__c @optional { value }
              Customer_View_Level__c @optional { value }
              Supplier_View_Level__c @optional { value }
              Perception_Gap__c @optional { value }
              Last_Review_Date__c @optional { value }
              Earliest_Touch_Due__c @optional { displayValue }
              Active_Sponsor_Pairs__c @optional { value }
              Customer_Assessments__c @optional { value }
              Open_High_Risks__c @optional { value }
              Flag_Review_Overdue__c @optional { value }
              Flag_Sponsor_Touch_Overdue__c @optional { value }
              Flag_Metrics_Off_Track__c @optional { value }
              Flag_Perception_Gap__c @optional { value }
              Flag_Single_Threaded__c @optional { value }
              Flag_Buy_Sell_Slipping__c @optional { value }
              Buy_Sell_Slips__c @optional { value }
              Flag_Open_High_Risks__c @optional { value }
              Flag_Commitments_Overdue__c @optional { value }
              Earliest_Open_Action_Due__c @optional { displayValue }
              Metric_Count__c @optional { value }
              Metrics_Measured__c @optional { value }
              Metrics_On_Track__c @optional { value }
              Metrics_At_Risk__c @optional { value }
              Metrics_Off_Track__c @optional { value }
              Plan_Health__c @optional { value }
              Buy_Sell_Levels__r(
                first: $levelLimit
                orderBy: { Assessed_On__c: { order: DESC, nulls: LAST } }
              ) @optional {
                totalCount
                pageInfo { hasNextPage }
                edges {
                  node {
                    Id
                    Level__c @optional { value }
                    Perspective__c @optional { value }
                    Horizon__c @optional { value }
                    Assessed_On__c @optional { displayValue }
                    Is_Latest__c @optional { value }
                    Previous_Level__c @optional { value }
                    Movement__c @optional { value }
                    Customer_Respondent__r @optional {
                      Id
                      Name @optional { value }
                    }
                  }
                }
              }
              Executive_Sponsor_Cadences__r(
                first: $cadenceLimit
                orderBy: { Next_Touch_Due__c: { order: ASC, nulls: LAST } }
              ) @optional {
                totalCount
                pageInfo { hasNextPage }
                edges {
                  node {
                    Id
                    Executive_Sponsor__r @optional { Name @optional { value } }
                    Customer_Executive__r @optional {
                      Name @optional { value }
                      Title @optional { value }
                    }
                    Cadence__c @optional { displayValue }
                    Last_Touch_Date__c @optional { value displayValue }
                    Next_Touch_Due__c @optional { displayValue }
                    Days_Overdue__c @optional { value }
                    Cadence_Status__c @optional { value }
                  }
                }
              }
              Account_Reviews__r(
                first: $reviewLimit
                orderBy: { Review_Date__c: { order: DESC } }
              ) @optional {
                totalCount
                pageInfo { hasNextPage }
                edges {
                  node {
                    Id
                    Review_Date__c @optional { displayValue }
                    Review_Type__c @optional { displayValue }
                    Status__c @optional { value displayValue }
                    Value_Delivered__c @optional { value }
                    Decisions__c @optional { value }
                  }
                }
              }
              Plan_Risks__r(
                first: $riskLimit
                where: { Status__c: { ne: "Closed" } }
                orderBy: { Raised_On__c: { order: DESC, nulls: LAST } }
              ) @optional {
                totalCount
                pageInfo { hasNextPage }
                edges {
                  node {
                    Id
                    LastModifiedDate @optional { value }
                    Name @optional { value }
                    Risk_Type__c @optional { displayValue }
                    Severity__c @optional { value displayValue }
                    Status__c @optional { displayValue }
                    Owner__r @optional { Name @optional { value } }
                    Raised_On__c @optional { displayValue }
                  }
                }
              }
              Joint_Metrics__r(
                first: $metricLimit
                orderBy: { Name: { order: ASC } }
              ) @optional {
                totalCount
                pageInfo { hasNextPage }
                edges {
                  node {
                    Id
                    Name @optional { value }
                    Category__c @optional { value }
                    Indicator_Type__c @optional { value }
                    Unit__c @optional { value }
                    Baseline__c @optional { value }
                    Target__c @optional { value }
                    Actual__c @optional { value }
                    Progress__c @optional { value }
                    Status__c @optional { value }
                    Shared_With_Customer__c @optional { value }
                    Supplier_Owner__r @optional { Name @optional { value } }
                    Customer_Owner__r @optional { Name @optional { value } }
                    Objective__c @optional { value }
                  }
                }
              }
              Plan_Objectives__r(first: $objectiveLimit) @optional {
                totalCount
                pageInfo { hasNextPage }
                edges {
                  node {
                    Id
                    Name @optional { value }
                    Status__c @optional { value displayValue }
                    Due_Date__c @optional { value displayValue }
                    Supplier_Owner__r @optional {
                      Id
                      Name @optional { value }
                    }
                    Customer_Owner__r @optional {
                      Id
                      Name @optional { value }
                    }
                    Open_Actions__c @optional { value }
                    Done_Actions__c @optional { value }
                    Has_Overdue_Actions__c @optional { value }
                  }
                }
              }
              Plan_Actions__r(first: $actionLimit) @optional {
                totalCount
                pageInfo { hasNextPage }
                edges {
                  node {
                    Id
                    Name @optional { value }
                    LastModifiedDate @optional { value }
                    Objective__c @optional { value }
                    Owner_Side__c @optional { value displayValue }
                    Supplier_Owner__r @optional { Name @optional { value } }
                    Customer_Owner__r @optional { Name @optional { value } }
                    Due_Date__c @optional { value displayValue }
                    Status__c @optional { value displayValue }
                    Overdue__c @optional { value }
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
    reviewLimit: number;
    riskLimit: number;
    objectiveLimit: number;
    actionLimit: number;
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
        metricLimit: METRIC_PAGE_SIZE,
        reviewLimit: REVIEW_PAGE_SIZE,
        riskLimit: RISK_PAGE_SIZE,
        objectiveLimit: OBJECTIVE_PAGE_SIZE,
        actionLimit: ACTION_PAGE_SIZE
    };
}

// ---------------------------------------------------------------------------
// View objects: what the presenters show and the models need, as plain
// values, `undefined` whenever the UI API left an `@optional` field out
// (field-level security) or it is blank. Picklists keep the API value for
// logic and the translated label for display; dates keep the ISO value where
// logic sorts by it, and the user-locale label; Percent formulas arrive as
// the percentage number (50).
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
    /** `Customer` or `Supplier`. */
    perspective?: string;
    /** `Current`, `1 Year` or `5 Years`. */
    horizon?: string;
    /** Newest first: the query orders by it. */
    assessedOnLabel?: string;
    customerRespondentId?: string;
    customerRespondentName?: string;
    /** The respondent's newest assessment (kept by the flow Buy-Sell Latest Assessment). */
    isLatest?: boolean;
    /** The level of the respondent's assessment before this one. */
    previousLevel?: number;
    /** Level minus previous level (Movement__c); blank for a first assessment. */
    movement?: number;
}

export interface SponsorCadenceView {
    id: string;
    executiveSponsorName?: string;
    customerExecutiveName?: string;
    customerExecutiveTitle?: string;
    cadenceLabel?: string;
    /** ISO date: the earliest day a new touch may have, and what undo restores. */
    lastTouchDate?: string;
    lastTouchDateLabel?: string;
    nextTouchDueLabel?: string;
    daysOverdue?: number;
    /** Formula: `Paused`, `Overdue`, `Due Soon` or `On Track`. */
    status?: string;
}

export interface AccountReviewView {
    id: string;
    reviewDateLabel?: string;
    typeLabel?: string;
    /** `Planned`, `Held` or `Cancelled`, and its label. */
    status?: string;
    statusLabel?: string;
    valueDelivered?: number;
    decisions?: string;
}

/** A risk that is not Closed. */
export interface PlanRiskView {
    id: string;
    /** Sent as `ifUnmodifiedSince` when the risk is closed. */
    lastModifiedDate?: string;
    name?: string;
    typeLabel?: string;
    /** `Low`, `Medium` or `High`, and its label. */
    severity?: string;
    severityLabel?: string;
    statusLabel?: string;
    ownerName?: string;
    raisedOnLabel?: string;
}

export interface JointMetricView {
    id: string;
    name?: string;
    /** `Internal`, `Joint` or `Customer`. */
    category?: string;
    /** `Leading` or `Lagging`; `c/scorecardModel` holds the labels. */
    indicatorType?: string;
    /** `Number`, `Currency` or `Percent`. */
    unit?: string;
    baseline?: number;
    target?: number;
    actual?: number;
    /** Formula, as a percentage number (50 = 50 %). */
    progress?: number;
    /** Formula: `Not Started`, `On Track`, `At Risk` or `Off Track`. */
    status?: string;
    sharedWithCustomer?: boolean;
    supplierOwnerName?: string;
    customerOwnerName?: string;
    /** The objective the metric measures. */
    objectiveId?: string;
}

export interface PlanObjectiveView {
    id: string;
    name?: string;
    /** `Not Started`, `On Track`, `At Risk`, `Achieved` or `Dropped`, and its label. */
    status?: string;
    statusLabel?: string;
    /** ISO date: objectives are shown earliest due first. */
    dueDate?: string;
    dueDateLabel?: string;
    /** A new action's owner on our side when it is ours or joint. */
    supplierOwnerId?: string;
    supplierOwnerName?: string;
    /** A new action's customer owner when the customer owes it. */
    customerOwnerId?: string;
    customerOwnerName?: string;
    /** Kept by the flow Plan Objective Action Counts. */
    openActions?: number;
    doneActions?: number;
    /** Formula: an open action is past its due date. */
    hasOverdueActions?: boolean;
}

export interface PlanActionView {
    id: string;
    name?: string;
    /** Sent as `ifUnmodifiedSince` when the action is completed or re-dated. */
    lastModifiedDate?: string;
    objectiveId?: string;
    /** `Ours`, `Customer's` or `Joint`, and its label. */
    ownerSide?: string;
    ownerSideLabel?: string;
    supplierOwnerName?: string;
    customerOwnerName?: string;
    /** ISO date: the re-date editor starts from it. */
    dueDate?: string;
    dueDateLabel?: string;
    /** `Not Started`, `In Progress`, `Blocked`, `Done` or `Dropped`, and its label. */
    status?: string;
    statusLabel?: string;
    /** Formula: open and past its due date. */
    overdue?: boolean;
}

/** Which red flags the plan raises: its Flag formula fields, as reports read them. */
export interface RedFlagsView {
    reviewOverdue: boolean;
    sponsorTouchOverdue: boolean;
    metricsOffTrack: boolean;
    perceptionGap: boolean;
    singleThreaded: boolean;
    buySellSlipping: boolean;
    openHighRisks: boolean;
    commitmentsOverdue: boolean;
}

export interface PlanView {
    id: string;
    name?: string;
    /** `Draft`, `Active`, `Under Review` or `Archived`, and its label. */
    status?: string;
    statusLabel?: string;
    startDate?: string;
    startDateLabel?: string;
    endDateLabel?: string;
    accountManagerName?: string;
    executiveSponsorName?: string;
    vision?: string;
    mission?: string;
    charterStatement?: string;
    valueProposition?: string;
    customerBusinessDrivers?: string;
    /** Formula (1-5): the quadrant's horizontal axis. */
    importanceToUs?: number;
    /** Formula (1-5): the quadrant's vertical axis. */
    importanceToCustomer?: number;
    /** Formula: `Strategic`, `Major`, `Emerging` or `Transactional`. */
    classification?: string;
    switchingCostLabel?: string;
    contractualDependency?: boolean;
    technologicalDependency?: boolean;
    operationalDependency?: boolean;
    financialDependency?: boolean;
    nextReviewDateLabel?: string;
    reviewOverdue?: boolean;
    /** Formula: average current level given by customer respondents. */
    customerViewLevel?: number;
    /** Formula: average current level given by our team. */
    supplierViewLevel?: number;
    /** Formula: supplier view minus customer view. */
    perceptionGap?: number;
    /** Roll-up: the latest held review (ISO date), for "last review N days ago". */
    lastReviewDate?: string;
    /** Roll-up: the earliest next touch of the active sponsor pairs. */
    earliestTouchDueLabel?: string;
    activeSponsorPairs?: number;
    /** Roll-up: current customer assessments, one per respondent. */
    customerRespondents?: number;
    openHighRisks?: number;
    /** Roll-up: customer respondents whose latest assessment moved down. */
    buySellSlips?: number;
    /** Roll-up: the earliest due date of the actions not Done or Dropped. */
    earliestOpenActionDueLabel?: string;
    /** The red flags the plan's formulas raise (the Flag fields equal 1). */
    flags: RedFlagsView;
    metricCount?: number;
    metricsMeasured?: number;
    metricsOnTrack?: number;
    metricsAtRisk?: number;
    metricsOffTrack?: number;
    /** Formula, as a percentage number (75 = 75 %). */
    planHealth?: number;
    buySellLevels: RecordPage<BuySellLevelView>;
    sponsorCadences: RecordPage<SponsorCadenceView>;
    jointMetrics: RecordPage<JointMetricView>;
    /** Newest first. */
    accountReviews: RecordPage<AccountReviewView>;
    /** Risks that are not Closed, latest raised first. */
    openRisks: RecordPage<PlanRiskView>;
    objectives: RecordPage<PlanObjectiveView>;
    actions: RecordPage<PlanActionView>;
}

// ---------------------------------------------------------------------------
// The mapper, typed by the response types generated from the query.
// ---------------------------------------------------------------------------

/** The `data` of {@link ACCOUNT_PLANS_QUERY}. */
export type AccountPlansResponse = StrategicAccountPlansQuery.Data;

type Plan = StrategicAccountPlansQuery.Strategic_Account_Plan__c;
type BuySellLevel = StrategicAccountPlansQuery.Buy_Sell_Level__c;
type SponsorCadence = StrategicAccountPlansQuery.Executive_Sponsor_Cadence__c;
type JointMetric = StrategicAccountPlansQuery.Joint_Metric__c;
type AccountReview = StrategicAccountPlansQuery.Account_Review__c;
type PlanRisk = StrategicAccountPlansQuery.Plan_Risk__c;
type PlanObjective = StrategicAccountPlansQuery.Plan_Objective__c;
type PlanAction = StrategicAccountPlansQuery.Plan_Action__c;

type Maybe<T> = T | null | undefined;

/** A field's value; undefined when it is blank or was left out. */
function value<T>(field: Maybe<{ value: T | null }>): T | undefined {
    return field?.value ?? undefined;
}

/** A field's display value: a picklist's label, a formatted date. */
function label(
    field: Maybe<{ displayValue: string | null }>
): string | undefined {
    return field?.displayValue ?? undefined;
}

/** A 0/1 flag formula: raised when it is 1 (an unreadable flag is not shown). */
function raised(field: Maybe<{ value: number | null }>): boolean {
    return value(field) === 1;
}

interface Connection<Node> {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    edges: Maybe<{ node: Node | null }>[] | null;
}

function page<Node, View>(
    connection: Maybe<Connection<Node>>,
    toView: (node: Node) => View
): RecordPage<View> {
    const records = (connection?.edges ?? [])
        .map((edge) => edge?.node)
        .filter((node): node is Node => Boolean(node))
        .map(toView);
    return {
        records,
        totalCount: Math.max(connection?.totalCount ?? 0, records.length),
        hasMore: connection?.pageInfo?.hasNextPage === true
    };
}

function toBuySellLevel(node: BuySellLevel): BuySellLevelView {
    return {
        id: node.Id,
        level: value(node.Level__c),
        perspective: value(node.Perspective__c),
        horizon: value(node.Horizon__c),
        assessedOnLabel: label(node.Assessed_On__c),
        customerRespondentId: node.Customer_Respondent__r?.Id,
        customerRespondentName: value(node.Customer_Respondent__r?.Name),
        isLatest: value(node.Is_Latest__c),
        previousLevel: value(node.Previous_Level__c),
        movement: value(node.Movement__c)
    };
}

function toSponsorCadence(node: SponsorCadence): SponsorCadenceView {
    return {
        id: node.Id,
        executiveSponsorName: value(node.Executive_Sponsor__r?.Name),
        customerExecutiveName: value(node.Customer_Executive__r?.Name),
        customerExecutiveTitle: value(node.Customer_Executive__r?.Title),
        cadenceLabel: label(node.Cadence__c),
        lastTouchDate: value(node.Last_Touch_Date__c),
        lastTouchDateLabel: label(node.Last_Touch_Date__c),
        nextTouchDueLabel: label(node.Next_Touch_Due__c),
        daysOverdue: value(node.Days_Overdue__c),
        status: value(node.Cadence_Status__c)
    };
}

function toJointMetric(node: JointMetric): JointMetricView {
    return {
        id: node.Id,
        name: value(node.Name),
        category: value(node.Category__c),
        indicatorType: value(node.Indicator_Type__c),
        unit: value(node.Unit__c),
        baseline: value(node.Baseline__c),
        target: value(node.Target__c),
        actual: value(node.Actual__c),
        progress: value(node.Progress__c),
        status: value(node.Status__c),
        sharedWithCustomer: value(node.Shared_With_Customer__c),
        supplierOwnerName: value(node.Supplier_Owner__r?.Name),
        customerOwnerName: value(node.Customer_Owner__r?.Name),
        objectiveId: value(node.Objective__c)
    };
}

function toObjective(node: PlanObjective): PlanObjectiveView {
    return {
        id: node.Id,
        name: value(node.Name),
        status: value(node.Status__c),
        statusLabel: label(node.Status__c),
        dueDate: value(node.Due_Date__c),
        dueDateLabel: label(node.Due_Date__c),
        supplierOwnerId: node.Supplier_Owner__r?.Id,
        supplierOwnerName: value(node.Supplier_Owner__r?.Name),
        customerOwnerId: node.Customer_Owner__r?.Id,
        customerOwnerName: value(node.Customer_Owner__r?.Name),
        openActions: value(node.Open_Actions__c),
        doneActions: value(node.Done_Actions__c),
        hasOverdueActions: value(node.Has_Overdue_Actions__c)
    };
}

function toAction(node: PlanAction): PlanActionView {
    return {
        id: node.Id,
        name: value(node.Name),
        lastModifiedDate: value(node.LastModifiedDate),
        objectiveId: value(node.Objective__c),
        ownerSide: value(node.Owner_Side__c),
        ownerSideLabel: label(node.Owner_Side__c),
        supplierOwnerName: value(node.Supplier_Owner__r?.Name),
        customerOwnerName: value(node.Customer_Owner__r?.Name),
        dueDate: value(node.Due_Date__c),
        dueDateLabel: label(node.Due_Date__c),
        status: value(node.Status__c),
        statusLabel: label(node.Status__c),
        overdue: value(node.Overdue__c)
    };
}

function toAccountReview(node: AccountReview): AccountReviewView {
    return {
        id: node.Id,
        reviewDateLabel: label(node.Review_Date__c),
        typeLabel: label(node.Review_Type__c),
        status: value(node.Status__c),
        statusLabel: label(node.Status__c),
        valueDelivered: value(node.Value_Delivered__c),
        decisions: value(node.Decisions__c)
    };
}

function toPlanRisk(node: PlanRisk): PlanRiskView {
    return {
        id: node.Id,
        lastModifiedDate: value(node.LastModifiedDate),
        name: value(node.Name),
        typeLabel: label(node.Risk_Type__c),
        severity: value(node.Severity__c),
        severityLabel: label(node.Severity__c),
        statusLabel: label(node.Status__c),
        ownerName: value(node.Owner__r?.Name),
        raisedOnLabel: label(node.Raised_On__c)
    };
}

function toPlan(node: Plan): PlanView {
    return {
        id: node.Id,
        name: value(node.Name),
        status: value(node.Status__c),
        statusLabel: label(node.Status__c),
        startDate: value(node.Plan_Start_Date__c),
        startDateLabel: label(node.Plan_Start_Date__c),
        endDateLabel: label(node.Plan_End_Date__c),
        accountManagerName: value(node.Strategic_Account_Manager__r?.Name),
        executiveSponsorName: value(node.Executive_Sponsor__r?.Name),
        vision: value(node.Vision__c),
        mission: value(node.Mission__c),
        charterStatement: value(node.Charter_Statement__c),
        valueProposition: value(node.Value_Proposition__c),
        customerBusinessDrivers: value(node.Customer_Business_Drivers__c),
        importanceToUs: value(node.Importance_To_Us__c),
        importanceToCustomer: value(node.Importance_To_Customer__c),
        classification: value(node.Account_Classification__c),
        switchingCostLabel: label(node.Switching_Cost__c),
        contractualDependency: value(node.Contractual_Dependency__c),
        technologicalDependency: value(node.Technological_Dependency__c),
        operationalDependency: value(node.Operational_Dependency__c),
        financialDependency: value(node.Financial_Dependency__c),
        nextReviewDateLabel: label(node.Next_Review_Date__c),
        reviewOverdue: value(node.Review_Overdue__c),
        customerViewLevel: value(node.Customer_View_Level__c),
        supplierViewLevel: value(node.Supplier_View_Level__c),
        perceptionGap: value(node.Perception_Gap__c),
        lastReviewDate: value(node.Last_Review_Date__c),
        earliestTouchDueLabel: label(node.Earliest_Touch_Due__c),
        activeSponsorPairs: value(node.Active_Sponsor_Pairs__c),
        customerRespondents: value(node.Customer_Assessments__c),
        openHighRisks: value(node.Open_High_Risks__c),
        buySellSlips: value(node.Buy_Sell_Slips__c),
        earliestOpenActionDueLabel: label(node.Earliest_Open_Action_Due__c),
        flags: {
            reviewOverdue: raised(node.Flag_Review_Overdue__c),
            sponsorTouchOverdue: raised(node.Flag_Sponsor_Touch_Overdue__c),
            metricsOffTrack: raised(node.Flag_Metrics_Off_Track__c),
            perceptionGap: raised(node.Flag_Perception_Gap__c),
            singleThreaded: raised(node.Flag_Single_Threaded__c),
            buySellSlipping: raised(node.Flag_Buy_Sell_Slipping__c),
            openHighRisks: raised(node.Flag_Open_High_Risks__c),
            commitmentsOverdue: raised(node.Flag_Commitments_Overdue__c)
        },
        metricCount: value(node.Metric_Count__c),
        metricsMeasured: value(node.Metrics_Measured__c),
        metricsOnTrack: value(node.Metrics_On_Track__c),
        metricsAtRisk: value(node.Metrics_At_Risk__c),
        metricsOffTrack: value(node.Metrics_Off_Track__c),
        planHealth: value(node.Plan_Health__c),
        buySellLevels: page(node.Buy_Sell_Levels__r, toBuySellLevel),
        sponsorCadences: page(
            node.Executive_Sponsor_Cadences__r,
            toSponsorCadence
        ),
        jointMetrics: page(node.Joint_Metrics__r, toJointMetric),
        accountReviews: page(node.Account_Reviews__r, toAccountReview),
        openRisks: page(node.Plan_Risks__r, toPlanRisk),
        objectives: page(node.Plan_Objectives__r, toObjective),
        actions: page(node.Plan_Actions__r, toAction)
    };
}

/**
 * Maps the query's `data` to the account's plans (non-archived, latest start
 * first). Undefined when the response holds no plan connection: the user may
 * not read the plans.
 */
export function toAccountPlans(
    data: Maybe<AccountPlansResponse>
): RecordPage<PlanView> | undefined {
    const connection = data?.uiapi?.query?.Strategic_Account_Plan__c;
    return connection ? page(connection, toPlan) : undefined;
}
