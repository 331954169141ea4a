/**
 * Logging a sponsor touch in Chromium, from the keyboard only: the form in the
 * pair's row, the confirm step for a second touch on one day, Undo, and where
 * focus goes after each; paused pairs; the plan picker for a Draft beside an
 * Active plan; the page at 420 px wide. Records are chosen from the store by
 * what the formulas say, never by name or Id.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { StoredRecord } from '../../scripts/preview/store';
import { previewSession, screenshot, waitForText, waitUntil } from './harness';

describe('log touch in Chromium', { timeout: 240_000 }, () => {
    const preview = previewSession();
    const { errors, openAccount, label } = preview;

    /** Sponsor pairs of the plan each account shows (its only Active plan), with the names the page gives them. */
    function pairsOnCurrentPlans() {
        const name = (id: unknown) =>
            String(preview.store.get(String(id))?.Name);
        return preview
            .accountsWithOneActivePlan()
            .flatMap(({ account, plan }) =>
                preview
                    .childrenOf('Executive_Sponsor_Cadence__c', plan.Id)
                    .map((pair) => ({
                        accountId: account.Id,
                        pair,
                        names: [
                            name(pair.Executive_Sponsor__c),
                            name(pair.Customer_Executive__c)
                        ]
                    }))
            );
    }

    /** Active pairs, overdue first: each test takes its own, so the tests do not share records. */
    function activePair(index: number) {
        const active = pairsOnCurrentPlans()
            .filter(({ pair }) => pair.Cadence_Status__c !== 'Paused')
            .sort(
                (a, b) =>
                    Number(b.pair.Cadence_Status__c === 'Overdue') -
                    Number(a.pair.Cadence_Status__c === 'Overdue')
            );
        assert.ok(active[index], `an active sponsor pair #${index + 1}`);
        return active[index];
    }

    function tasksOf(pair: StoredRecord): StoredRecord[] {
        return preview.store
            .list('Task')
            .filter((task) => task.WhatId === pair.Id);
    }

    /** Opens the account's page and, from the keyboard, the pair's log-touch form. */
    async function openTouchForm(
        accountId: string,
        pair: StoredRecord,
        names: string[]
    ) {
        const page = await openAccount(accountId);
        const row = page.locator(`li.pair[data-id="${pair.Id}"]`);
        const logTouch = row.getByRole('button', {
            name: label('SAP_Plan_Log_Touch_For', ...names)
        });
        await logTouch.focus();
        await page.keyboard.press('Enter');
        return { page, row, logTouch };
    }

    function isFocused(locator: Locator): Promise<boolean> {
        return locator.evaluate(
            (element) =>
                (element.getRootNode() as Document).activeElement === element
        );
    }

    /** Presses Tab until `target` has focus (the date picker's button sits between the fields). */
    async function tabTo(page: Page, target: Locator): Promise<void> {
        for (let presses = 0; presses < 6; presses += 1) {
            if (await isFocused(target)) return;
            await page.keyboard.press('Tab');
        }
        assert.fail(`Tab never reached ${target}`);
    }

    it('names every Log touch after its pair, and a paused pair says why it has none', async () => {
        const pairs = pairsOnCurrentPlans();
        const paused = pairs.find(
            ({ pair }) => pair.Cadence_Status__c === 'Paused'
        );
        assert.ok(paused, 'the sample data has a paused pair');
        const page = await openAccount(paused.accountId);
        const row = page.locator(`li.pair[data-id="${paused.pair.Id}"]`);
        await waitForText(row.locator('.paused'), (text) =>
            text.includes(label('SAP_Plan_Touch_Paused'))
        );
        assert.equal(await row.getByRole('button').count(), 0);

        const buttons = page.getByRole('button', { name: /^Log touch/ });
        const names = await buttons.evaluateAll((elements) =>
            elements.map((element) => element.getAttribute('aria-label'))
        );
        const expected = pairs
            .filter(
                ({ accountId, pair }) =>
                    accountId === paused.accountId &&
                    pair.Cadence_Status__c !== 'Paused'
            )
            .map(({ names: [sponsor, executive] }) =>
                label('SAP_Plan_Log_Touch_For', sponsor, executive)
            );
        assert.deepEqual([...names].sort(), [...expected].sort());
        assert.equal(new Set(names).size, names.length, 'names are unique');
        await page.close();
    });

    it('logs a touch with a note and undoes it, from the keyboard', async () => {
        const { accountId, pair, names } = activePair(0);
        assert.equal(pair.Cadence_Status__c, 'Overdue', 'an overdue pair');
        const previousDate = pair.Last_Touch_Date__c;
        const { page, row, logTouch } = await openTouchForm(
            accountId,
            pair,
            names
        );

        const date = row.locator('lightning-input.touch-date input');
        await date.waitFor();
        assert.ok(await isFocused(date), 'the form opens on its date');
        await tabTo(
            page,
            row.locator('lightning-textarea.touch-note textarea')
        );
        await page.keyboard.type('Steering committee, Q1 goals agreed');
        await tabTo(
            page,
            row.getByRole('button', { name: label('SAP_Plan_Log_Touch') })
        );
        await screenshot(page, 'log-touch-form');
        await page.keyboard.press('Enter');

        await waitUntil(() => tasksOf(pair).length === 1, 'the Task');
        const [task] = tasksOf(pair);
        assert.equal(task.ActivityDate, preview.store.today);
        assert.equal(task.Description, 'Steering committee, Q1 goals agreed');
        assert.equal(
            preview.store.get(pair.Id)!.Last_Touch_Date__c,
            preview.store.today
        );
        await waitUntil(() => isFocused(logTouch), 'focus on Log touch');
        const status = row.locator('lightning-badge[data-id="status"]');
        await waitForText(
            status,
            (text) => text === preview.store.get(pair.Id)!.Cadence_Status__c
        );
        assert.notEqual(await status.textContent(), 'Overdue');

        const undo = row.getByRole('button', {
            name: label('SAP_Plan_Undo_Touch_For', ...names)
        });
        await page.keyboard.press('Tab');
        assert.ok(await isFocused(undo), 'Undo follows Log touch');
        await screenshot(page, 'touch-logged');
        await page.keyboard.press('Enter');

        await waitUntil(() => tasksOf(pair).length === 0, 'the Task deleted');
        assert.equal(
            preview.store.get(pair.Id)!.Last_Touch_Date__c,
            previousDate,
            'the previous last touch is back'
        );
        await waitUntil(() => isFocused(logTouch), 'focus back on Log touch');
        assert.equal(await undo.count(), 0, 'the offer is gone');
        await waitForText(status, (text) => text === 'Overdue');
        await page.close();
    });

    it('asks before a second touch on one day, and Escape cancels', async () => {
        const { accountId, pair, names } = activePair(1);
        // The pair was touched earlier today.
        preview.store.update(pair.Id, {
            Last_Touch_Date__c: preview.store.today
        });
        const { page, row, logTouch } = await openTouchForm(
            accountId,
            pair,
            names
        );
        await row.locator('lightning-input.touch-date input').waitFor();
        await page.keyboard.press('Escape');
        await waitUntil(() => isFocused(logTouch), 'Escape returns focus');

        await page.keyboard.press('Enter');
        await tabTo(
            page,
            row.getByRole('button', { name: label('SAP_Plan_Log_Touch') })
        );
        await page.keyboard.press('Enter');
        const again = row.getByRole('button', {
            name: label('SAP_Plan_Touch_Log_Again')
        });
        await again.waitFor();
        assert.ok(await isFocused(again), 'focus on the confirm button');
        assert.equal(tasksOf(pair).length, 0, 'nothing logged before confirm');
        await screenshot(page, 'log-touch-confirm');
        await page.keyboard.press('Enter');

        await waitUntil(() => tasksOf(pair).length === 1, 'the second touch');
        await waitUntil(() => isFocused(logTouch), 'focus on Log touch');
        await page.close();
    });

    it('offers the picker when an account has a Draft beside its Active plan', async () => {
        const { accountId } = activePair(0);
        const active = preview.store
            .list('Strategic_Account_Plan__c')
            .find(
                (plan) =>
                    plan.Account__c === accountId && plan.Status__c === 'Active'
            )!;
        const draft = preview.store.create('Strategic_Account_Plan__c', {
            Account__c: accountId,
            Name: 'Next year (draft)',
            Status__c: 'Draft',
            Plan_Start_Date__c: '2099-01-01',
            Plan_End_Date__c: '2099-12-31'
        });
        const page = await openAccount(accountId);
        const plan = page.locator('c-strategic-account-plan');
        await plan.getByText(String(active.Name)).first().waitFor();
        const picker = plan.locator('lightning-combobox.plan-picker');
        await picker.getByRole('combobox').focus();
        await page.keyboard.press('Enter');
        await page.getByRole('option', { name: /Next year \(draft\)/ }).click();
        await plan.getByText('Next year (draft)').first().waitFor();
        assert.ok(draft.Id);
        await page.close();
    });

    it('fits the page header in a 420 px wide window', async () => {
        const { accountId } = activePair(0);
        const page = await openAccount(accountId, '', {
            width: 420,
            height: 900
        });
        const header = page.locator('header.preview-header');
        await page
            .locator('c-strategic-account-plan lightning-badge')
            .first()
            .waitFor();
        const picker = header.locator('lightning-combobox');
        const box = await picker.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 420, 'picker');
        assert.equal(
            await page.evaluate(() => document.documentElement.scrollWidth),
            420,
            'nothing wider than the window'
        );
        await screenshot(page, 'narrow-420');
        await page.close();
    });

    it('leaves the console free of errors', () => {
        assert.deepEqual(errors, []);
    });
});
