/**
 * The response of the query `strategicAccountPlans`: ACCOUNT_PLANS_QUERY
 * of force-app/main/default/lwc/accountPlanQuery/accountPlanQuery.ts,
 * typed from the query and the UI API schema of force-app by
 * scripts/lib/queryTypes.ts. Generated: do not edit; run `npm run generate`.
 * An `@optional` selection is an optional property: the UI API leaves
 * it out when the user may not read it.
 */
declare namespace StrategicAccountPlansQuery {
    /** The query's `data`. */
    interface Data {
        uiapi: {
            query: {
                Strategic_Account_Plan__c: {
                    totalCount: number;
                    pageInfo: {
                        hasNextPage: boolean;
                    };
                    edges:
                        | ({
                              node: Strategic_Account_Plan__c | null;
                          } | null)[]
                        | null;
                } | null;
            };
        };
    }
    /** Strategic Account Plan: data.uiapi.query.Strategic_Account_Plan__c.edges.node */
    interface Strategic_Account_Plan__c {
        Id: string;
        /** Plan Name */
        Name?: {
            value: string | null;
        } | null;
        /** Status */
        Status__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Plan Start Date */
        Plan_Start_Date__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Plan End Date */
        Plan_End_Date__c?: {
            displayValue: string | null;
        } | null;
        Strategic_Account_Manager__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        Executive_Sponsor__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        /** Vision */
        Vision__c?: {
            value: string | null;
        } | null;
        /** Mission */
        Mission__c?: {
            value: string | null;
        } | null;
        /** Charter Statement */
        Charter_Statement__c?: {
            value: string | null;
        } | null;
        /** Value Proposition */
        Value_Proposition__c?: {
            value: string | null;
        } | null;
        /** Customer Business Drivers */
        Customer_Business_Drivers__c?: {
            value: string | null;
        } | null;
        /** Importance to Us */
        Importance_To_Us__c?: {
            value: number | null;
        } | null;
        /** Importance to Customer */
        Importance_To_Customer__c?: {
            value: number | null;
        } | null;
        /** Account Classification */
        Account_Classification__c?: {
            value: string | null;
        } | null;
        /** Switching Cost */
        Switching_Cost__c?: {
            displayValue: string | null;
        } | null;
        /** Contractual Dependency */
        Contractual_Dependency__c?: {
            value: boolean | null;
        } | null;
        /** Technological Dependency */
        Technological_Dependency__c?: {
            value: boolean | null;
        } | null;
        /** Operational Dependency */
        Operational_Dependency__c?: {
            value: boolean | null;
        } | null;
        /** Financial Dependency */
        Financial_Dependency__c?: {
            value: boolean | null;
        } | null;
        /** Next Review Date */
        Next_Review_Date__c?: {
            displayValue: string | null;
        } | null;
        /** Review Overdue */
        Review_Overdue__c?: {
            value: boolean | null;
        } | null;
        /** Customer View Level */
        Customer_View_Level__c?: {
            value: number | null;
        } | null;
        /** Our View Level */
        Supplier_View_Level__c?: {
            value: number | null;
        } | null;
        /** Perception Gap */
        Perception_Gap__c?: {
            value: number | null;
        } | null;
        /** Last Review Date */
        Last_Review_Date__c?: {
            value: string | null;
        } | null;
        /** Earliest Touch Due */
        Earliest_Touch_Due__c?: {
            displayValue: string | null;
        } | null;
        /** Active Sponsor Pairs */
        Active_Sponsor_Pairs__c?: {
            value: number | null;
        } | null;
        /** Customer Assessments */
        Customer_Assessments__c?: {
            value: number | null;
        } | null;
        /** Open High Risks */
        Open_High_Risks__c?: {
            value: number | null;
        } | null;
        /** Flag: Review Overdue */
        Flag_Review_Overdue__c?: {
            value: number | null;
        } | null;
        /** Flag: Sponsor Touch Overdue */
        Flag_Sponsor_Touch_Overdue__c?: {
            value: number | null;
        } | null;
        /** Flag: Metrics Off Track */
        Flag_Metrics_Off_Track__c?: {
            value: number | null;
        } | null;
        /** Flag: Perception Gap */
        Flag_Perception_Gap__c?: {
            value: number | null;
        } | null;
        /** Flag: Single-Threaded */
        Flag_Single_Threaded__c?: {
            value: number | null;
        } | null;
        /** Flag: Buy-Sell Slipping */
        Flag_Buy_Sell_Slipping__c?: {
            value: number | null;
        } | null;
        /** Buy-Sell Slips */
        Buy_Sell_Slips__c?: {
            value: number | null;
        } | null;
        /** Flag: Open High Risks */
        Flag_Open_High_Risks__c?: {
            value: number | null;
        } | null;
        /** Flag: Commitments Overdue */
        Flag_Commitments_Overdue__c?: {
            value: number | null;
        } | null;
        /** Earliest Open Action Due */
        Earliest_Open_Action_Due__c?: {
            displayValue: string | null;
        } | null;
        /** Metrics */
        Metric_Count__c?: {
            value: number | null;
        } | null;
        /** Metrics Measured */
        Metrics_Measured__c?: {
            value: number | null;
        } | null;
        /** Metrics On Track */
        Metrics_On_Track__c?: {
            value: number | null;
        } | null;
        /** Metrics At Risk */
        Metrics_At_Risk__c?: {
            value: number | null;
        } | null;
        /** Metrics Off Track */
        Metrics_Off_Track__c?: {
            value: number | null;
        } | null;
        /** Plan Health */
        Plan_Health__c?: {
            value: number | null;
        } | null;
        Buy_Sell_Levels__r?: {
            totalCount: number;
            pageInfo: {
                hasNextPage: boolean;
            };
            edges:
                | ({
                      node: Buy_Sell_Level__c | null;
                  } | null)[]
                | null;
        } | null;
        Executive_Sponsor_Cadences__r?: {
            totalCount: number;
            pageInfo: {
                hasNextPage: boolean;
            };
            edges:
                | ({
                      node: Executive_Sponsor_Cadence__c | null;
                  } | null)[]
                | null;
        } | null;
        Account_Reviews__r?: {
            totalCount: number;
            pageInfo: {
                hasNextPage: boolean;
            };
            edges:
                | ({
                      node: Account_Review__c | null;
                  } | null)[]
                | null;
        } | null;
        Plan_Risks__r?: {
            totalCount: number;
            pageInfo: {
                hasNextPage: boolean;
            };
            edges:
                | ({
                      node: Plan_Risk__c | null;
                  } | null)[]
                | null;
        } | null;
        Joint_Metrics__r?: {
            totalCount: number;
            pageInfo: {
                hasNextPage: boolean;
            };
            edges:
                | ({
                      node: Joint_Metric__c | null;
                  } | null)[]
                | null;
        } | null;
        Plan_Objectives__r?: {
            totalCount: number;
            pageInfo: {
                hasNextPage: boolean;
            };
            edges:
                | ({
                      node: Plan_Objective__c | null;
                  } | null)[]
                | null;
        } | null;
        Plan_Actions__r?: {
            totalCount: number;
            pageInfo: {
                hasNextPage: boolean;
            };
            edges:
                | ({
                      node: Plan_Action__c | null;
                  } | null)[]
                | null;
        } | null;
    }
    /** Buy-Sell Level: data.uiapi.query.Strategic_Account_Plan__c.edges.node.Buy_Sell_Levels__r.edges.node */
    interface Buy_Sell_Level__c {
        Id: string;
        /** Level */
        Level__c?: {
            value: number | null;
        } | null;
        /** Perspective */
        Perspective__c?: {
            value: string | null;
        } | null;
        /** Horizon */
        Horizon__c?: {
            value: string | null;
        } | null;
        /** Assessed On */
        Assessed_On__c?: {
            displayValue: string | null;
        } | null;
        /** Is Latest */
        Is_Latest__c?: {
            value: boolean | null;
        } | null;
        /** Previous Level */
        Previous_Level__c?: {
            value: number | null;
        } | null;
        /** Movement */
        Movement__c?: {
            value: number | null;
        } | null;
        Customer_Respondent__r?: {
            Id: string;
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
    }
    /** Executive Sponsor Cadence: data.uiapi.query.Strategic_Account_Plan__c.edges.node.Executive_Sponsor_Cadences__r.edges.node */
    interface Executive_Sponsor_Cadence__c {
        Id: string;
        Executive_Sponsor__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        Customer_Executive__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
            /** Title */
            Title?: {
                value: string | null;
            } | null;
        } | null;
        /** Cadence */
        Cadence__c?: {
            displayValue: string | null;
        } | null;
        /** Last Touch Date */
        Last_Touch_Date__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Next Touch Due */
        Next_Touch_Due__c?: {
            displayValue: string | null;
        } | null;
        /** Days Overdue */
        Days_Overdue__c?: {
            value: number | null;
        } | null;
        /** Cadence Status */
        Cadence_Status__c?: {
            value: string | null;
        } | null;
    }
    /** Account Review: data.uiapi.query.Strategic_Account_Plan__c.edges.node.Account_Reviews__r.edges.node */
    interface Account_Review__c {
        Id: string;
        /** Review Date */
        Review_Date__c?: {
            displayValue: string | null;
        } | null;
        /** Review Type */
        Review_Type__c?: {
            displayValue: string | null;
        } | null;
        /** Status */
        Status__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Value Delivered */
        Value_Delivered__c?: {
            value: number | null;
        } | null;
        /** Decisions */
        Decisions__c?: {
            value: string | null;
        } | null;
    }
    /** Plan Risk: data.uiapi.query.Strategic_Account_Plan__c.edges.node.Plan_Risks__r.edges.node */
    interface Plan_Risk__c {
        Id: string;
        /** Last Modified Date */
        LastModifiedDate?: {
            value: string | null;
        } | null;
        /** Risk */
        Name?: {
            value: string | null;
        } | null;
        /** Risk Type */
        Risk_Type__c?: {
            displayValue: string | null;
        } | null;
        /** Severity */
        Severity__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Status */
        Status__c?: {
            displayValue: string | null;
        } | null;
        Owner__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        /** Raised On */
        Raised_On__c?: {
            displayValue: string | null;
        } | null;
    }
    /** Joint Metric: data.uiapi.query.Strategic_Account_Plan__c.edges.node.Joint_Metrics__r.edges.node */
    interface Joint_Metric__c {
        Id: string;
        /** Metric Name */
        Name?: {
            value: string | null;
        } | null;
        /** Category */
        Category__c?: {
            value: string | null;
        } | null;
        /** Indicator Type */
        Indicator_Type__c?: {
            value: string | null;
        } | null;
        /** Unit */
        Unit__c?: {
            value: string | null;
        } | null;
        /** Baseline */
        Baseline__c?: {
            value: number | null;
        } | null;
        /** Target */
        Target__c?: {
            value: number | null;
        } | null;
        /** Actual */
        Actual__c?: {
            value: number | null;
        } | null;
        /** Progress */
        Progress__c?: {
            value: number | null;
        } | null;
        /** Status */
        Status__c?: {
            value: string | null;
        } | null;
        /** Shared with Customer */
        Shared_With_Customer__c?: {
            value: boolean | null;
        } | null;
        Supplier_Owner__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        Customer_Owner__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        /** Objective */
        Objective__c?: {
            value: string | null;
        } | null;
    }
    /** Plan Objective: data.uiapi.query.Strategic_Account_Plan__c.edges.node.Plan_Objectives__r.edges.node */
    interface Plan_Objective__c {
        Id: string;
        /** Objective */
        Name?: {
            value: string | null;
        } | null;
        /** Status */
        Status__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Due Date */
        Due_Date__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        Supplier_Owner__r?: {
            Id: string;
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        Customer_Owner__r?: {
            Id: string;
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        /** Open Actions */
        Open_Actions__c?: {
            value: number | null;
        } | null;
        /** Done Actions */
        Done_Actions__c?: {
            value: number | null;
        } | null;
        /** Has Overdue Actions */
        Has_Overdue_Actions__c?: {
            value: boolean | null;
        } | null;
    }
    /** Plan Action: data.uiapi.query.Strategic_Account_Plan__c.edges.node.Plan_Actions__r.edges.node */
    interface Plan_Action__c {
        Id: string;
        /** Action */
        Name?: {
            value: string | null;
        } | null;
        /** Last Modified Date */
        LastModifiedDate?: {
            value: string | null;
        } | null;
        /** Objective */
        Objective__c?: {
            value: string | null;
        } | null;
        /** Owner Side */
        Owner_Side__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        Supplier_Owner__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        Customer_Owner__r?: {
            /** Full Name */
            Name?: {
                value: string | null;
            } | null;
        } | null;
        /** Due Date */
        Due_Date__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Status */
        Status__c?: {
            value: string | null;
            displayValue: string | null;
        } | null;
        /** Overdue */
        Overdue__c?: {
            value: boolean | null;
        } | null;
    }
}
