import { createElement } from 'lwc';
import {
    getObjectInfo,
    getPicklistValuesByRecordType
} from 'lightning/uiObjectInfoApi';
import PlanRisks from 'c/planRisks';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';

const riskInfo = require('../../accountPlanQuery/__tests__/data/planRiskObjectInfo.json');
const riskPicklists = require('../../accountPlanQuery/__tests__/data/planRiskPicklistValues.json');

/** The org's Plan_Risk__c picklists reach the form, as LDS delivers them. */
function emitPicklists(): void {
    (getObjectInfo as any).emit(riskInfo);
    (getPicklistValuesByRecordType as any).emit(riskPicklists);
}

function renderRisks(plan = ACTIVE_PLAN): any {
    const element: any = createElement('c-plan-risks', { is: PlanRisks });
    element.risks = plan.openRisks;
    document.body.appendChild(element);
    return element;
}

const $ = (element: any, selector: string): any =>
    element.shadowRoot.querySelector(selector);
const $$ = (element: any, selector: string): any[] => [
    ...element.shadowRoot.querySelectorAll(selector)
];
const flush = () => Promise.resolve();
/** What got focus last: the base components are stubs that take none. */
const lastFocused = (spy: jest.SpyInstance) => spy.mock.contexts.at(-1);

describe('c-plan-risks', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists open risks most severe first, each Close button named after its risk', async () => {
        const element = renderRisks();

        expect($$(element, '.risk').map((risk) => risk.dataset.id)).toEqual([
            'a06Hs00000RSK02AAA',
            'a06Hs00000RSK01AAA'
        ]);
        expect(
            $$(element, '.risk lightning-badge').map((badge) => badge.className)
        ).toEqual(['slds-theme_error', 'slds-theme_warning']);
        expect(
            $$(element, '.close-risk').map((button) => button.ariaLabel)
        ).toEqual([
            'Close risk: Procurement asked competitors for quotes',
            'Close risk: CFO sponsor changing role'
        ]);
        await expect(element).toBeAccessible();
    });

    it('says when no risk is open', () => {
        const element = renderRisks(DRAFT_PLAN);
        expect($(element, 'ul')).toBeNull();
        expect(element.shadowRoot.textContent).toContain('No open risks.');
    });

    it('asks to close a risk, and disables it while it is closed', async () => {
        const element = renderRisks();
        const close = jest.fn();
        element.addEventListener('closerisk', close);

        $$(element, '.close-risk')[0].dispatchEvent(new CustomEvent('click'));
        expect(close.mock.calls[0][0].detail).toEqual({
            riskId: 'a06Hs00000RSK02AAA'
        });

        element.busyRiskId = 'a06Hs00000RSK02AAA';
        await flush();
        expect(
            $$(element, '.close-risk').map((button) => button.disabled)
        ).toEqual([true, false]);
    });

    it("raises a risk with a name, the org's default severity", async () => {
        const element = renderRisks();
        emitPicklists();
        const raise = jest.fn();
        element.addEventListener('raiserisk', raise);
        $(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flush();
        const name = $(element, '.risk-name');
        name.reportValidity = () => true;

        name.dispatchEvent(
            new CustomEvent('change', {
                detail: { value: ' Competitor pilot ' }
            })
        );
        $(element, '[data-field="Risk_Type__c"]').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Competitor Entry' } })
        );
        $(element, '.save-risk').dispatchEvent(new CustomEvent('click'));

        expect(raise.mock.calls[0][0].detail).toEqual({
            Name: 'Competitor pilot',
            Risk_Type__c: 'Competitor Entry',
            Severity__c: 'Medium'
        });
        await expect(element).toBeAccessible();
    });

    it("offers the org's risk types and severities, with their labels, in the org's order", async () => {
        const element = renderRisks();
        emitPicklists();
        $(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flush();

        const offered = (field: string) =>
            $(element, `[data-field="${field}"]`).options;
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
        (getObjectInfo as any).emit(riskInfo);
        (getPicklistValuesByRecordType as any).emit({
            picklistFieldValues: {}
        });
        $(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flush();

        expect($(element, '[data-field="Risk_Type__c"]')).toBeNull();
        expect($(element, '[data-field="Severity__c"]')).toBeNull();
        const name = $(element, '.risk-name');
        name.reportValidity = () => true;
        name.dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Sponsor leaving' } })
        );
        $(element, '.save-risk').dispatchEvent(new CustomEvent('click'));
        expect(raise.mock.calls[0][0].detail).toEqual({
            Name: 'Sponsor leaving'
        });
    });

    it('focuses the name when the form opens, and "Raise risk" again on Cancel', async () => {
        const element = renderRisks();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        $(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(lastFocused(focus)).toBe($(element, '.risk-name'));

        $(element, '.risk-form lightning-button:not(.save-risk)').click();
        await flush();

        expect($(element, '.risk-form')).toBeNull();
        expect(lastFocused(focus)).toBe($(element, '.raise-risk'));
        focus.mockRestore();
    });

    it('keeps the form when the name is missing, and closes it once saved', async () => {
        const element = renderRisks();
        const raise = jest.fn();
        element.addEventListener('raiserisk', raise);
        $(element, '.raise-risk').dispatchEvent(new CustomEvent('click'));
        await flush();
        const name = $(element, '.risk-name');
        name.reportValidity = () => false;
        name.focus = jest.fn();

        $(element, '.save-risk').dispatchEvent(new CustomEvent('click'));
        expect(raise).not.toHaveBeenCalled();
        expect(name.focus).toHaveBeenCalled();

        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        element.closeForm();
        await flush();
        expect($(element, '.risk-form')).toBeNull();
        expect(lastFocused(focus)).toBe($(element, '.raise-risk'));
        focus.mockRestore();
    });
});
