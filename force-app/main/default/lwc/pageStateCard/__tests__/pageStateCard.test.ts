import PageStateCard from 'c/pageStateCard';
import { pageState, type PageState } from 'c/containerUtils';
import { selectPlan } from 'c/planModel';
import { find, mount, resetDom } from 'test-utils';
import CardWithContent from './cardWithContent/cardWithContent';

const withPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');
const withoutPlans = require('../../accountPlanQuery/__tests__/data/accountWithoutPlans.json');
const noPlanAccess = require('../../accountPlanQuery/__tests__/data/noPlanAccess.json');
const graphqlErrors = require('../../accountPlanQuery/__tests__/data/graphqlErrors.json');

const LOADING = pageState(undefined);
const ERROR = pageState({ errors: graphqlErrors });
const NO_ACCESS = pageState({ data: noPlanAccess });
const EMPTY = pageState({ data: withoutPlans });
const PLANS = pageState({ data: withPlans });
const SELECTION = selectPlan(PLANS.plans!.records);

const SCORECARD_LABELS = {
    loading: 'Loading the joint metrics',
    loadError: 'The joint metrics could not be loaded',
    noPlan: 'No plan, so no metrics'
};

/** What the scorecard hands the card, besides the state. */
const AS_SCORECARD = {
    cardTitle: 'Scorecard',
    labels: SCORECARD_LABELS,
    selection: SELECTION
};

const render = (
    state: PageState,
    props: Record<string, unknown> = AS_SCORECARD
) => mount('c-page-state-card', PageStateCard, { state, ...props });

const renderWithContent = (state: PageState) =>
    mount('c-card-with-content', CardWithContent, {
        state,
        selection: SELECTION
    });

/** An element of the card inside the test container. */
const inCard = (host: any, selector: string) =>
    find(find(host, 'c-page-state-card'), selector);

describe('c-page-state-card', () => {
    afterEach(resetDom);

    it('is a card with the title and icon it is given', () => {
        const element = render(LOADING, {
            cardTitle: 'Joint Metrics Scorecard',
            iconName: 'standard:goals'
        });

        const card = find(element, 'lightning-card');
        expect(card.title).toBe('Joint Metrics Scorecard');
        expect(card.iconName).toBe('standard:goals');
    });

    it('shows a named spinner while loading, nothing else', async () => {
        const element = render(LOADING);

        expect(
            find(element, '.loading lightning-spinner').alternativeText
        ).toBe('Loading the joint metrics');
        expect(find(element, 'c-error-panel')).toBeNull();
        expect(find(element, 'c-plan-picker')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("speaks of the account plan unless given the container's words", () => {
        const loading = render(LOADING, {});
        const failed = render(ERROR, {});

        expect(find(loading, 'lightning-spinner').alternativeText).toBe(
            'Loading the account plan'
        );
        expect(find(failed, 'c-error-panel').friendlyMessage).toBe(
            'The account plan could not be loaded or saved'
        );
    });

    it("hands the query's errors to the error panel under the container's heading", async () => {
        const element = render(ERROR);

        const panel = find(element, 'c-error-panel');
        expect(panel.errors).toEqual(graphqlErrors);
        expect(panel.friendlyMessage).toBe(
            'The joint metrics could not be loaded'
        );
        expect(find(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says the user may not see the plans', async () => {
        const element = render(NO_ACCESS);

        expect(find(element, '.no-access').textContent).toBe(
            "You can't see this account's plans. Ask your Salesforce admin for the Strategic Account Planning permission set."
        );
        expect(find(element, 'c-error-panel')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("says there is no plan in the container's words", async () => {
        const element = render(EMPTY);

        expect(find(element, '.no-plan').textContent).toBe(
            'No plan, so no metrics'
        );
        expect(find(element, 'c-plan-picker')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('offers the plan picker with the plans and the selection', () => {
        const element = render(PLANS);

        const picker = find(element, 'c-plan-picker');
        expect(picker.plans).toEqual(PLANS.plans);
        expect(picker.selection).toEqual(SELECTION);
        expect(find(element, '.no-plan')).toBeNull();
    });

    it('raises the picked plan to the container', () => {
        const element = render(PLANS);
        const handler = jest.fn();
        element.addEventListener('planchange', handler);

        find(element, 'c-plan-picker').dispatchEvent(
            new CustomEvent('planchange', { detail: { planId: 'a00X' } })
        );

        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ planId: 'a00X' });
    });

    describe("the container's content", () => {
        it('is shown with the picker when there are plans', async () => {
            const host = renderWithContent(PLANS);

            expect(inCard(host, 'c-plan-picker')).not.toBeNull();
            expect(find(host, '.content').textContent).toBe(
                "The plan's objectives"
            );
            expect(find(host, '.own-no-plan')).toBeNull();
            await expect(host).toBeAccessible();
        });

        it('replaces the no-plan sentence when the account has none', () => {
            const host = renderWithContent(EMPTY);

            expect(find(host, '.own-no-plan').textContent).toBe(
                'Start a plan first'
            );
            expect(inCard(host, '.no-plan')).toBeNull();
            expect(find(host, '.content')).toBeNull();
        });

        it('is not shown while loading', () => {
            const host = renderWithContent(LOADING);

            expect(inCard(host, 'lightning-spinner')).not.toBeNull();
            expect(find(host, '.content')).toBeNull();
            expect(find(host, '.own-no-plan')).toBeNull();
        });
    });
});
