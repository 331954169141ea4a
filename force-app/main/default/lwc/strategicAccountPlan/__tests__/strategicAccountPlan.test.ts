import { createElement } from '@lwc/engine-dom';
import StrategicAccountPlan from 'c/strategicAccountPlan';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ACCOUNT_PLANS_QUERY, accountPlanVariables } from 'c/accountPlanQuery';
import { toIsoDate } from 'c/sponsorCadenceModel';

const { mockNavigate } = require('lightning/navigation');
const withPlans = require('../../accountPlanQuery/__tests__/data/accountWithPlans.json');
const withoutPlans = require('../../accountPlanQuery/__tests__/data/accountWithoutPlans.json');
const severalActive = require('../../accountPlanQuery/__tests__/data/accountWithSeveralActivePlans.json');
const hiddenFields = require('../../accountPlanQuery/__tests__/data/accountWithHiddenFields.json');
const hostileText = require('../../accountPlanQuery/__tests__/data/accountWithHostileText.json');
const noPlanAccess = require('../../accountPlanQuery/__tests__/data/noPlanAccess.json');

const ACCOUNT_ID = '001Hs00000NwHlthAAA';
const ACTIVE_PLAN_ID = 'a00Hs00000SAP01AAA';
const OVERDUE_CADENCE_ID = 'a02Hs00000ESC01AAA';

const adapter = graphql as any;
const mockUpdateRecord = updateRecord as jest.Mock;
const mockCreateRecord = createRecord as jest.Mock;

/** Lets wire emissions, promise chains and re-renders settle. */
function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createComponent(props: Record<string, unknown> = {}): any {
    const element: any = createElement('c-strategic-account-plan', {
        is: StrategicAccountPlan
    });
    Object.assign(element, { recordId: ACCOUNT_ID, ...props });
    document.body.appendChild(element);
    return element;
}

async function renderWith(data: unknown, props = {}, refresh?: jest.Mock) {
    const element = createComponent(props);
    adapter.emit(data, undefined, refresh);
    await flushPromises();
    return element;
}

function $(element: any, selector: string): any {
    return element.shadowRoot.querySelector(selector);
}

/** Finds an element inside a child component's shadow tree. */
function inChild(element: any, child: string, selector: string): any {
    return $(element, child)?.shadowRoot.querySelector(selector);
}

function allInChild(element: any, child: string, selector: string): any[] {
    return [...$(element, child).shadowRoot.querySelectorAll(selector)];
}

function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value));
}

function planNode(data: any, index: number): any {
    return data.uiapi.query.Strategic_Account_Plan__c.edges[index].node;
}

describe('c-strategic-account-plan', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    describe('graphql @wire', () => {
        it('wires the shared query with the shared variables for the record', async () => {
            createComponent();
            await flushPromises();
            expect(adapter.getLastConfig()).toEqual({
                query: ACCOUNT_PLANS_QUERY,
                variables: accountPlanVariables(ACCOUNT_ID)
            });
        });

        it('shows a spinner until the query answers', async () => {
            const element = createComponent();
            await flushPromises();
            expect($(element, 'lightning-spinner').alternativeText).toBe(
                'Loading the account plan'
            );
            await expect(element).toBeAccessible();
        });

        it('shows the error panel with the reduced message on a wire error', async () => {
            const element = createComponent();
            adapter.emitErrors([{ message: 'Cannot query field "Vision__c"' }]);
            await flushPromises();
            expect($(element, 'lightning-spinner')).toBeNull();
            expect(
                allInChild(element, 'c-error-panel', '.error-message').map(
                    (item) => item.textContent
                )
            ).toEqual(['Cannot query field "Vision__c"']);
            await expect(element).toBeAccessible();
        });

        it('says the user has no access when no plan connection comes back', async () => {
            const element = await renderWith(noPlanAccess);
            expect($(element, '.no-access').textContent).toContain(
                "You can't see this account's plans"
            );
            await expect(element).toBeAccessible();
        });
    });

    describe('with a current plan', () => {
        it('shows the header of the Active plan, not the newer draft', async () => {
            const element = await renderWith(withPlans);
            const link = inChild(element, 'c-plan-header', '.plan-link');
            expect(link.textContent).toBe(
                'Northwind Health 2026 Strategic Plan'
            );
            expect(link.getAttribute('href')).toBe(
                `/lightning/r/record/${ACTIVE_PLAN_ID}/view`
            );
            expect(inChild(element, 'c-plan-header', '.status').label).toBe(
                'Active'
            );
            expect(
                inChild(element, 'c-plan-header', '[data-id="classification"]')
                    .label
            ).toBe('Strategic');
            expect(
                inChild(element, 'c-plan-header', '[data-id="review"]').label
            ).toBe('Review overdue since 10/15/2026');
            expect(
                inChild(element, 'c-plan-header', '.period').textContent
            ).toBe('1/1/2026 – 12/31/2026');
            // One plan is active: no notice; two plans: a picker.
            expect(inChild(element, 'c-plan-picker', '.several-active')).toBe(
                null
            );
            expect(
                inChild(element, 'c-plan-picker', 'lightning-combobox')
            ).not.toBeNull();
        });

        it('opens the plan record through navigation', async () => {
            const element = await renderWith(withPlans);
            inChild(element, 'c-plan-header', '.plan-link').click();
            expect(mockNavigate).toHaveBeenCalledWith({
                pageReference: {
                    type: 'standard__recordPage',
                    attributes: { recordId: ACTIVE_PLAN_ID, actionName: 'view' }
                },
                replace: undefined
            });
        });

        it('collapses long text behind Show more', async () => {
            const element = await renderWith(withPlans);
            const charter = () =>
                inChild(
                    element,
                    'c-plan-overview',
                    '.overview-text[data-key="charterStatement"]'
                );
            const toggle = inChild(
                element,
                'c-plan-overview',
                'button[data-key="charterStatement"]'
            );
            expect(charter().textContent.endsWith('…')).toBe(true);
            expect(toggle.textContent.trim()).toBe('Show more');
            expect(toggle.getAttribute('aria-expanded')).toBe('false');
            toggle.click();
            await flushPromises();
            expect(charter().textContent).toBe(
                planNode(withPlans, 1).Charter_Statement__c.value
            );
            expect(toggle.getAttribute('aria-expanded')).toBe('true');
            expect(toggle.textContent.trim()).toBe('Show less');
            // Short texts have no toggle.
            expect(
                inChild(element, 'c-plan-overview', 'button[data-key="vision"]')
            ).toBeNull();
        });

        it('places the account on the strategic-fit quadrant from the formula values', async () => {
            const element = await renderWith(withPlans);
            const svg = inChild(element, 'c-strategic-fit-quadrant', 'svg');
            expect(svg.getAttribute('aria-label')).toBe(
                'Importance to us 4.5 of 5, importance to the customer 4 of 5: Strategic.'
            );
            const marker = inChild(
                element,
                'c-strategic-fit-quadrant',
                '.position'
            );
            // 4.5 of 1..5 is 7/8 of the 160-unit plot from its left edge (24);
            // 4 is 3/4 of it up from its bottom edge (22 + 160).
            expect(marker.getAttribute('cx')).toBe('164');
            expect(marker.getAttribute('cy')).toBe('62');
            expect(
                allInChild(
                    element,
                    'c-strategic-fit-quadrant',
                    '.dependency'
                ).map((item) => item.textContent.trim())
            ).toEqual(['Contractual', 'Technological']);
            expect(
                inChild(
                    element,
                    'c-strategic-fit-quadrant',
                    '.switching-cost'
                ).textContent.trim()
            ).toBe('High');
        });

        it('keeps the quadrant names outside the plot, where no dot can cover them', async () => {
            const element = await renderWith(withPlans);
            const plot = inChild(element, 'c-strategic-fit-quadrant', '.plot');
            const top = Number(plot.getAttribute('y'));
            const bottom = top + Number(plot.getAttribute('height'));
            const names = allInChild(
                element,
                'c-strategic-fit-quadrant',
                'text.corner'
            );
            expect(names.map((name) => name.textContent.trim())).toEqual([
                'Strategic',
                'Major',
                'Emerging',
                'Transactional'
            ]);
            // A dot on the plot's edge (score 1 or 5) reaches one radius
            // beyond it; a name is a line of 9 units above its baseline.
            const radius = Number(
                inChild(
                    element,
                    'c-strategic-fit-quadrant',
                    '.position'
                ).getAttribute('r')
            );
            for (const name of names) {
                const baseline = Number(name.getAttribute('y'));
                expect(
                    baseline < top - radius || baseline - 9 > bottom + radius
                ).toBe(true);
            }
        });

        it("draws the Buy-Sell ladder with the gap in words and each respondent's movement", async () => {
            const element = await renderWith(withPlans);
            expect(
                inChild(element, 'c-buy-sell-ladder', '.gap').textContent.trim()
            ).toBe("Our team rates us 1.5 levels above the customer's view.");
            expect(
                inChild(element, 'c-buy-sell-ladder', 'svg').getAttribute(
                    'aria-label'
                )
            ).toBe(
                'Customer view 2.5, our view 4, 1-year target 4, 5-year target 5.'
            );
            const rows = allInChild(
                element,
                'c-buy-sell-ladder',
                '.respondent-row'
            ).map((row) =>
                [...row.children].map((part: any) => part.textContent.trim())
            );
            expect(rows).toEqual([
                ['Dana Whitfield', 'Level 3 · Up 1 since 3/10/2026'],
                ['Ravi Patel', 'Level 2 · Down 1 since 4/1/2026']
            ]);
            expect(
                allInChild(element, 'c-buy-sell-ladder', 'circle.respondent')
            ).toHaveLength(2);
            expect(
                inChild(element, 'c-buy-sell-ladder', 'circle.customer')
            ).not.toBeNull();
        });

        it('lists sponsor pairs overdue first with their status badges', async () => {
            const element = await renderWith(withPlans);
            const pairs = allInChild(element, 'c-sponsor-pair-list', '.pair');
            expect(pairs.map((pair) => pair.dataset.id)).toEqual([
                OVERDUE_CADENCE_ID,
                'a02Hs00000ESC02AAA',
                'a02Hs00000ESC03AAA'
            ]);
            expect(
                pairs.map(
                    (pair) => pair.querySelector('[data-id="status"]').label
                )
            ).toEqual(['Overdue', 'Due Soon', 'Paused']);
            // Every pair has the same shape, whatever its names' length:
            // the badge on its own line under the names.
            for (const pair of pairs) {
                expect(
                    pair.querySelector(
                        '.pair-names + .pair-status > [data-id="status"]'
                    )
                ).not.toBeNull();
            }
            expect(pairs[0].querySelector('.overdue').textContent).toBe(
                '82 days overdue'
            );
            expect(pairs[0].querySelector('.log-touch').title).toBe(
                'Log a touch between Alex Chen and Dana Whitfield'
            );
        });

        it('is accessible', async () => {
            const element = await renderWith(withPlans);
            await expect(element).toBeAccessible();
        });

        it('stacks sections in a narrow region and hides the ones App Builder switched off', async () => {
            const element = await renderWith(withPlans, {
                flexipageRegionWidth: 'SMALL',
                hideStrategicFit: true,
                hideSponsors: true
            });
            const sections = [
                ...element.shadowRoot.querySelectorAll('section')
            ];
            expect(sections.map((section) => section.dataset.id)).toEqual([
                'overview',
                'buy-sell'
            ]);
            expect(sections[0].className).not.toContain('slds-medium-size');
        });
    });

    describe('without a plan', () => {
        it('explains and opens the new-plan form with the Account prefilled', async () => {
            const element = await renderWith(withoutPlans);
            expect($(element, '.no-plan h3').textContent.trim()).toBe(
                'This account has no strategic account plan yet'
            );
            $(element, 'lightning-button.create-plan').click();
            const { pageReference } = mockNavigate.mock.lastCall[0];
            expect(pageReference).toMatchObject({
                type: 'standard__objectPage',
                attributes: {
                    objectApiName: 'Strategic_Account_Plan__c',
                    actionName: 'new'
                }
            });
            expect(pageReference.state.defaultFieldValues).toBe(
                `Account__c=${ACCOUNT_ID}`
            );
            await expect(element).toBeAccessible();
        });
    });

    describe('with several active plans', () => {
        it('says so, shows the latest-started one and reaches the others', async () => {
            const element = await renderWith(severalActive);
            expect(
                inChild(element, 'c-plan-picker', '.several-active').textContent
            ).toContain('2 plans are active.');
            const planName = () =>
                inChild(element, 'c-plan-header', '.plan-link').textContent;
            expect(planName()).toBe('Northwind Health 2026 Strategic Plan');

            inChild(
                element,
                'c-plan-picker',
                'lightning-combobox'
            ).dispatchEvent(
                new CustomEvent('change', {
                    detail: { value: 'a00Hs00000SAP02AAA' }
                })
            );
            await flushPromises();
            expect(planName()).toBe('Northwind Health 2027 Draft');
            expect(
                inChild(element, 'c-sponsor-pair-list', '.no-sponsors')
            ).not.toBeNull();
            expect(
                inChild(element, 'c-buy-sell-ladder', '.no-assessments')
            ).not.toBeNull();
            expect(
                inChild(
                    element,
                    'c-strategic-fit-quadrant',
                    'figcaption'
                ).textContent.trim()
            ).toContain('Strategic fit is not scored yet');
            await expect(element).toBeAccessible();
        });
    });

    describe('with fields hidden by field-level security', () => {
        it('shows a dash for every value the UI API left out', async () => {
            const element = await renderWith(hiddenFields);
            expect(
                inChild(
                    element,
                    'c-plan-overview',
                    '.overview-text[data-key="vision"]'
                ).textContent.trim()
            ).toBe('—');
            expect(
                inChild(element, 'c-plan-header', '.period').textContent
            ).toBe('— – —');
            expect(
                inChild(element, 'c-plan-header', '[data-id="review"]')
                    .textContent
            ).toBe('Next review —');
            expect(
                inChild(
                    element,
                    'c-plan-header',
                    '.executive-sponsor'
                ).textContent.trim()
            ).toBe('—');
            expect(
                inChild(element, 'c-strategic-fit-quadrant', '.position')
            ).toBeNull();
            expect(
                inChild(element, 'c-buy-sell-ladder', '.gap').textContent.trim()
            ).toBe(
                'The gap needs a current assessment from the customer and from our team.'
            );
            const firstPair = allInChild(
                element,
                'c-sponsor-pair-list',
                '.pair'
            )[0];
            expect(firstPair.querySelector('.executive').textContent).toBe('—');
            expect(
                firstPair.querySelector('.last-touch').textContent.trim()
            ).toBe('—');
            await expect(element).toBeAccessible();
        });
    });

    describe('with hostile text', () => {
        it('renders markup in text fields as text', async () => {
            const element = await renderWith(hostileText);
            const vision = inChild(
                element,
                'c-plan-overview',
                '.overview-text[data-key="vision"]'
            );
            expect(vision.textContent.trim()).toBe(
                '<img src=x onerror=alert(1)>'
            );
            expect(vision.querySelector('img')).toBeNull();
            expect(
                inChild(element, 'c-plan-header', '.plan-link').textContent
            ).toBe("<script>alert('name')</script>");
            expect(
                $(element, 'c-plan-header').shadowRoot.querySelector('script')
            ).toBeNull();
        });
    });

    describe('with a large plan', () => {
        it('renders 200 metrics and says which lists were cut', async () => {
            const data = clone(withPlans);
            const plan = planNode(data, 1);
            const metric = plan.Joint_Metrics__r.edges[0];
            plan.Joint_Metrics__r = {
                totalCount: 245,
                pageInfo: { hasNextPage: true },
                edges: Array.from({ length: 200 }, (_, index) => ({
                    node: { ...metric.node, Id: `a03Hs0000LARGE${index}` }
                }))
            };
            plan.Buy_Sell_Levels__r.totalCount = 130;
            plan.Buy_Sell_Levels__r.pageInfo.hasNextPage = true;
            plan.Executive_Sponsor_Cadences__r.totalCount = 60;
            plan.Executive_Sponsor_Cadences__r.pageInfo.hasNextPage = true;
            const element = await renderWith(data);
            expect(
                inChild(element, 'c-buy-sell-ladder', '.more-assessments')
                    .textContent
            ).toBe('Based on the latest 7 of 130 assessments.');
            expect(
                inChild(
                    element,
                    'c-sponsor-pair-list',
                    '.more-sponsors'
                ).textContent.trim()
            ).toBe('Showing 3 of 60 sponsor pairs.');
            expect(
                inChild(element, 'c-plan-header', '.plan-link').textContent
            ).toBe('Northwind Health 2026 Strategic Plan');
        });
    });

    describe('log touch', () => {
        async function logTouchOnOverduePair(refresh?: jest.Mock) {
            const element = await renderWith(withPlans, {}, refresh);
            const toasts: any[] = [];
            element.addEventListener('lightning__showtoast', (event: any) =>
                toasts.push(event.detail)
            );
            const button = allInChild(
                element,
                'c-sponsor-pair-list',
                '.pair'
            )[0].querySelector('.log-touch');
            button.click();
            await flushPromises();
            await flushPromises();
            return { element, toasts };
        }

        it('sets Last Touch Date guarded by the last-modified date, creates a Task, toasts and refreshes', async () => {
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockResolvedValue({ id: '00THs000001' });
            const refresh = jest.fn().mockResolvedValue(undefined);
            const today = toIsoDate(new Date());
            const { element, toasts } = await logTouchOnOverduePair(refresh);

            expect(mockUpdateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: OVERDUE_CADENCE_ID,
                        Last_Touch_Date__c: today
                    }
                },
                { ifUnmodifiedSince: '2026-06-01T12:30:00.000Z' }
            );
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Task',
                fields: {
                    Subject: 'Executive sponsor touch',
                    WhatId: OVERDUE_CADENCE_ID,
                    WhoId: '003Hs00000DanaWAA1',
                    ActivityDate: today,
                    Status: 'Completed'
                }
            });
            expect(toasts).toEqual([
                {
                    title: 'Touch logged',
                    message:
                        'Touch between Alex Chen and Dana Whitfield logged for today.',
                    variant: 'success'
                }
            ]);
            expect(refresh).toHaveBeenCalledTimes(1);
            expect($(element, 'c-error-panel')).toBeNull();
        });

        it('refuses a concurrent edit without creating the Task and tells the user to reload', async () => {
            mockUpdateRecord.mockRejectedValue({
                status: 412,
                body: { message: 'The record was modified.' }
            });
            const { element, toasts } = await logTouchOnOverduePair();

            expect(mockCreateRecord).not.toHaveBeenCalled();
            expect(toasts).toEqual([
                {
                    title: 'The touch was not logged',
                    message:
                        'Someone changed this sponsor pair after you opened the page. Reload the page and try again.',
                    variant: 'error'
                }
            ]);
            expect(
                inChild(
                    element,
                    'c-error-panel',
                    '.friendly-message'
                ).textContent.trim()
            ).toContain('Reload the page');
            await expect(element).toBeAccessible();
        });

        it('shows the reduced error when the Task cannot be created', async () => {
            mockUpdateRecord.mockResolvedValue({});
            mockCreateRecord.mockRejectedValue({
                status: 400,
                body: {
                    output: {
                        errors: [],
                        fieldErrors: {
                            WhoId: [{ message: 'Contact is not accessible' }]
                        }
                    }
                }
            });
            const refresh = jest.fn();
            const { element, toasts } = await logTouchOnOverduePair(refresh);

            expect(toasts).toEqual([
                {
                    title: 'The touch was not logged',
                    message: 'Contact is not accessible',
                    variant: 'error'
                }
            ]);
            expect(
                allInChild(element, 'c-error-panel', '.error-message').map(
                    (item) => item.textContent
                )
            ).toEqual(['Contact is not accessible']);
            expect(refresh).not.toHaveBeenCalled();
            // The button is usable again.
            expect(
                allInChild(element, 'c-sponsor-pair-list', '.log-touch')[0]
                    .disabled
            ).toBeFalsy();
        });
    });
});
