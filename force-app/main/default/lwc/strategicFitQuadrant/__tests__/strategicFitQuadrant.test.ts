import StrategicFitQuadrant, {
    IMPORTANT_FROM,
    MAX_SCORE,
    MIN_SCORE,
    PLOT
} from 'c/strategicFitQuadrant';
import type { PlanView } from 'c/accountPlanQuery';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN,
    HIDDEN_FIELDS_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';
import { loadProject } from '../../../../../../scripts/lib/project';
import { find, findAll, mount, resetDom } from 'test-utils';

const renderQuadrant = (plan: PlanView) =>
    mount('c-strategic-fit-quadrant', StrategicFitQuadrant, { plan });

describe('c-strategic-fit-quadrant', () => {
    afterEach(resetDom);

    it('draws its dividers at the threshold the classification formula uses', () => {
        const formula = loadProject().getField(
            'Strategic_Account_Plan__c',
            'Account_Classification__c'
        )?.formula;
        const thresholds = [
            ...(formula ?? '').matchAll(
                /Importance_To_(?:Us|Customer)__c\s*>=\s*([\d.]+)/g
            )
        ].map((match) => Number(match[1]));

        expect(thresholds.length).toBeGreaterThan(0);
        expect(new Set(thresholds)).toEqual(new Set([IMPORTANT_FROM]));
    });

    it('draws the plot where the marker is placed and the dividers at IMPORTANT_FROM', () => {
        const element = renderQuadrant(ACTIVE_PLAN);
        const plot = find(element, '.plot');
        const [vertical, horizontal] = findAll(element, '.divider');
        const attr = (node: Element, name: string) =>
            Number(node.getAttribute(name));
        const score = (offset: number) =>
            MIN_SCORE + (offset / PLOT.size) * (MAX_SCORE - MIN_SCORE);

        expect([
            attr(plot, 'x'),
            attr(plot, 'y'),
            attr(plot, 'width'),
            attr(plot, 'height')
        ]).toEqual([PLOT.left, PLOT.top, PLOT.size, PLOT.size]);
        expect(score(attr(vertical, 'x1') - PLOT.left)).toBe(IMPORTANT_FROM);
        expect(attr(vertical, 'x2')).toBe(attr(vertical, 'x1'));
        expect(score(PLOT.top + PLOT.size - attr(horizontal, 'y1'))).toBe(
            IMPORTANT_FROM
        );
        expect(attr(horizontal, 'y2')).toBe(attr(horizontal, 'y1'));
    });

    it('places the account from the formula values and says where in words', async () => {
        const element = renderQuadrant(ACTIVE_PLAN);

        expect(find(element, 'svg').getAttribute('aria-label')).toBe(
            'Importance to us 4.5 of 5, importance to the customer 4 of 5: Strategic.'
        );
        // 4.5 of 1..5 is 7/8 of the 160-unit plot from its left edge (24);
        // 4 is 3/4 of it up from its bottom edge (22 + 160).
        const marker = find(element, '.position');
        expect(marker.getAttribute('cx')).toBe('164');
        expect(marker.getAttribute('cy')).toBe('62');
        expect(
            findAll(element, '.dependency').map((item) =>
                item.textContent.trim()
            )
        ).toEqual(['Contractual', 'Technological']);
        expect(find(element, '.switching-cost').textContent.trim()).toBe(
            'High'
        );
        await expect(element).toBeAccessible();
    });

    it('keeps the quadrant names outside the plot, where no dot can cover them', () => {
        const element = renderQuadrant(ACTIVE_PLAN);
        const plot = find(element, '.plot');
        const top = Number(plot.getAttribute('y'));
        const bottom = top + Number(plot.getAttribute('height'));
        const names = findAll(element, 'text.corner');

        expect(names.map((name) => name.textContent.trim())).toEqual([
            'Strategic',
            'Major',
            'Emerging',
            'Transactional'
        ]);
        // A dot on the plot's edge (score 1 or 5) reaches one radius beyond
        // it; a name is a line of 9 units above its baseline.
        const radius = Number(find(element, '.position').getAttribute('r'));
        for (const name of names) {
            const baseline = Number(name.getAttribute('y'));
            expect(
                baseline < top - radius || baseline - 9 > bottom + radius
            ).toBe(true);
        }
    });

    it('says strategic fit is not scored yet, without a dot', async () => {
        const element = renderQuadrant(DRAFT_PLAN);

        expect(find(element, '.position')).toBeNull();
        expect(find(element, 'figcaption').textContent.trim()).toContain(
            'Strategic fit is not scored yet'
        );
        await expect(element).toBeAccessible();
    });

    it('shows "—" for what field-level security hides', () => {
        const element = renderQuadrant(HIDDEN_FIELDS_PLAN);

        expect(find(element, '.position')).toBeNull();
        expect(find(element, '.switching-cost').textContent.trim()).toBe('—');
    });

    it('says no dependency is recorded when none is checked, and "—" when none is readable', () => {
        const dependencies = (plan: PlanView) =>
            findAll(renderQuadrant(plan), '.dependency').map((item) =>
                item.textContent.trim()
            );
        const unchecked = {
            contractualDependency: false,
            technologicalDependency: false,
            operationalDependency: false,
            financialDependency: false
        };
        const hidden = {
            contractualDependency: undefined,
            technologicalDependency: undefined,
            operationalDependency: undefined,
            financialDependency: undefined
        };

        expect(dependencies({ ...ACTIVE_PLAN, ...unchecked })).toEqual([
            'None recorded'
        ]);
        expect(dependencies({ ...ACTIVE_PLAN, ...hidden })).toEqual(['—']);
    });
});
