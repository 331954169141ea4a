/**
 * Objectives and actions in a real browser: completing an overdue action in
 * the preview saves it as Done today, its Overdue badge goes, and the
 * objective's counts (kept by the flow Plan Objective Action Counts, run by
 * the preview's store) move from open to done. Records are chosen from the
 * store by what the data says about them, never by name or Id.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startPreview, type RunningPreview } from '../../scripts/preview/serve';
import {
    collectErrors,
    launchChromium,
    previewStats,
    screenshot,
    waitForText,
    type Browser
} from './harness';

describe('objectives in Chromium', { timeout: 240_000 }, () => {
    let preview: RunningPreview;
    let browser: Browser;
    const errors: string[] = [];

    before(async () => {
        browser = await launchChromium();
        preview = await startPreview({ port: 0, quiet: true });
    });
    after(async () => {
        await browser?.close();
        await preview?.close();
        assert.deepEqual(errors, [], 'no console error or uncaught exception');
    });

    const label = (name: string, ...values: (string | number)[]) =>
        values.reduce<string>(
            (text, value, index) => text.replace(`{${index}}`, String(value)),
            preview.project.getLabel(name)!.value
        );

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
        const page = await browser.context.newPage();
        errors.push(...collectErrors(page));
        await page.goto(
            `${preview.url}/?recordId=${encodeURIComponent(String(plan.Account__c))}`
        );

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
});
