import PlanRedFlags from 'c/planRedFlags';
import type { PlanView } from 'c/accountPlanQuery';
import { mockNavigate } from 'lightning/navigation';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN,
    HIDDEN_FIELDS_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import { find, findAll, mount, resetDom } from 'test-utils';

const renderFlags = (plan?: PlanView) =>
    mount('c-plan-red-flags', PlanRedFlags, { plan });

const flagsOf = (element: HTMLElement) =>
    findAll(element, '.flag').map((item) => ({
        key: item.dataset.key,
        name: item.querySelector('lightning-button').label,
        reason: item.querySelector('.reason').textContent
    }));

describe('c-plan-red-flags', () => {
    beforeEach(() => {
        jest.useFakeTimers().setSystemTime(new Date(2026, 11, 2, 9, 0));
    });

    afterEach(() => {
        jest.useRealTimers();
        mockNavigate.mockClear();
        resetDom();
    });

    it('shows each flag the plan raises with why it fired', async () => {
        const element = renderFlags(ACTIVE_PLAN);

        expect(flagsOf(element)).toEqual([
            {
                key: 'reviewOverdue',
                name: 'Review overdue',
                reason: ': Last review 142 days ago'
            },
            {
                key: 'sponsorTouchOverdue',
                name: 'Sponsor touch overdue',
                reason: ': A touch was due on 11/20/2026'
            },
            {
                key: 'metricsOffTrack',
                name: 'Metrics off track',
                reason: ': Off track: 1'
            },
            {
                key: 'perceptionGap',
                name: 'Perception gap',
                reason: `: Our view ${ACTIVE_PLAN.supplierViewLevel!.toFixed(1)}, the customer view ${ACTIVE_PLAN.customerViewLevel!.toFixed(1)}`
            },
            {
                key: 'singleThreaded',
                name: 'Single-threaded',
                reason: ': Active sponsor pairs: 1. Customer respondents: 2.'
            },
            {
                key: 'buySellSlipping',
                name: 'Buy-Sell slipping',
                reason: ': Customer respondents who placed us lower: 1'
            },
            {
                key: 'openHighRisks',
                name: 'Open high risks',
                reason: ': Open: 1'
            },
            {
                key: 'commitmentsOverdue',
                name: 'Commitments overdue',
                reason: ': The earliest open action was due on 11/15/2026'
            }
        ]);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('says when a plan was never reviewed, and "—" for a view the user cannot read', () => {
        const element = renderFlags({
            ...ACTIVE_PLAN,
            lastReviewDate: undefined,
            supplierViewLevel: undefined
        });

        const reasons = Object.fromEntries(
            flagsOf(element).map((flag) => [flag.key, flag.reason])
        );
        expect(reasons.reviewOverdue).toBe(
            ': No review held since the plan started'
        );
        expect(reasons.perceptionGap).toBe(
            `: Our view —, the customer view ${ACTIVE_PLAN.customerViewLevel!.toFixed(1)}`
        );
    });

    it('opens the related list where a flag is fixed', () => {
        const element = renderFlags(ACTIVE_PLAN);
        const risks = find(
            element,
            '.flag[data-key="openHighRisks"] lightning-button'
        );

        risks.dispatchEvent(new CustomEvent('click'));

        expect(mockNavigate).toHaveBeenCalledWith({
            pageReference: {
                type: 'standard__recordRelationshipPage',
                attributes: {
                    recordId: ACTIVE_PLAN.id,
                    objectApiName: 'Strategic_Account_Plan__c',
                    relationshipApiName: 'Plan_Risks__r',
                    actionName: 'view'
                }
            },
            replace: undefined
        });
    });

    it('renders nothing for a plan without flags, or whose flags the user cannot read, or before it has a plan', () => {
        for (const plan of [DRAFT_PLAN, HIDDEN_FIELDS_PLAN, undefined]) {
            const element = renderFlags(plan);
            expect(find(element, 'section')).toBeNull();
        }
    });
});
