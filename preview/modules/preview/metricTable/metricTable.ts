/**
 * The benchmark's baseline: the current plan's joint metrics in a plain
 * `lightning-datatable`, read through the same query and mapping as the
 * scorecard, so both render the same rows from the same response.
 */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import {
    ACCOUNT_PLANS_QUERY,
    accountPlanVariables,
    toAccountPlans,
    type AccountPlansResponse
} from 'c/accountPlanQuery';

const COLUMNS = [
    { label: 'Metric', fieldName: 'name' },
    { label: 'Category', fieldName: 'category' },
    { label: 'Indicator', fieldName: 'indicatorType' },
    { label: 'Baseline', fieldName: 'baseline', type: 'number' },
    { label: 'Actual', fieldName: 'actual', type: 'number' },
    { label: 'Target', fieldName: 'target', type: 'number' },
    { label: 'Progress', fieldName: 'progress', type: 'number' },
    { label: 'Status', fieldName: 'status' }
];

export default class MetricTable extends LightningElement {
    /** The Account whose current plan's metrics are listed. */
    @api recordId?: string;
    columns = COLUMNS;
    rows: unknown[] = [];

    get variables() {
        return accountPlanVariables(this.recordId);
    }

    @wire(graphql, { query: ACCOUNT_PLANS_QUERY, variables: '$variables' })
    wiredPlans({ data }: { data?: AccountPlansResponse }): void {
        this.rows =
            toAccountPlans(data)?.records[0]?.jointMetrics.records ?? [];
    }
}
