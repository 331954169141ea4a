import ObjectiveCard from 'c/objectiveCard';
import { groupObjectives } from 'c/objectiveModel';
import { mockNavigate } from 'lightning/navigation';
import { ACTIVE_PLAN } from '../../accountPlanQuery/__tests__/data/planViews';
import { find, findAll, flushPromises, mount, resetDom } from 'test-utils';

const [PLANNING, QUALITY, WITHOUT_OBJECTIVE] = groupObjectives(
    ACTIVE_PLAN,
    'All'
);

const render = (group: unknown) =>
    mount('c-objective-card', ObjectiveCard, { group });

describe('c-objective-card', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('shows the objective, its status, due date, owners on both sides and its counts', async () => {
        const element = render(QUALITY);
        await flushPromises();

        expect(find(element, '.objective-name').textContent).toBe(
            'Cut the joint cost of quality by a quarter'
        );
        expect(find(element, '[data-id="status"]').label).toBe('On Track');
        expect(find(element, '.details').textContent).toBe(
            'Due Jun 30, 2027 · Our owner: Alex Morgan · Customer owner: James Okonkwo'
        );
        expect(find(element, '.counts').textContent.trim()).toBe(
            '2 open · 1 done'
        );
        expect(find(element, '[data-id="overdue"]').label).toBe(
            'Overdue actions'
        );
        await expect(element).toBeAccessible();
    });

    it('has no overdue badge when no action is overdue', async () => {
        const element = render(PLANNING);
        await flushPromises();

        expect(find(element, '[data-id="overdue"]')).toBeNull();
    });

    it('opens the record of a metric that measures the objective', async () => {
        const element = render(QUALITY);
        await flushPromises();
        const link = find(element, '.metrics lightning-button');

        expect(link.label).toBe('Customer cost of quality');
        expect(link.title).toBe(
            'Open the joint metric Customer cost of quality'
        );
        link.click();

        expect(mockNavigate).toHaveBeenCalledWith({
            pageReference: {
                type: 'standard__recordPage',
                attributes: {
                    recordId: QUALITY.metrics[0].id,
                    actionName: 'view'
                }
            },
            replace: undefined
        });
    });

    it('badges each metric with its status, and lists none for an objective nothing measures', async () => {
        // A second metric measures it, one whose status the user may not read.
        const { jointMetrics } = ACTIVE_PLAN;
        const [, quality] = groupObjectives(
            {
                ...ACTIVE_PLAN,
                jointMetrics: {
                    ...jointMetrics,
                    records: [
                        ...jointMetrics.records,
                        {
                            id: 'a03xx0000000009AAA',
                            name: 'Referrals',
                            objectiveId: QUALITY.key
                        }
                    ]
                }
            },
            'All'
        );
        const measured = render(quality);
        await flushPromises();

        expect(
            findAll(measured, '.metrics li').map((item) => {
                const badge = item.querySelector('lightning-badge');
                return [
                    item.querySelector('lightning-button').label,
                    badge?.label,
                    badge?.className
                ];
            })
        ).toEqual([
            ['Customer cost of quality', 'Off Track', 'slds-theme_error'],
            ['Referrals', undefined, undefined]
        ]);

        const unmeasured = render({ ...QUALITY, metrics: [] });
        await flushPromises();
        expect(find(unmeasured, '.metrics')).toBeNull();
        expect(unmeasured.shadowRoot.textContent).not.toContain('Measured by');
    });

    it('heads the actions without an objective', async () => {
        const element = render(WITHOUT_OBJECTIVE);
        await flushPromises();

        expect(find(element, '.objective-name').textContent.trim()).toBe(
            'Actions without an objective'
        );
        expect(find(element, '.counts')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
