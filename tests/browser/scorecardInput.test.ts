/**
 * Typing an Actual in a real browser, with the keyboard only once the edit
 * button has focus: the value is checked against Actual__c's precision and
 * scale (from the Object Info the preview serves), rounded where the user
 * sees it, and a concurrent save made in a second tab (a second page on the
 * same preview server) is shown beside the typed value instead of losing it.
 * Focus is followed after every action. Metrics are chosen from the store by
 * what they are (measured metrics of current plans), never by name or Id.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { StoredRecord } from '../../scripts/preview/store';
import {
    previewSession,
    screenshot,
    waitForNumber,
    waitForText
} from './harness';

describe('scorecard input in Chromium', { timeout: 240_000 }, () => {
    const preview = previewSession();
    const { errors, openAccount, label } = preview;

    /** Measured metrics of the accounts with one Active plan; each test takes its own, so no two share a record. */
    const measuredMetrics = () =>
        preview.accountsWithOneActivePlan().flatMap(({ account, plan }) =>
            preview
                .childrenOf('Joint_Metric__c', plan.Id)
                .filter((metric) => typeof metric.Actual__c === 'number')
                .map((metric) => ({ account, metric }))
        );
    let nextMetric = 0;
    function takeMetric() {
        const candidates = measuredMetrics();
        assert.ok(
            candidates.length > nextMetric,
            'the sample data has enough measured metrics on current plans'
        );
        return candidates[nextMetric++];
    }

    /** Waits until a formatted number (currency, percent...) shows `expected`. */
    /** The row of a metric, once rendered. */
    async function rowOf(page: Page, metric: StoredRecord): Promise<Locator> {
        const row = page.locator('c-joint-metric-row', {
            hasText: String(metric.Name)
        });
        await row.waitFor();
        return row;
    }

    /** The accessible name of the focused element (inside shadow roots): its aria-label, label, title or text. */
    async function focusedName(page: Page): Promise<string> {
        return page.evaluate(() => {
            let focused = document.activeElement;
            while (focused?.shadowRoot?.activeElement)
                focused = focused.shadowRoot.activeElement;
            if (!(focused instanceof HTMLElement)) return '';
            const labels = (focused as HTMLInputElement).labels;
            return (
                focused.getAttribute('aria-label') ||
                labels?.[0]?.textContent ||
                focused.getAttribute('title') ||
                focused.textContent ||
                ''
            ).trim();
        });
    }

    async function waitForFocus(page: Page, name: string): Promise<void> {
        const deadline = Date.now() + 10_000;
        let seen = '';
        while (Date.now() < deadline) {
            seen = await focusedName(page);
            if (seen === name) return;
            await page.waitForTimeout(100);
        }
        assert.fail(`focus on "${name}" expected; focused: "${seen}"`);
    }

    /** Opens the editor from the keyboard: focus the edit button, press Enter. */
    async function openEditor(page: Page, metric: StoredRecord) {
        const row = await rowOf(page, metric);
        const editName = `Edit actual of ${metric.Name}`;
        await row.getByRole('button', { name: editName }).focus();
        await page.keyboard.press('Enter');
        const input = row.locator('lightning-input.actual-input input');
        await waitForFocus(page, `Actual of ${metric.Name}`);
        return { row, input, editName };
    }

    /** Replaces the editor's text from the keyboard. */
    async function typeValue(page: Page, text: string): Promise<void> {
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.keyboard.type(text);
    }

    it('saves an actual with the keyboard only, and focus returns to its edit button', async () => {
        const { account, metric } = takeMetric();
        const page = await openAccount(account.Id);
        const { editName } = await openEditor(page, metric);
        await typeValue(page, '42.5');
        await page.keyboard.press('Enter');
        await waitForFocus(page, editName);
        assert.equal(preview.store.get(metric.Id)!.Actual__c, 42.5);
        await page.close();
    });

    it('refuses 1e309 and 30 digits at the input, and rounds extra decimals before saving them', async () => {
        const { account, metric } = takeMetric();
        const before = preview.store.get(metric.Id)!;
        const page = await openAccount(account.Id);
        const { row, input, editName } = await openEditor(page, metric);
        const tooLarge = label('SAP_Scorecard_Number_Too_Large');
        for (const typed of ['1e309', '123456789012345678901234567890']) {
            await typeValue(page, typed);
            await page.keyboard.press('Enter');
            await row.getByText(tooLarge).waitFor();
            await waitForFocus(page, `Actual of ${metric.Name}`);
        }
        await screenshot(page, 'actual-too-large');
        const unsaved = (why: string) =>
            assert.equal(
                preview.store.get(metric.Id)!.LastModifiedDate,
                before.LastModifiedDate,
                why
            );
        unsaved('nothing was saved');

        await typeValue(page, '12.345');
        await page.keyboard.press('Enter');
        await row.getByText(label('SAP_Scorecard_Rounded')).waitFor();
        assert.equal(
            await input.inputValue(),
            '12.35',
            'the rounded value is shown'
        );
        unsaved('the rounding is shown before anything is saved');
        await screenshot(page, 'actual-rounded');
        await page.keyboard.press('Enter');
        await waitForFocus(page, editName);
        assert.equal(preview.store.get(metric.Id)!.Actual__c, 12.35);
        await page.close();
    });

    it('reads and shows the number in the user’s locale, as lightning-input does (de-DE: 12,345 → 12,35)', async () => {
        const { account, metric } = takeMetric();
        const page = await openAccount(account.Id, '&locale=de-DE');
        const { row, input, editName } = await openEditor(page, metric);
        await typeValue(page, '12,345');
        await page.keyboard.press('Enter');
        await row.getByText(label('SAP_Scorecard_Rounded')).waitFor();
        assert.equal(await input.inputValue(), '12,35');
        await page.keyboard.press('Enter');
        await waitForFocus(page, editName);
        assert.equal(preview.store.get(metric.Id)!.Actual__c, 12.35);
        await waitForText(
            row.locator('.actual .value lightning-formatted-number'),
            (text) => text.startsWith('12,35')
        );
        await page.close();
    });

    /** Two tabs on one metric: the second saves `theirs` while the first is editing `mine`. */
    async function conflictInTwoTabs(mine: string, theirs: string) {
        const { account, metric } = takeMetric();
        const first = await openAccount(account.Id);
        const second = await openAccount(account.Id);
        const { row } = await openEditor(first, metric);
        await typeValue(first, mine);

        const other = await openEditor(second, metric);
        await typeValue(second, theirs);
        await second.keyboard.press('Enter');
        await waitForFocus(second, other.editName);
        assert.equal(preview.store.get(metric.Id)!.Actual__c, Number(theirs));

        await first.keyboard.press('Enter');
        const conflict = row.locator('.conflict');
        await conflict.waitFor();
        await waitForFocus(first, label('SAP_Scorecard_Concurrent_Edit'));
        await waitForNumber(
            conflict.locator('[data-id="their-actual"]'),
            Number(theirs)
        );
        await waitForNumber(
            conflict.locator('[data-id="your-actual"]'),
            Number(mine)
        );
        assert.equal(
            await row
                .locator('lightning-input.actual-input input')
                .inputValue(),
            mine,
            'the typed value is kept'
        );
        await screenshot(first, 'actual-conflict');
        await second.close();
        return { page: first, row, metric };
    }

    it('two tabs: Use mine saves the typed value over the other tab’s save, from the keyboard', async () => {
        const { page, metric } = await conflictInTwoTabs('77', '55');
        // From the conflict heading: Tab to Keep theirs, Tab to Use mine.
        await page.keyboard.press('Tab');
        await waitForFocus(
            page,
            `Keep theirs for the actual of ${metric.Name}`
        );
        await page.keyboard.press('Tab');
        await waitForFocus(page, `Use mine for the actual of ${metric.Name}`);
        await page.keyboard.press('Enter');
        await waitForFocus(page, `Edit actual of ${metric.Name}`);
        assert.equal(preview.store.get(metric.Id)!.Actual__c, 77);
        await page.close();
    });

    it('two tabs: Keep theirs drops the typed value and shows theirs', async () => {
        const { page, row, metric } = await conflictInTwoTabs('88', '66');
        await page.keyboard.press('Tab');
        await waitForFocus(
            page,
            `Keep theirs for the actual of ${metric.Name}`
        );
        await page.keyboard.press('Enter');
        await waitForFocus(page, `Edit actual of ${metric.Name}`);
        assert.equal(preview.store.get(metric.Id)!.Actual__c, 66);
        await waitForNumber(
            row.locator('.actual .value lightning-formatted-number'),
            66
        );
        await page.close();
    });

    it('leaves the console free of errors', () => {
        assert.deepEqual(errors, []);
    });
});
