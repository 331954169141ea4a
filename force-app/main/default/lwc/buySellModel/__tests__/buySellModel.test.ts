import {
    clampLevel,
    describeGap,
    latestTarget,
    respondentPlacements
} from 'c/buySellModel';
import { toAccountPlans } from 'c/accountPlanQuery';
import type { BuySellLevelView } from 'c/accountPlanQuery';

const withPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');

function assessment(
    id: string,
    fields: Partial<BuySellLevelView>
): BuySellLevelView {
    return {
        id,
        perspective: 'Customer',
        horizon: 'Current',
        ...fields
    };
}

describe('c-buy-sell-model', () => {
    const levels = toAccountPlans(withPlans)!.records[1].buySellLevels.records;

    it('places each customer respondent at their latest level with the movement since their previous one', () => {
        expect(respondentPlacements(levels)).toEqual([
            {
                key: '003Hs00000DanaWAA1',
                name: 'Dana Whitfield',
                level: 3,
                assessedOnLabel: '9/15/2026',
                movement: {
                    direction: 'up',
                    levels: 1,
                    previousLevel: 2,
                    sinceLabel: '3/10/2026'
                }
            },
            {
                key: '003Hs00000RaviPAA1',
                name: 'Ravi Patel',
                level: 2,
                assessedOnLabel: '9/10/2026',
                movement: {
                    direction: 'down',
                    levels: 1,
                    previousLevel: 3,
                    sinceLabel: '4/1/2026'
                }
            }
        ]);
    });

    it('places each respondent at the assessment the flow marked latest, whatever the order read', () => {
        const dana = respondentPlacements([...levels].reverse()).find(
            (placement) => placement.name === 'Dana Whitfield'
        );
        expect(dana?.assessedOnLabel).toBe('9/15/2026');
    });

    it('reports a first assessment and an unchanged one', () => {
        const placements = respondentPlacements([
            assessment('1', {
                customerRespondentId: 'c1',
                level: 4,
                isLatest: true
            }),
            assessment('2', {
                customerRespondentId: 'c2',
                level: 2,
                isLatest: true,
                previousLevel: 2,
                movement: 0
            }),
            assessment('3', {
                customerRespondentId: 'c2',
                level: 2,
                assessedOnLabel: '1/1/2026'
            })
        ]);
        expect(placements.map((p) => p.movement)).toEqual([
            { direction: 'first', levels: 0 },
            {
                direction: 'same',
                levels: 0,
                previousLevel: 2,
                sinceLabel: '1/1/2026'
            }
        ]);
    });

    it('keeps assessments whose respondent is hidden apart instead of merging them', () => {
        const placements = respondentPlacements([
            assessment('1', { level: 4 }),
            assessment('2', { level: 2 }),
            assessment('3', { level: undefined })
        ]);
        expect(placements.map((p) => p.key)).toEqual(['1', '2']);
    });

    it('ignores supplier and future-horizon assessments', () => {
        expect(
            respondentPlacements([
                assessment('1', { perspective: 'Supplier', level: 5 }),
                assessment('2', { horizon: '1 Year', level: 5 })
            ])
        ).toEqual([]);
    });

    it('finds the latest 1- and 5-year targets', () => {
        expect(latestTarget(levels, '1 Year')).toBe(4);
        expect(latestTarget(levels, '5 Years')).toBe(5);
        expect(latestTarget([], '1 Year')).toBeUndefined();
        expect(
            latestTarget(
                [
                    assessment('new', { horizon: '1 Year', level: 3 }),
                    assessment('old', { horizon: '1 Year', level: 2 })
                ],
                '1 Year'
            )
        ).toBe(3);
    });

    it('describes the perception gap in both directions', () => {
        const withoutLabel = (gap: number | undefined) => {
            const { label, ...described } = describeGap(gap);
            expect(label).toBeTruthy();
            return described;
        };
        expect(withoutLabel(1.5)).toEqual({ direction: 'above', levels: 1.5 });
        expect(withoutLabel(-0.25)).toEqual({
            direction: 'below',
            levels: 0.3
        });
        expect(withoutLabel(0)).toEqual({ direction: 'none', levels: 0 });
        expect(withoutLabel(0.01)).toEqual({ direction: 'none', levels: 0 });
        expect(withoutLabel(undefined)).toEqual({
            direction: 'unknown',
            levels: 0
        });
    });

    it('says "1 level", not "1 levels", for a gap of exactly one level', () => {
        expect(describeGap(1).label).toMatch(/ 1 level above /);
        expect(describeGap(-1).label).toMatch(/ 1 level below /);
        expect(describeGap(1.5).label).toMatch(/ \{0\} levels above /);
        expect(describeGap(-2).label).toMatch(/ \{0\} levels below /);
    });

    it('clamps levels into the ladder', () => {
        expect(clampLevel(0)).toBe(1);
        expect(clampLevel(2.5)).toBe(2.5);
        expect(clampLevel(7)).toBe(5);
    });
});
