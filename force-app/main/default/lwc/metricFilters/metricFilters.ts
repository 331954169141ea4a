import { LightningElement, api } from 'lwc';
import { INDICATOR_TYPES, type IndicatorFilter } from 'c/scorecardModel';
import INDICATOR from '@salesforce/label/c.SAP_Scorecard_Indicator';
import INDICATOR_ALL from '@salesforce/label/c.SAP_Scorecard_Indicator_All';
import SHARED_ONLY from '@salesforce/label/c.SAP_Scorecard_Shared_Only';

/**
 * The scorecard's filters: leading/lagging and shared-with-customer only.
 * @fires MetricFilters#filterchange detail: { indicator, sharedOnly }
 */
export default class MetricFilters extends LightningElement {
    /** The leading/lagging filter's value: All, Leading or Lagging. */
    @api indicator: IndicatorFilter = 'All';
    /** Whether only metrics shared with the customer are shown. */
    @api sharedOnly = false;

    labels = { indicator: INDICATOR, sharedOnly: SHARED_ONLY };

    get indicatorOptions(): { label: string; value: IndicatorFilter }[] {
        return [
            { label: INDICATOR_ALL, value: 'All' },
            ...INDICATOR_TYPES.map(({ label, value }) => ({
                label,
                value: value as IndicatorFilter
            }))
        ];
    }

    handleIndicatorChange(
        event: CustomEvent<{ value: IndicatorFilter }>
    ): void {
        this.notify(event.detail.value, this.sharedOnly);
    }

    handleSharedOnlyChange(event: CustomEvent<{ checked: boolean }>): void {
        this.notify(this.indicator, event.detail.checked);
    }

    private notify(indicator: IndicatorFilter, sharedOnly: boolean): void {
        this.dispatchEvent(
            new CustomEvent('filterchange', {
                detail: { indicator, sharedOnly }
            })
        );
    }
}
