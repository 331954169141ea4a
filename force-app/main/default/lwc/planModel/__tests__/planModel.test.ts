import { currentPlan, planOptions, selectPlan } from 'c/planModel';
import type { PlanView } from 'c/accountPlanQuery';

const emptyPage = { records: [], totalCount: 0, hasMore: false };

function plan(id: string, status?: string, startDate?: string): PlanView {
    return {
        id,
        name: `Plan ${id}`,
        status,
        startDate,
        buySellLevels: emptyPage,
        sponsorCadences: emptyPage,
        jointMetrics: emptyPage
    };
}

describe('c-plan-model', () => {
    it('picks the Active plan with the latest start date, whatever the order', () => {
        const plans = [
            plan('draft', 'Draft', '2027-01-01'),
            plan('old', 'Active', '2025-01-01'),
            plan('new', 'Active', '2026-01-01'),
            plan('review', 'Under Review', '2026-06-01')
        ];
        expect(currentPlan(plans)?.id).toBe('new');
        expect(currentPlan([...plans].reverse())?.id).toBe('new');
    });

    it('ranks an Active plan without start date below dated ones', () => {
        expect(
            currentPlan([
                plan('undated', 'Active'),
                plan('dated', 'Active', '2020-01-01')
            ])?.id
        ).toBe('dated');
    });

    it('falls back to the latest plan of any status when none is Active', () => {
        const selection = selectPlan([
            plan('review', 'Under Review', '2026-06-01'),
            plan('draft', 'Draft', '2027-01-01')
        ]);
        expect(selection.plan?.id).toBe('draft');
        expect(selection.noneActive).toBe(true);
        expect(selection.severalActive).toBe(false);
    });

    it('flags several Active plans and honours the picked plan', () => {
        const plans = [
            plan('a', 'Active', '2026-01-01'),
            plan('b', 'Active', '2025-01-01'),
            plan('d', 'Draft', '2027-01-01')
        ];
        expect(selectPlan(plans)).toMatchObject({
            activeCount: 2,
            severalActive: true,
            picked: false
        });
        expect(selectPlan(plans, 'd')).toMatchObject({
            picked: true,
            plan: { id: 'd' }
        });
        // A pick that no longer exists (deleted, archived) falls back.
        expect(selectPlan(plans, 'gone').plan?.id).toBe('a');
    });

    it('selects nothing for an account without plans', () => {
        expect(selectPlan([])).toEqual({
            plan: undefined,
            activeCount: 0,
            severalActive: false,
            noneActive: false,
            picked: false,
            hasChoice: false
        });
    });

    it('offers a choice whenever more than one plan is read, one Active and one Draft too', () => {
        expect(selectPlan([plan('a', 'Active', '2026-01-01')]).hasChoice).toBe(
            false
        );
        const selection = selectPlan([
            plan('d', 'Draft', '2027-01-01'),
            plan('a', 'Active', '2026-01-01')
        ]);
        expect(selection).toMatchObject({
            plan: { id: 'a' },
            severalActive: false,
            hasChoice: true
        });
    });

    it('lists options in the order read with caller-made labels', () => {
        expect(
            planOptions(
                [plan('x', 'Draft'), plan('y', 'Active')],
                (p) => `${p.name} (${p.status})`
            )
        ).toEqual([
            { label: 'Plan x (Draft)', value: 'x' },
            { label: 'Plan y (Active)', value: 'y' }
        ]);
    });
});
