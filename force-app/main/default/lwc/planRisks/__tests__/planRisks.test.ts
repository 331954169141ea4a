import PlanRisks from 'c/planRisks';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import {
    emitPicklists,
    find,
    findAll,
    flushPromises,
    lastFocused,
    mount,
    resetDom,
    typeInto
} from 'test-utils';

const riskInfo = require('../../accountPlanQuery/__tests__/data/planRiskObjectInfo.json');
const riskPicklists = require('../../accountPlanQuery/__tests__/data/planRiskPicklistValues.json');

const renderRisks = (risks = ACTIVE_PLAN.openRisks) =>
    mount('c-plan-risks', PlanRisks, { risks });

describe('c-plan-risks', () => {
    afterEach(resetDom);

    it('lists open risks most severe first, each Close button named after its risk', async () => {
        const element = renderRisks();

        expect(
            findAll(element, '.risk').map((risk) => risk.dataset.id)
        ).toEqual(['a06Hs00000RSK02AAA', 'a06Hs00000RSK01AAA']);
        expect(
            findAll(element, '.risk lightning-badge').map(
                (badge) => badge.className
            )
        ).toEqual(['slds-theme_error', 'slds-theme_warning']);
        expect(
            findAll(element, '.close-risk').map((button) => button.ariaLabel)
        ).toEqual([
            'Close risk: Procurement asked competitors for quotes',
            'Close risk: CFO sponsor changing role'
        ]);
        await expect(element).toBeAccessible();
    });

    it('lists a risk whose severity the user cannot read after the others, without a badge', () => {
        const [cfo, procurement] = ACTIVE_PLAN.openRisks.records;
        const element = renderRisks({
            ...ACTIVE_PLAN.openRisks,
            records: [
                {
                    ...procurement,
                    severity: undefined,
                    severityLabel: undefined
                },
                cfo
            ]
        });

        expect(
            findAll(element, '.risk').map((risk) => [
                risk.dataset.id,
                risk.querySelector('lightning-badge')?.label
            ])
        ).toEqual([
            [cfo.id, cfo.severityLabel],
            [procurement.id, undefined]
        ]);
    });

    it('says when no risk is open, or before it has the risks', () => {
        for (const element of [
            renderRisks(DRAFT_PLAN.openRisks),
            mount('c-plan-risks', PlanRisks)
        ]) {
            expect(find(element, 'ul')).toBeNull();
            expect(element.shadowRoot.textContent).toContain('No open risks.');
        }
    });

    it('asks to close a risk, and disables it while it is closed', async () => {
        const element = renderRisks();
        const close = jest.fn();
        element.addEventListener('closerisk', close);

        findAll(element, '.close-risk')[0].dispatchEvent(
            new CustomEvent('click')
        );
        expect(close.mock.calls[0][0].detail).toEqual({
            riskId: 'a06Hs00000RSK02AAA'
        });

        element.busyRiskId = 'a06Hs00000RSK02AAA';
        await flushPromises();
        expect(
            findAll(element, '.close-risk').map((button) => button.disabled)
        ).toEqual([true, false]);
    });

    it("raises a risk with a name, the org's default severity", async () => {
        const element = renderRisks();
        emitPicklists(riskInfo, riskPicklists);
        const raise = jest.fn();
        element.addEventListener('raiserisk', raise);
        find(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flushPromises();
        const name = find(element, '.risk-name');
        name.reportValidity = () => true;

        typeInto(name, ' Competitor pilot ');
        find(element, '[data-field="Risk_Type__c"]').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Competitor Entry' } })
        );
        find(element, '.save-risk').dispatchEvent(new CustomEvent('click'));

        expect(raise.mock.calls[0][0].detail).toEqual({
            Name: 'Competitor pilot',
            Risk_Type__c: 'Competitor Entry',
            Severity__c: 'Medium'
        });
        await expect(element).toBeAccessible();
    });

    it("offers the org's risk types and severities, with their labels, in the org's order", async () => {
        const element = renderRisks();
        emitPicklists(riskInfo, riskPicklists);
        find(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flushPromises();

        const offered = (field: string) =>
            find(element, `[data-field="${field}"]`).options;
        const orgValues = (field: string) =>
            riskPicklists.picklistFieldValues[field].values.map(
                ({ label, value }: { label: string; value: string }) => ({
                    label,
                    value
                })
            );
        expect(offered('Risk_Type__c')).toEqual(orgValues('Risk_Type__c'));
        expect(offered('Severity__c')).toEqual(orgValues('Severity__c'));
    });

    it('offers no type or severity it cannot read, and still raises the risk by name', async () => {
        const element = renderRisks();
        const raise = jest.fn();
        element.addEventListener('raiserisk', raise);
        emitPicklists(riskInfo, { picklistFieldValues: {} });
        find(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flushPromises();

        expect(find(element, '[data-field="Risk_Type__c"]')).toBeNull();
        expect(find(element, '[data-field="Severity__c"]')).toBeNull();
        const name = find(element, '.risk-name');
        name.reportValidity = () => true;
        typeInto(name, 'Sponsor leaving');
        find(element, '.save-risk').dispatchEvent(new CustomEvent('click'));
        expect(raise.mock.calls[0][0].detail).toEqual({
            Name: 'Sponsor leaving'
        });
    });

    it('focuses the name when the form opens, and "Raise risk" again on Cancel', async () => {
        const element = renderRisks();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        find(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flushPromises();
        expect(lastFocused(focus)).toBe(find(element, '.risk-name'));

        find(element, '.risk-form lightning-button:not(.save-risk)').click();
        await flushPromises();

        expect(find(element, '.risk-form')).toBeNull();
        expect(lastFocused(focus)).toBe(find(element, '.raise-risk'));
        focus.mockRestore();
    });

    it('keeps the form when the name is missing, and closes it once saved', async () => {
        const element = renderRisks();
        const raise = jest.fn();
        element.addEventListener('raiserisk', raise);
        find(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flushPromises();
        const name = find(element, '.risk-name');
        name.reportValidity = () => false;
        name.focus = jest.fn();

        find(element, '.save-risk').dispatchEvent(new CustomEvent('click'));
        expect(raise).not.toHaveBeenCalled();
        expect(name.focus).toHaveBeenCalled();

        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        element.closeForm();
        await flushPromises();
        expect(find(element, '.risk-form')).toBeNull();
        expect(lastFocused(focus)).toBe(find(element, '.raise-risk'));
        focus.mockRestore();
    });
});
