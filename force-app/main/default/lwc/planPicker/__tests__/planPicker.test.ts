import PlanPicker from 'c/planPicker';
import { toAccountPlans } from 'c/accountPlanQuery';
import { selectPlan } from 'c/planModel';
import { mount, resetDom } from 'test-utils';

const severalActive = require('../../accountPlanQuery/__tests__/data/accountWithSeveralActivePlans.json');
const activeAndDraft = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');

describe('c-plan-picker', () => {
    afterEach(resetDom);

    const render = (plans: any, pickedId?: string): HTMLElement =>
        mount('c-plan-picker', PlanPicker, {
            plans,
            selection: selectPlan(plans.records, pickedId)
        });

    it('tells the user several plans are active and offers every plan', async () => {
        const plans = toAccountPlans(severalActive)!;
        const element = render(plans);
        const root = element.shadowRoot!;
        expect(root.querySelector('.several-active')!.textContent).toBe(
            '2 plans are active. Showing the one that started last; pick another one below.'
        );
        const picker: any = root.querySelector('lightning-combobox');
        expect(picker.value).toBe('a00Hs00000SAP01AAA');
        expect(picker.options.map((option: any) => option.label)).toEqual([
            'Northwind Health 2027 Draft (Draft)',
            'Northwind Health 2026 Strategic Plan (Active)',
            'Northwind Health Pharmacy Plan (Active)'
        ]);
        expect(root.querySelector('.no-active')).toBeNull();
        expect(root.querySelector('.more-plans')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('reaches the Draft beside a single Active plan', async () => {
        const plans = toAccountPlans(activeAndDraft)!;
        const root = render(plans).shadowRoot!;

        expect(root.querySelector('.several-active')).toBeNull();
        const picker: any = root.querySelector('lightning-combobox');
        expect(picker.value).toBe('a00Hs00000SAP01AAA');
        expect(picker.options.map((option: any) => option.label)).toEqual([
            'Northwind Health 2027 Draft (Draft)',
            'Northwind Health 2026 Strategic Plan (Active)'
        ]);
        await expect(root.host).toBeAccessible();
    });

    it('offers a plan without a name as an untitled one', () => {
        const [draft, active] = toAccountPlans(activeAndDraft)!.records;
        const plans = {
            records: [{ ...draft, name: undefined }, active],
            totalCount: 2,
            hasMore: false
        };
        const picker: any =
            render(plans).shadowRoot!.querySelector('lightning-combobox');

        expect(picker.options.map((option: any) => option.label)).toEqual([
            'Untitled plan (Draft)',
            'Northwind Health 2026 Strategic Plan (Active)'
        ]);
    });

    it('raises planchange with the picked plan', () => {
        const plans = toAccountPlans(severalActive)!;
        const element = render(plans);
        const handler = jest.fn();
        element.addEventListener('planchange', handler);
        element.shadowRoot!.querySelector('lightning-combobox')!.dispatchEvent(
            new CustomEvent('change', {
                detail: { value: 'a00Hs00000SAP02AAA' }
            })
        );
        expect(handler.mock.calls[0][0].detail).toEqual({
            planId: 'a00Hs00000SAP02AAA'
        });
    });

    it('says when no plan is active and when plans were left out', () => {
        const plans = toAccountPlans(severalActive)!;
        const draftOnly = {
            records: [plans.records[0]],
            totalCount: 12,
            hasMore: true
        };
        const root = render(draftOnly).shadowRoot!;
        expect(root.querySelector('.no-active')!.textContent).toBe(
            'No plan is active. Showing the most recent plan.'
        );
        expect(root.querySelector('.more-plans')!.textContent).toContain(
            'Showing 1 of 12 plans.'
        );
        // One plan: nothing to pick from.
        expect(root.querySelector('lightning-combobox')).toBeNull();
    });
});
