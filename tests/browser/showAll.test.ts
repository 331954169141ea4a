/**
 * The scorecard's Show all in Chromium, on the benchmark's large plan
 * (200 metrics): each category shows its first rows, and the keyboard
 * expands and collapses a group with focus kept on the button.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startPreview, type RunningPreview } from '../../scripts/preview/serve';
import { localToday } from '../../scripts/lib/localToday';
import {
    LARGE_PLAN_ACCOUNT_NAME,
    largePlanRecords
} from '../../scripts/bench/largePlan';
import { collectErrors, launchChromium, type Browser } from './harness';

/** ROWS_BEFORE_SHOW_ALL of `c/scorecardModel`. */
const ROWS_BEFORE_SHOW_ALL = 10;

describe('Show all in Chromium', { timeout: 120_000 }, () => {
    let preview: RunningPreview;
    let browser: Browser;

    before(async () => {
        const today = localToday();
        browser = await launchChromium();
        preview = await startPreview({
            port: 0,
            quiet: true,
            seed: largePlanRecords(today),
            today
        });
    });
    after(async () => {
        await browser?.close();
        await preview?.close();
    });

    it('expands and collapses a long group from the keyboard, keeping focus on the button', async () => {
        const account = preview.store
            .list('Account')
            .find((record) => record.Name === LARGE_PLAN_ACCOUNT_NAME)!;
        const internal = preview.store
            .list('Joint_Metric__c')
            .filter((metric) => metric.Category__c === 'Internal').length;
        assert.ok(internal > ROWS_BEFORE_SHOW_ALL, 'a long Internal group');
        const page = await browser.context.newPage();
        const errors = collectErrors(page);
        await page.goto(
            `${preview.url}/?recordId=${encodeURIComponent(account.Id)}`
        );
        const group = page.locator('section[data-category="Internal"]');
        const rows = group.locator('c-joint-metric-row');
        const button = group.getByRole('button', {
            name: `Show all ${internal} metrics`
        });
        await button.waitFor();
        assert.equal(await rows.count(), ROWS_BEFORE_SHOW_ALL);
        assert.equal(await button.getAttribute('aria-expanded'), 'false');

        await button.focus();
        await page.keyboard.press('Enter');
        const toggle = group.locator('button.show-all');
        await group.getByRole('button', { name: 'Show fewer' }).waitFor();
        assert.equal(await rows.count(), internal);
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        assert.ok(
            await toggle.evaluate(
                (element) =>
                    (element.getRootNode() as Document).activeElement ===
                    element
            ),
            'focus stays on the button'
        );

        await page.keyboard.press('Space');
        await button.waitFor();
        assert.equal(await rows.count(), ROWS_BEFORE_SHOW_ALL);
        assert.deepEqual(errors, []);
        await page.close();
    });
});
