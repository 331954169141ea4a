import { createElement } from 'lwc';
import StrategicAccountScorecard from 'c/strategicAccountScorecard';
import { graphql, refreshGraphQL } from 'lightning/graphql';
import { updateRecord } from 'lightning/uiRecordApi';

const accountPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');
const accountWithoutPlan = require('../../accountPlanQuery/__tests__/data/accountWithoutPlans.json');
const noPlanAccess = require('../../accountPlanQuery/__tests__/data/noPlanAccess.json');
const accountPlansRestrictedFields = require('../../accountPlanQuery/__tests__/data/accountWithHiddenFields.json');
const graphqlErrors = require('../../accountPlanQuery/__tests__/data/graphqlErrors.json');
const updateRecordConflict = require('../../accountPlanQuery/__tests__/data/updateRecordConflict.json');
const updateRecordFieldError = require('../../accountPlanQuery/__tests__/data/updateRecordFieldError.json');

const mockUpdateRecord = updateRecord as jest.Mock;
const mockGraphql = graphql as unknown as {
    emit: (data: unknown, filter?: unknown, refresh?: unknown) => void;
    emitErrors: (errors: unknown) => void;
};

const EMPTY = '—';
const COST_OF_SALE_ID = 'a03Hs00000JM001AAA';
const COST_OF_SALE_MODIFIED = '2026-11-15T08:00:00.000Z';

type Props = Partial<{
    defaultIndicator: string;
    sharedOnlyByDefault: boolean;
    hideOwners: boolean;
}>;

function createScorecard(props: Props = {}): HTMLElement {
    const element = createElement('c-strategic-account-scorecard', {
        is: StrategicAccountScorecard
    });
    Object.assign(element, { recordId: '001xx000003DGb2AAG', ...props });
    document.body.appendChild(element);
    return element;
}

/** Waits for a few microtask turns: a save chains update, then refresh. */
async function flushPromises(turns = 5): Promise<void> {
    await Promise.resolve();
    if (turns > 1) {
        await flushPromises(turns - 1);
    }
}

function shadow(element: Element): ShadowRoot {
    return element.shadowRoot!;
}

function rows(element: HTMLElement): HTMLElement[] {
    return Array.from(shadow(element).querySelectorAll('c-joint-metric-row'));
}

function rowNamed(element: HTMLElement, name: string): HTMLElement {
    const row = rows(element).find(
        (candidate) =>
            shadow(candidate).querySelector('.metric-name')!.textContent ===
            name
    );
    if (!row) {
        throw new Error(`No row named ${name}`);
    }
    return row;
}

function metricNames(element: HTMLElement): string[] {
    return rows(element).map(
        (row) => shadow(row).querySelector('.metric-name')!.textContent!
    );
}

function planNode(response: any): any {
    return response.uiapi.query.Strategic_Account_Plan__c.edges;
}

function withMetrics(count: number, totalCount: number): any {
    const response = JSON.parse(JSON.stringify(accountPlans));
    const plan = planNode(response).find(
        (edge: any) => edge.node.Status__c.value === 'Active'
    ).node;
    const template = plan.Joint_Metrics__r.edges[0].node;
    plan.Joint_Metrics__r = {
        totalCount,
        pageInfo: { hasNextPage: totalCount > count },
        edges: Array.from({ length: count }, (_unused, index) => ({
            node: {
                ...template,
                Id: `a03xx${String(index).padStart(10, '0')}AAA`,
                Name: { value: `Metric ${index + 1}` },
                Category__c: {
                    value: ['Internal', 'Joint', 'Customer'][index % 3],
                    displayValue: ['Internal', 'Joint', 'Customer'][index % 3]
                }
            }
        }))
    };
    return response;
}

async function openEditor(row: HTMLElement): Promise<HTMLInputElement> {
    (
        shadow(row).querySelector(
            'lightning-button-icon.edit-actual'
        ) as HTMLElement
    ).click();
    await flushPromises();
    return shadow(row).querySelector('lightning-input.actual-input')!;
}

async function typeAndSave(row: HTMLElement, value: string): Promise<void> {
    const input = await openEditor(row);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
    (
        shadow(row).querySelector('lightning-button.save-actual') as HTMLElement
    ).click();
    await flushPromises();
}

describe('c-strategic-account-scorecard', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('shows a spinner until the query answers', async () => {
            const element = createScorecard();
            await flushPromises();

            expect(
                shadow(element).querySelector('lightning-spinner')
            ).not.toBeNull();
            expect(rows(element)).toHaveLength(0);
            await expect(element).toBeAccessible();
        });
    });

    describe('graphql @wire data', () => {
        it('shows the current plan with its metrics grouped Internal, Joint, Customer', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            expect(
                shadow(element).querySelector('lightning-spinner')
            ).toBeNull();
            // The Active plan is current, though the draft started later.
            const picker = shadow(element).querySelector(
                'c-plan-picker'
            ) as any;
            expect(picker.selection.plan.name).toBe(
                'Northwind Health 2026 Strategic Plan'
            );
            expect(shadow(element).querySelector('.plan-name')).toBeNull();
            const groups = Array.from(
                shadow(element).querySelectorAll('section.metric-group')
            ) as HTMLElement[];
            expect(groups.map((group) => group.dataset.category)).toEqual([
                'Internal',
                'Joint',
                'Customer'
            ]);
            expect(
                groups.map((group) => group.querySelector('h3')!.textContent)
            ).toEqual([
                'Internal: our results (1)',
                'Joint: shared goals (1)',
                'Customer: their results (2)'
            ]);
            expect(metricNames(element)).toEqual([
                'Annual recurring revenue',
                'Joint planning meetings attended',
                'Customer cost of quality',
                'Referrals given'
            ]);
            expect(shadow(element).querySelector('.more-metrics')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('passes the roll-up counts and plan health to the summary', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            const summary = shadow(element).querySelector(
                'c-scorecard-summary'
            ) as any;
            expect(summary.summary.health).toBe(33.333);
            expect(summary.summary.tiles.map((tile: any) => tile.text)).toEqual(
                ['4', '1', '1', '1', '1']
            );
        });

        it('says so when the account has no plan', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountWithoutPlan);
            await flushPromises();

            expect(shadow(element).querySelector('.no-plan')).not.toBeNull();
            expect(
                shadow(element).querySelector('c-scorecard-summary')
            ).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says so when the plan has no metrics', async () => {
            const response = withMetrics(0, 0);
            const element = createScorecard();
            mockGraphql.emit(response);
            await flushPromises();

            expect(shadow(element).querySelector('.no-metrics')).not.toBeNull();
            expect(
                shadow(element).querySelector('c-metric-filters')
            ).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('explains a response without plans to read as missing access', async () => {
            const element = createScorecard();
            mockGraphql.emit(noPlanAccess);
            await flushPromises();

            expect(
                shadow(element).querySelector('.no-access')!.textContent
            ).toBe(
                "You can't see this account's plans. Ask your Salesforce admin for the Strategic Account Planning permission set."
            );
            await expect(element).toBeAccessible();
        });

        it('notices when several plans are active and shows the latest', async () => {
            const response = JSON.parse(JSON.stringify(accountPlans));
            planNode(response)[0].node.Status__c = {
                value: 'Active',
                displayValue: 'Active'
            };
            const element = createScorecard();
            mockGraphql.emit(response);
            await flushPromises();

            const picker = shadow(element).querySelector('c-plan-picker')!;
            expect(
                shadow(picker).querySelector('.several-active')
            ).not.toBeNull();
            expect((picker as any).selection.plan.name).toBe(
                'Northwind Health 2027 Draft'
            );
            expect(shadow(element).querySelector('.no-metrics')).not.toBeNull();
        });

        it('shows the plan picked in the plan picker', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            shadow(element)
                .querySelector('c-plan-picker')!
                .dispatchEvent(
                    new CustomEvent('planchange', {
                        detail: { planId: planNode(accountPlans)[0].node.Id }
                    })
                );
            await flushPromises();

            expect(rows(element)).toHaveLength(0);
            expect(shadow(element).querySelector('.no-metrics')).not.toBeNull();
        });

        it('names the plan when there is no picker', async () => {
            const response = JSON.parse(JSON.stringify(accountPlans));
            planNode(response).shift();
            const element = createScorecard();
            mockGraphql.emit(response);
            await flushPromises();

            expect(
                shadow(element).querySelector('.plan-name')!.textContent
            ).toBe('Plan: Northwind Health 2026 Strategic Plan');
        });

        it('shows "—" for fields the user cannot read, without failing', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountPlansRestrictedFields);
            await flushPromises();

            expect(rows(element)).toHaveLength(4);
            const groups = Array.from(
                shadow(element).querySelectorAll('section.metric-group')
            ) as HTMLElement[];
            expect(groups.map((group) => group.dataset.category)).toEqual([
                'Uncategorized'
            ]);
            const row = rowNamed(element, 'Annual recurring revenue');
            for (const value of ['baseline', 'actual', 'target']) {
                expect(
                    shadow(row).querySelector(`.${value} .value`)!.textContent
                ).toBe(EMPTY);
            }
            expect(shadow(row).querySelector('.progress')!.textContent).toBe(
                EMPTY
            );
            expect(shadow(row).querySelector('[data-id="status"]')).toBeNull();
            expect(
                shadow(row).querySelector('.supplier-owner')!.textContent
            ).toBe(EMPTY);
            const summary = shadow(element).querySelector(
                'c-scorecard-summary'
            )!;
            expect(shadow(summary).querySelector('.health')!.textContent).toBe(
                EMPTY
            );
            await expect(element).toBeAccessible();
        });

        it('renders hostile text in a metric name as text', async () => {
            const hostile = '<img src=x onerror=alert(1)>';
            const response = JSON.parse(JSON.stringify(accountPlans));
            const plan = planNode(response)[1].node;
            plan.Joint_Metrics__r.edges[0].node.Name = { value: hostile };
            const element = createScorecard();
            mockGraphql.emit(response);
            await flushPromises();

            const row = rowNamed(element, hostile);
            expect(shadow(row).querySelector('img')).toBeNull();
            expect(shadow(element).querySelector('img')).toBeNull();
        });

        it('shows 200 metrics and says how many more the plan has', async () => {
            const element = createScorecard();
            mockGraphql.emit(withMetrics(200, 230));
            await flushPromises();

            expect(rows(element)).toHaveLength(200);
            expect(
                shadow(element)
                    .querySelector('.more-metrics')!
                    .textContent.trim()
            ).toBe(
                "Showing 200 of 230 metrics. Open the plan's Joint Metrics related list to see the rest."
            );
            // The data state's accessibility is checked above with fewer rows:
            // axe over 200 rows takes half a minute in jsdom.
            // Rendering 200 rows in jsdom takes seconds on a shared machine.
        }, 30000);

        it('hides owners when the page is set up to', async () => {
            const element = createScorecard({ hideOwners: true });
            mockGraphql.emit(accountPlans);
            await flushPromises();

            expect(
                shadow(rows(element)[0]).querySelector('.supplier-owner')
            ).toBeNull();
        });
    });

    describe('graphql @wire error', () => {
        it('shows the reduced message in the error panel', async () => {
            const element = createScorecard();
            mockGraphql.emitErrors(graphqlErrors);
            await flushPromises();

            const panel = shadow(element).querySelector('c-error-panel')!;
            expect((panel as any).friendlyMessage).toBe(
                'The joint metrics could not be loaded'
            );
            expect(
                shadow(panel)
                    .querySelector('.error-message')!
                    .textContent.trim()
            ).toBe(
                'Cannot query field "Joint_Metrics__r" on type "Strategic_Account_Plan__c".'
            );
            await expect(element).toBeAccessible();
        });
    });

    describe('filters', () => {
        function filters(element: HTMLElement): HTMLElement {
            return shadow(element).querySelector('c-metric-filters')!;
        }

        it('keeps only leading indicators', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            filters(element).dispatchEvent(
                new CustomEvent('filterchange', {
                    detail: { indicator: 'Leading', sharedOnly: false }
                })
            );
            await flushPromises();

            expect(metricNames(element)).toEqual([
                'Joint planning meetings attended',
                'Referrals given'
            ]);
            expect((filters(element) as any).indicator).toBe('Leading');
        });

        it('keeps only metrics shared with the customer', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            filters(element).dispatchEvent(
                new CustomEvent('filterchange', {
                    detail: { indicator: 'Lagging', sharedOnly: true }
                })
            );
            await flushPromises();

            expect(metricNames(element)).toEqual(['Customer cost of quality']);
        });

        it('starts from the App Builder defaults', async () => {
            const element = createScorecard({
                defaultIndicator: 'Lagging',
                sharedOnlyByDefault: true
            });
            mockGraphql.emit(accountPlans);
            await flushPromises();

            expect(metricNames(element)).toEqual(['Customer cost of quality']);
            expect((filters(element) as any).sharedOnly).toBe(true);
        });

        it('ignores an unknown default and says when nothing matches', async () => {
            const element = createScorecard({ defaultIndicator: 'Sideways' });
            mockGraphql.emit(accountPlans);
            await flushPromises();
            expect(rows(element)).toHaveLength(4);

            const response = JSON.parse(JSON.stringify(accountPlans));
            for (const edge of planNode(response)[1].node.Joint_Metrics__r
                .edges) {
                edge.node.Shared_With_Customer__c = { value: false };
            }
            mockGraphql.emit(response);
            filters(element).dispatchEvent(
                new CustomEvent('filterchange', {
                    detail: { indicator: 'All', sharedOnly: true }
                })
            );
            await flushPromises();

            expect(rows(element)).toHaveLength(0);
            expect(shadow(element).querySelector('.no-matches')).not.toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('inline update of Actual', () => {
        it('sends Id, Actual__c and ifUnmodifiedSince, then refreshes the query', async () => {
            const refresh = jest.fn();
            const element = createScorecard();
            mockGraphql.emit(accountPlans, undefined, refresh);
            await flushPromises();
            const toast = jest.fn();
            element.addEventListener('lightning__showtoast', toast);

            await typeAndSave(
                rowNamed(element, 'Annual recurring revenue'),
                '105000.5'
            );

            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
            expect(mockUpdateRecord).toHaveBeenCalledWith(
                { fields: { Id: COST_OF_SALE_ID, Actual__c: 105000.5 } },
                { ifUnmodifiedSince: COST_OF_SALE_MODIFIED }
            );
            expect(refreshGraphQL).toHaveBeenCalledTimes(1);
            expect((refreshGraphQL as jest.Mock).mock.calls[0][0].data).toEqual(
                accountPlans
            );
            expect(mockUpdateRecord.mock.invocationCallOrder[0]).toBeLessThan(
                (refreshGraphQL as jest.Mock).mock.invocationCallOrder[0]
            );
            expect(toast).toHaveBeenCalledTimes(1);
            expect(toast.mock.calls[0][0].detail.variant).toBe('success');
            const row = rowNamed(element, 'Annual recurring revenue');
            expect(shadow(row).querySelector('lightning-input')).toBeNull();
        });

        it('clears Actual when the input is emptied', async () => {
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            await typeAndSave(
                rowNamed(element, 'Annual recurring revenue'),
                ''
            );

            expect(mockUpdateRecord.mock.calls[0][0]).toEqual({
                fields: { Id: COST_OF_SALE_ID, Actual__c: null }
            });
        });

        it('refuses a concurrent edit, asks to reload and keeps the typed value', async () => {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordConflict);
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            const row = rowNamed(element, 'Annual recurring revenue');
            await typeAndSave(row, '99000');

            const panel = shadow(row).querySelector(
                'c-error-panel.save-error'
            ) as any;
            expect(panel.friendlyMessage).toMatch(
                /^Someone changed this metric .* Reload the page/
            );
            expect(
                shadow(panel)
                    .querySelector('.error-message')!
                    .textContent.trim()
            ).toBe(
                'The requested resource was modified after the If-Unmodified-Since date.'
            );
            const input = shadow(row).querySelector('lightning-input') as any;
            expect(input.value).toBe('99000');
            expect(refreshGraphQL).not.toHaveBeenCalled();
            await expect(element).toBeAccessible();
        });

        it('shows why any other save failed', async () => {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordFieldError);
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            const row = rowNamed(element, 'Annual recurring revenue');
            await typeAndSave(row, '99000');

            const panel = shadow(row).querySelector(
                'c-error-panel.save-error'
            ) as any;
            expect(panel.friendlyMessage).toBe('The actual could not be saved');
            expect(
                shadow(panel)
                    .querySelector('.error-message')!
                    .textContent.trim()
            ).toBe("You don't have permission to edit Actual.");
        });

        it('shows a failed refresh in the error panel', async () => {
            (refreshGraphQL as jest.Mock).mockRejectedValueOnce(
                new Error('Network down')
            );
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();

            await typeAndSave(
                rowNamed(element, 'Annual recurring revenue'),
                '99000'
            );

            const panel = shadow(element).querySelector('c-error-panel')!;
            expect(
                shadow(panel)
                    .querySelector('.error-message')!
                    .textContent.trim()
            ).toBe('Network down');
        });

        it('closes the editor and forgets the error on cancel', async () => {
            mockUpdateRecord.mockRejectedValueOnce(updateRecordConflict);
            const element = createScorecard();
            mockGraphql.emit(accountPlans);
            await flushPromises();
            const row = rowNamed(element, 'Annual recurring revenue');
            await typeAndSave(row, '99000');

            (
                shadow(row).querySelector(
                    'lightning-button.cancel-actual'
                ) as HTMLElement
            ).click();
            await flushPromises();

            expect(shadow(row).querySelector('lightning-input')).toBeNull();
            expect(shadow(row).querySelector('c-error-panel')).toBeNull();
            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        });
    });
});
