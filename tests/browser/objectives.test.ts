/**
 * Objectives and actions in a real browser: completing an overdue action in
 * the preview saves it as Done today, its Overdue badge goes, and the
 * objective's counts (kept by the flow Plan Objective Action Counts, run by
 * the preview's store) move from open to done. Records are chosen from the
 * store by what the data says about them, never by name or Id.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    previewSession,
    previewStats,
    screenshot,
    waitForText
} from './harness';

describe('objectives in Chromium', { timeout: 240_000 }, () => {
    const preview = previewSession();
    const { errors, openAccount, label } = preview;

    it('completing an overdue action marks it done today and moves the objective’s counts', async () => {
        const store = preview.store;
        const activePlans = new Map(
            store
                .list('Strategic_Account_Plan__c')
                .filter((plan) => plan.Status__c === 'Active')
                .map((plan) => [plan.Id, plan])
        );
        const action = store
            .list('Plan_Action__c')
            .find(
                (candidate) =>
                    candidate.Overdue__c === true &&
                    candidate.Objective__c &&
                    activePlans.has(String(candidate.Strategic_Account_Plan__c))
            );
        assert.ok(
            action,
            'the sample data has an overdue action on an active plan'
        );
        const objectiveId = String(action.Objective__c);
        const plan = activePlans.get(String(action.Strategic_Account_Plan__c))!;
        const countsOf = () => {
            const objective = store.get(objectiveId)!;
            return label(
                'SAP_Objectives_Counts',
                Number(objective.Open_Actions__c),
                Number(objective.Done_Actions__c)
            );
        };
        const before = store.get(objectiveId)!;
        const page = await openAccount(String(plan.Account__c));

        const card = page.locator(
            `c-objective-card[data-objective="${objectiveId}"]`
        );
        const counts = card.locator('p.counts');
        await waitForText(counts, (text) => text === countsOf());
        const row = card.locator(`li[data-id="${action.Id}"]`);
        await row.locator('lightning-badge[data-id="overdue"]').waitFor();
        assert.equal(
            (await previewStats(page)).graphqlRequests,
            1,
            'plan, objectives and scorecard share one GraphQL request'
        );
        await screenshot(page, 'objectives');

        await row.locator('lightning-button.complete button').click();
        await waitForText(
            counts,
            (text) =>
                text ===
                label(
                    'SAP_Objectives_Counts',
                    Number(before.Open_Actions__c) - 1,
                    Number(before.Done_Actions__c) + 1
                )
        );
        await row.locator('lightning-badge[data-id="overdue"]').waitFor({
            state: 'detached'
        });
        const saved = store.get(action.Id)!;
        assert.equal(saved.Status__c, 'Done');
        assert.equal(saved.Completed_On__c, store.today);
        assert.equal(
            await row
                .locator('lightning-badge[data-id="status"]')
                .textContent(),
            'Done'
        );
        await screenshot(page, 'objective-action-completed');
        await page.close();
    });

    it('leaves the console free of errors', () => {
        assert.deepEqual(errors, []);
    });
});
