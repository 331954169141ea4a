import { groupObjectives, matchesFilter, toActionRow } from 'c/objectiveModel';
import {
    ACTIVE_PLAN,
    DRAFT_PLAN
} from '../../accountPlanQuery/__tests__/data/planViews';

const names = (rows: { name?: string }[]) => rows.map((row) => row.name);

describe('c/objectiveModel', () => {
    describe('groupObjectives', () => {
        it('shows objectives earliest due first, each with its actions earliest due first, then the actions without one', () => {
            const groups = groupObjectives(ACTIVE_PLAN, 'All');

            expect(groups.map((group) => group.objective?.name)).toEqual([
                "Earn a seat in the customer's annual planning",
                'Cut the joint cost of quality by a quarter',
                undefined
            ]);
            expect(names(groups[1].actions)).toEqual([
                'Map the inbound flows',
                'Share six months of quality data',
                'Propose the joint inspection plan'
            ]);
            expect(names(groups[2].actions)).toEqual([
                'Send the QBR minutes to both teams'
            ]);
        });

        it('puts undated objectives last, and orders those due the same day (or undated) by name', () => {
            const page = <T>(records: T[]) => ({
                records,
                totalCount: records.length,
                hasMore: false
            });
            const plan = {
                ...DRAFT_PLAN,
                objectives: page([
                    { id: 'o1', name: 'Zeta', dueDate: '2027-03-01' },
                    // Names the user may not read sort as blank, as read.
                    { id: 'o2', dueDate: '2027-03-01' },
                    { id: 'o3', name: 'Undated B' },
                    { id: 'o4', name: 'Later', dueDate: '2027-06-30' },
                    { id: 'o5', name: 'Alpha', dueDate: '2027-03-01' },
                    { id: 'o6', name: 'Undated A' },
                    { id: 'o7', dueDate: '2027-03-01' }
                ])
            };

            expect(
                groupObjectives(plan, 'All').map((group) => group.key)
            ).toEqual(['o2', 'o7', 'o5', 'o1', 'o4', 'o6', 'o3']);
        });

        it('labels counts, due date and the owners that are set, and themes the status', () => {
            const [planning, quality] = groupObjectives(ACTIVE_PLAN, 'All');

            expect(quality.countsLabel).toBe('2 open · 1 done');
            expect(quality.dueLabel).toBe('Due Jun 30, 2027');
            expect(quality.owners).toEqual([
                'Our owner: Alex Morgan',
                'Customer owner: James Okonkwo'
            ]);
            expect(quality.statusTheme).toBe('slds-theme_success');
            expect(planning.owners).toEqual(['Our owner: Priya Natarajan']);
            expect(planning.statusTheme).toBe('slds-theme_warning');
        });

        it('links the metrics that measure each objective, with their status', () => {
            const [planning, quality] = groupObjectives(ACTIVE_PLAN, 'All');

            expect(names(quality.metrics)).toEqual([
                'Customer cost of quality'
            ]);
            expect(quality.metrics[0].statusLabel).toBeDefined();
            expect(names(planning.metrics)).toEqual([
                'Joint planning meetings attended'
            ]);
        });

        it('keeps what the customer owes (theirs and joint) and drops objectives left without actions', () => {
            const groups = groupObjectives(ACTIVE_PLAN, 'Customers');

            expect(groups.map((group) => group.objective?.name)).toEqual([
                'Cut the joint cost of quality by a quarter'
            ]);
            expect(names(groups[0].actions)).toEqual([
                'Map the inbound flows',
                'Share six months of quality data'
            ]);
        });

        it('keeps what we owe (ours and joint)', () => {
            const actions = groupObjectives(ACTIVE_PLAN, 'Ours').flatMap(
                (group) => names(group.actions)
            );

            expect(actions).toEqual([
                'Brief our CEO before the sponsor meeting',
                'Map the inbound flows',
                'Propose the joint inspection plan',
                'Send the QBR minutes to both teams'
            ]);
        });

        it('has no counts before the flow first counted, and shows a hidden count as the empty value', () => {
            const [objective] = ACTIVE_PLAN.objectives.records;
            const plan = (counts: object) => ({
                ...ACTIVE_PLAN,
                objectives: {
                    records: [{ ...objective, ...counts }],
                    totalCount: 1,
                    hasMore: false
                }
            });
            const uncounted = plan({
                openActions: undefined,
                doneActions: undefined
            });
            const hiddenDone = plan({ doneActions: undefined });

            expect(
                groupObjectives(uncounted, 'All')[0].countsLabel
            ).toBeUndefined();
            expect(groupObjectives(hiddenDone, 'All')[0].countsLabel).toBe(
                '2 open · — done'
            );
        });

        it('shows no group for a plan without objectives or actions', () => {
            expect(groupObjectives(DRAFT_PLAN, 'All')).toEqual([]);
        });

        it('puts an action whose objective was not read with the ones without an objective', () => {
            const plan = {
                ...ACTIVE_PLAN,
                objectives: { records: [], totalCount: 0, hasMore: false }
            };
            const groups = groupObjectives(plan, 'All');

            expect(groups).toHaveLength(1);
            expect(groups[0].objective).toBeUndefined();
            expect(groups[0].actions).toHaveLength(5);
        });
    });

    describe('toActionRow', () => {
        it('offers Complete and a new date only while the action is open', () => {
            const [open, , done] = ACTIVE_PLAN.actions.records.map(toActionRow);

            expect(open.open).toBe(true);
            expect(done.open).toBe(false);
            expect(done.statusTheme).toBe('slds-theme_success');
        });

        it('themes a blocked action as an error, and an unknown or hidden status not at all', () => {
            const blocked = toActionRow({ id: 'a', status: 'Blocked' });
            const unknown = toActionRow({ id: 'b', status: 'Waiting' });
            const hidden = toActionRow({ id: 'c' });

            expect(blocked.statusTheme).toBe('slds-theme_error');
            expect(unknown.statusTheme).toBe('');
            expect(unknown.open).toBe(true);
            expect(hidden.statusTheme).toBe('');
            expect(hidden.open).toBe(true);
        });
    });

    describe('filters', () => {
        it('shows a joint action to both sides and one without a side only under All', () => {
            expect(matchesFilter({ id: 'a', ownerSide: 'Joint' }, 'Ours')).toBe(
                true
            );
            expect(
                matchesFilter({ id: 'a', ownerSide: 'Joint' }, 'Customers')
            ).toBe(true);
            expect(matchesFilter({ id: 'a' }, 'Customers')).toBe(false);
            expect(matchesFilter({ id: 'a' }, 'All')).toBe(true);
        });
    });
});
