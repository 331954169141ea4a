import { createElement } from 'lwc';
import ObjectiveCard from 'c/objectiveCard';
import { groupObjectives } from 'c/objectiveModel';
import { mockNavigate } from 'lightning/navigation';
import { ACTIVE_PLAN } from '../../accountPlanQuery/__tests__/data/planViews';

const [PLANNING, QUALITY, WITHOUT_OBJECTIVE] = groupObjectives(
    ACTIVE_PLAN,
    'All'
);

function render(group: unknown): any {
    const element = createElement('c-objective-card', { is: ObjectiveCard });
    Object.assign(element, { group });
    document.body.appendChild(element);
    return element;
}

function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

const $ = (element: any, selector: string) =>
    element.shadowRoot.querySelector(selector);

describe('c-objective-card', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows the objective, its status, due date, owners on both sides and its counts', async () => {
        const element = render(QUALITY);
        await flushPromises();

        expect($(element, '.objective-name').textContent).toBe(
            'Cut the joint cost of quality by a quarter'
        );
        expect($(element, '[data-id="status"]').label).toBe('On Track');
        expect($(element, '.details').textContent).toBe(
            'Due Jun 30, 2027 · Our owner: Alex Morgan · Customer owner: James Okonkwo'
        );
        expect($(element, '.counts').textContent.trim()).toBe(
            '2 open · 1 done'
        );
        expect($(element, '[data-id="overdue"]').label).toBe('Overdue actions');
        await expect(element).toBeAccessible();
    });

    it('has no overdue badge when no action is overdue', async () => {
        const element = render(PLANNING);
        await flushPromises();

        expect($(element, '[data-id="overdue"]')).toBeNull();
    });

    it('opens the record of a metric that measures the objective', async () => {
        const element = render(QUALITY);
        await flushPromises();
        const link = $(element, '.metrics lightning-button');

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

    it('heads the actions without an objective', async () => {
        const element = render(WITHOUT_OBJECTIVE);
        await flushPromises();

        expect($(element, '.objective-name').textContent.trim()).toBe(
            'Actions without an objective'
        );
        expect($(element, '.counts')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
