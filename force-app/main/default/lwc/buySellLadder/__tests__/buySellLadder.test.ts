import BuySellLadder from 'c/buySellLadder';
import type { PlanView } from 'c/accountPlanQuery';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN,
    HIDDEN_FIELDS_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import { find, findAll, mount, resetDom } from 'test-utils';

const renderLadder = (plan?: PlanView) =>
    mount('c-buy-sell-ladder', BuySellLadder, { plan });

/** Each respondent row as [name, level and movement]. */
const respondentRows = (element: HTMLElement) =>
    findAll(element, '.respondent-row').map((row) =>
        [...row.children].map((part: any) => part.textContent.trim())
    );

/** The arrow of each respondent's movement, where there is one. */
const movementIcons = (element: HTMLElement) =>
    findAll(element, '.respondent-row lightning-icon').map(
        (icon) => icon.iconName
    );

describe('c-buy-sell-ladder', () => {
    afterEach(resetDom);

    it('draws the ladder, describes it and states the gap in words', async () => {
        const element = renderLadder(ACTIVE_PLAN);

        expect(find(element, 'svg').getAttribute('aria-label')).toBe(
            'Customer view 2.5, our view 4, 1-year target 4, 5-year target 5.'
        );
        expect(findAll(element, 'text.rung-name')).toHaveLength(5);
        expect(find(element, '.gap').textContent.trim()).toBe(
            "Our team rates us 1.5 levels above the customer's view."
        );
        expect(
            findAll(element, '.legend-value').map((value) => value.textContent)
        ).toEqual(['2.5', '4', '4', '5']);
        expect(find(element, 'circle.customer')).not.toBeNull();
        expect(find(element, 'rect.supplier')).not.toBeNull();
        expect(findAll(element, 'circle.target')).toHaveLength(2);
        await expect(element).toBeAccessible();
    });

    it("lists each respondent's level and movement, with a dot on the ladder each", () => {
        const element = renderLadder(ACTIVE_PLAN);

        expect(respondentRows(element)).toEqual([
            ['Dana Whitfield', 'Level 3 · ▲ Up 1 from level 2 since 3/10/2026'],
            ['Ravi Patel', 'Level 2 · ▼ Down 1 from level 3 since 4/1/2026']
        ]);
        expect(movementIcons(element)).toEqual([
            'utility:arrowup',
            'utility:arrowdown'
        ]);
        expect(findAll(element, 'circle.respondent')).toHaveLength(2);
    });

    it('says "no change" for a respondent whose latest assessment kept the level', () => {
        // Dana's second assessment at level 2 again: the flow records no movement.
        const records = ACTIVE_PLAN.buySellLevels.records.map((record) => {
            if (record.id !== 'a01Hs00000BSL05AAA') return record;
            return { ...record, level: 2, previousLevel: 2, movement: 0 };
        });
        const element = renderLadder({
            ...ACTIVE_PLAN,
            buySellLevels: { ...ACTIVE_PLAN.buySellLevels, records }
        });

        expect(respondentRows(element)).toContainEqual([
            'Dana Whitfield',
            'Level 2 · No change since 3/10/2026'
        ]);
        // No arrow for no change: Ravi's is the only one.
        expect(movementIcons(element)).toEqual(['utility:arrowdown']);
    });

    it("keeps the respondents' earlier assessments one click away", async () => {
        const element = renderLadder(ACTIVE_PLAN);

        const history = find(element, 'details.history');
        expect(history.open).toBe(false);
        expect(history.querySelector('summary').textContent.trim()).toBe(
            'Earlier assessments (2)'
        );
        expect(
            findAll(element, '.history-entry').map((entry) =>
                entry.textContent.trim()
            )
        ).toEqual([
            'Ravi Patel · Level 3 · 4/1/2026',
            'Dana Whitfield · Level 2 · 3/10/2026'
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows no history when every assessment is the latest', () => {
        const element = renderLadder({
            ...ACTIVE_PLAN,
            buySellLevels: {
                ...ACTIVE_PLAN.buySellLevels,
                records: ACTIVE_PLAN.buySellLevels.records.filter(
                    (record) => record.isLatest
                )
            }
        });
        expect(find(element, 'details.history')).toBeNull();
    });

    it('says how many assessments it was drawn from when the list was cut', () => {
        const element = renderLadder({
            ...ACTIVE_PLAN,
            buySellLevels: {
                ...ACTIVE_PLAN.buySellLevels,
                totalCount: 130,
                hasMore: true
            }
        });

        expect(find(element, '.more-assessments').textContent).toBe(
            'Based on the latest 7 of 130 assessments.'
        );
    });

    it('explains a gap it cannot compute from hidden views', async () => {
        const element = renderLadder(HIDDEN_FIELDS_PLAN);

        expect(find(element, '.gap').textContent.trim()).toBe(
            'The gap needs a current assessment from the customer and from our team.'
        );
        expect(find(element, 'circle.customer')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when the plan has no assessment, or before it has a plan', async () => {
        const draft = renderLadder(DRAFT_PLAN);
        for (const element of [draft, renderLadder()]) {
            expect(find(element, 'svg')).toBeNull();
            expect(find(element, '.no-assessments')).not.toBeNull();
        }
        await expect(draft).toBeAccessible();
    });
});
