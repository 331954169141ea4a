import { LightningElement, api } from 'lwc';
import type { RecordPage, SponsorCadenceView } from 'c/accountPlanQuery';
import { byUrgency } from 'c/sponsorCadences';
import { formatLabel, orEmpty } from 'c/labelFormat';
import SPONSOR from '@salesforce/label/c.SAP_Plan_Executive_Sponsor';
import CUSTOMER_EXECUTIVE from '@salesforce/label/c.SAP_Plan_Customer_Executive';
import CADENCE from '@salesforce/label/c.SAP_Plan_Cadence';
import LAST_TOUCH from '@salesforce/label/c.SAP_Plan_Last_Touch';
import NEXT_DUE from '@salesforce/label/c.SAP_Plan_Next_Due';
import DAYS_OVERDUE from '@salesforce/label/c.SAP_Plan_Days_Overdue';
import LOG_TOUCH from '@salesforce/label/c.SAP_Plan_Log_Touch';
import LOG_TOUCH_FOR from '@salesforce/label/c.SAP_Plan_Log_Touch_For';
import NO_SPONSORS from '@salesforce/label/c.SAP_Plan_No_Sponsors';
import MORE_SPONSORS from '@salesforce/label/c.SAP_Plan_More_Sponsors';

/** Badge styles per Cadence_Status__c value. */
const STATUS_THEMES: Record<string, string> = {
    Overdue: 'slds-theme_error',
    'Due Soon': 'slds-theme_warning',
    'On Track': 'slds-theme_success',
    Paused: 'slds-badge_lightest'
};

/**
 * The plan's executive sponsor pairs, overdue first, each with its cadence,
 * last touch, next due date, status badge and a "Log touch" button that
 * raises `logtouch` with `detail.cadenceId`.
 */
export default class SponsorPairList extends LightningElement {
    /** The plan's sponsor cadences as read. */
    @api cadences?: RecordPage<SponsorCadenceView>;

    /** The pair whose touch is being saved: its button is disabled. */
    @api busyCadenceId?: string;

    readonly labels = {
        sponsor: SPONSOR,
        customerExecutive: CUSTOMER_EXECUTIVE,
        cadence: CADENCE,
        lastTouch: LAST_TOUCH,
        nextDue: NEXT_DUE,
        logTouch: LOG_TOUCH,
        noSponsors: NO_SPONSORS
    };

    get hasPairs(): boolean {
        return (this.cadences?.records.length ?? 0) > 0;
    }

    get pairs() {
        return byUrgency(this.cadences?.records ?? []).map((cadence) => {
            const sponsor = orEmpty(cadence.executiveSponsorName);
            const executive = orEmpty(cadence.customerExecutiveName);
            return {
                id: cadence.id,
                sponsor,
                executive,
                executiveTitle: cadence.customerExecutiveTitle,
                cadence: orEmpty(cadence.cadenceLabel),
                lastTouch: orEmpty(cadence.lastTouchDateLabel),
                nextDue: orEmpty(cadence.nextTouchDueLabel),
                overdueText:
                    (cadence.daysOverdue ?? 0) > 0
                        ? formatLabel(DAYS_OVERDUE, cadence.daysOverdue)
                        : undefined,
                status: orEmpty(cadence.status),
                statusClass:
                    STATUS_THEMES[cadence.status ?? ''] ??
                    'slds-badge_lightest',
                logTouchTitle: formatLabel(LOG_TOUCH_FOR, sponsor, executive),
                busy: cadence.id === this.busyCadenceId
            };
        });
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
