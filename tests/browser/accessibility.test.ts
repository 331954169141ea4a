/**
 * The Account page against axe-core's WCAG 2.0 and 2.1 A and AA rules in
 * Chromium, with the real base components and SLDS (the Jest tests' sa11y
 * checks see the base components' stubs): every sample account with one
 * Active plan as it loads, then one page with every inline form open (log
 * touch, the metric Actual editor, add action, change due date, record review,
 * raise risk).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/project';
import { previewSession } from './harness';

const AXE_SCRIPT = path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * Every node axe finds in violation, as `rule (impact): target — help`. The
 * script is passed as text: a function would be compiled with helpers the page
 * lacks.
 */
async function violations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: AXE_SCRIPT });
    return page.evaluate(`(async () => {
        const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
        });
        return result.violations.flatMap((rule) =>
            rule.nodes.map((node) =>
                rule.id + ' (' + rule.impact + '): ' + JSON.stringify(node.target) + ' — ' + rule.help
            )
        );
    })()`);
}

/** Waits until the three components show the plan. */
async function planShown(page: Page): Promise<void> {
    await page.locator('c-plan-header').waitFor();
    await page
        .locator('c-strategic-account-scorecard c-scorecard-summary')
        .waitFor();
    await page
        .locator('c-strategic-account-objectives c-objective-card')
        .first()
        .waitFor();
}

describe('accessibility in Chromium (axe-core)', { timeout: 240_000 }, () => {
    const preview = previewSession();

    it('finds no WCAG A or AA violation on the Account page of any sample plan', async () => {
        const accounts = preview.accountsWithOneActivePlan();
        assert.ok(accounts.length > 0);
        for (const { account } of accounts) {
            const page = await preview.openAccount(String(account.Id));
            await planShown(page);
            assert.deepEqual(await violations(page), [], String(account.Name));
            await page.close();
        }
    });

    it('finds none with every inline form open', async () => {
        const [{ account }] = preview.accountsWithOneActivePlan();
        const page = await preview.openAccount(String(account.Id));
        await planShown(page);
        for (const opener of [
            'c-sponsor-pair-list lightning-button.log-touch button',
            'c-joint-metric-row lightning-button-icon.edit-actual button',
            'c-strategic-account-objectives lightning-button.add-action button',
            'c-plan-action-row lightning-button.redate button',
            'c-plan-reviews lightning-button.record-review button',
            'c-plan-risks lightning-button.raise-risk button'
        ]) {
            await page.locator(opener).first().click();
        }
        await page
            .locator('c-sponsor-pair-list lightning-input')
            .first()
            .waitFor();
        await page.locator('c-joint-metric-row .actual-input').waitFor();
        await page.locator('c-plan-action-form').waitFor();
        await page.locator('c-plan-reviews .review-form').waitFor();
        await page.locator('c-plan-risks .risk-form').waitFor();
        assert.deepEqual(await violations(page), []);
        await page.close();
    });
});
