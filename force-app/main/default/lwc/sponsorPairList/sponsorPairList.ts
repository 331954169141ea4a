import { LightningElement, api } from 'lwc';
import type { RecordPage, SponsorCadenceView } from 'c/accountPlanQuery';
import { toSponsorPairs, type SponsorPair } from 'c/sponsorCadenceModel';
import { EMPTY_VALUE, formatLabel } from 'c/labelFormat';
import CADENCE from '@salesforce/label/c.SAP_Plan_Cadence';
import LAST_TOUCH from '@salesforce/label/c.SAP_Plan_Last_Touch';
import NEXT_DUE from '@salesforce/label/c.SAP_Plan_Next_Due';
import LOG_TOUCH from '@salesforce/label/c.SAP_Plan_Log_Touch';
import NO_SPONSORS from '@salesforce/label/c.SAP_Plan_No_Sponsors';
import MORE_SPONSORS from '@salesforce/label/c.SAP_Plan_More_Sponsors';

/**
 * The plan's executive sponsor pairs, overdue first, each with its cadence,
 * last touch, next due date, status badge and a "Log touch" button.
 * @fires SponsorPairList#logtouch detail: { cadenceId }
 */
export default class SponsorPairList extends LightningElement {
    /** The plan's sponsor cadences as read. */
    @api cadences?: RecordPage<SponsorCadenceView>;

    /** The pair whose touch is being saved: its button is disabled. */
    @api busyCadenceId?: string;

    readonly labels = {
        cadence: CADENCE,
        lastTouch: LAST_TOUCH,
        nextDue: NEXT_DUE,
        logTouch: LOG_TOUCH,
        noSponsors: NO_SPONSORS,
        emptyValue: EMPTY_VALUE
    };

    get hasPairs(): boolean {
        return (this.cadences?.records.length ?? 0) > 0;
    }

    get pairs(): SponsorPair[] {
        return toSponsorPairs(this.cadences?.records ?? [], this.busyCadenceId);
    }

    get moreNotice(): string | undefined {
        const cadences = this.cadences;
        return cadences?.hasMore
            ? formatLabel(
                  MORE_SPONSORS,
                  cadences.records.length,
                  cadences.totalCount
              )
            : undefined;
    }

    handleLogTouch(event: Event): void {
        const cadenceId = (event.currentTarget as HTMLElement).dataset.id;
        this.dispatchEvent(
            new CustomEvent('logtouch', { detail: { cadenceId } })
        );
    }
}
