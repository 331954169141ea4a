/**
 * Red flags, reviews and risks in a real browser, on the sample data: every
 * flag the plan formulas raise shows on the page with its reason; recording a
 * held review from the keyboard moves the plan's Last Review Date and clears
 * "Review overdue"; raising a High risk raises "Open high risks" and closing
 * it clears the flag. Plans are chosen from the store by what their formulas
 * say, never by name or Id.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { localToday } from '../../scripts/lib/localToday';
import type { StoredRecord } from '../../scripts/preview/store';
import { previewSession, screenshot, waitUntil } from './harness';

/** The page's flag keys and the plan's Flag fields, in the report's order. */
const FLAG_FIELDS: Record<string, string> = {
    reviewOverdue: 'Flag_Review_Overdue__c',
    sponsorTouchOverdue: 'Flag_Sponsor_Touch_Overdue__c',
    metricsOffTrack: 'Flag_Metrics_Off_Track__c',
    perceptionGap: 'Flag_Perception_Gap__c',
    singleThreaded: 'Flag_Single_Threaded__c',
    buySellSlipping: 'Flag_Buy_Sell_Slipping__c',
    openHighRisks: 'Flag_Open_High_Risks__c',
    commitmentsOverdue: 'Flag_Commitments_Overdue__c'
};

describe(
    'red flags, reviews and risks in Chromium',
    { timeout: 240_000 },
    () => {
        const preview = previewSession();
        const { errors, openAccount } = preview;

        const plan = (id: unknown): StoredRecord =>
            preview.store.get(String(id))!;

        /** The flags the page shows, by key, once the plan has rendered. */
        async function shownFlags(page: Page): Promise<string[]> {
            await page.locator('c-plan-header').waitFor();
            return page
                .locator('c-plan-red-flags .flag')
                .evaluateAll((items) =>
                    items.map((item) => (item as HTMLElement).dataset.key!)
                );
        }

        const raisedBy = (record: StoredRecord) =>
            Object.keys(FLAG_FIELDS).filter(
                (key) => record[FLAG_FIELDS[key]] === 1
            );

        /** Focuses a base button and presses Enter, as a keyboard user would. */
        async function press(button: Locator): Promise<void> {
            await button.focus();
            await button.page().keyboard.press('Enter');
        }

        it('shows every flag the formulas raise, each with its reason, and the sample data raises each one', async () => {
            const seen = new Set<string>();
            for (const {
                account,
                plan: current
            } of preview.accountsWithOneActivePlan()) {
                const page = await openAccount(String(account.Id));
                const shown = await shownFlags(page);
                assert.deepEqual(
                    shown,
                    raisedBy(current),
                    String(current.Name)
                );
                assert.equal(shown.length, current.Red_Flag_Count__c);
                for (const reason of await page
                    .locator('c-plan-red-flags .reason')
                    .allTextContents()) {
                    assert.match(reason, /: \S/, 'each flag says why it fired');
                }
                shown.forEach((key) => seen.add(key));
                await page.close();
            }
            assert.deepEqual(
                [...seen].sort(),
                Object.keys(FLAG_FIELDS).sort(),
                'the sample data raises every flag on some account'
            );
        });

        it('records a held review from the keyboard: the last review moves and the review flag clears', async () => {
            const overdue = preview
                .accountsWithOneActivePlan()
                .find(
                    ({ plan: current }) => current.Flag_Review_Overdue__c === 1
                );
            assert.ok(overdue, 'an account whose review is overdue');
            const page = await openAccount(String(overdue.account.Id));
            assert.ok((await shownFlags(page)).includes('reviewOverdue'));

            await press(page.locator('c-plan-reviews .record-review button'));
            await page.locator('c-plan-reviews .review-form').waitFor();
            await press(page.locator('c-plan-reviews .save-review button'));

            await waitUntil(
                () =>
                    plan(overdue.plan.Id).Last_Review_Date__c === localToday(),
                'the held review sets Last Review Date to today'
            );
            assert.equal(plan(overdue.plan.Id).Flag_Review_Overdue__c, 0);
            await waitUntil(
                async () => !(await shownFlags(page)).includes('reviewOverdue'),
                'the page drops "Review overdue"'
            );
            await waitUntil(
                () =>
                    page
                        .locator('c-plan-reviews .edit-plan button')
                        .evaluate(
                            (button) =>
                                (button.getRootNode() as ShadowRoot)
                                    .activeElement === button ||
                                button.matches(':focus')
                        )
                        .catch(() => false),
                'focus on the offer to edit the plan'
            );
            await screenshot(page, 'review-recorded');
            await page.close();
        });

        it('raises a High risk, which raises the flag, and closes it, which clears it', async () => {
            const calm = preview
                .accountsWithOneActivePlan()
                .find(({ plan: current }) => current.Open_High_Risks__c === 0);
            assert.ok(calm, 'an account without open high risks');
            const page = await openAccount(String(calm.account.Id));
            assert.ok(!(await shownFlags(page)).includes('openHighRisks'));

            await press(page.locator('c-plan-risks .raise-risk button'));
            const name = page.locator('c-plan-risks .risk-name input');
            await name.fill('Competitor pilot at the plant');
            await page
                .locator('c-plan-risks [data-field="Severity__c"]')
                .evaluate((combobox) =>
                    combobox.dispatchEvent(
                        new CustomEvent('change', { detail: { value: 'High' } })
                    )
                );
            await press(page.locator('c-plan-risks .save-risk button'));

            const raised = () =>
                preview
                    .childrenOf('Plan_Risk__c', String(calm.plan.Id))
                    .find(
                        (risk) => risk.Name === 'Competitor pilot at the plant'
                    );
            await waitUntil(() => raised() !== undefined, 'the risk is saved');
            assert.equal(raised()!.Severity__c, 'High');
            await waitUntil(
                async () => (await shownFlags(page)).includes('openHighRisks'),
                'the page raises "Open high risks"'
            );

            await press(
                page.getByRole('button', {
                    name: 'Close risk: Competitor pilot at the plant'
                })
            );
            await waitUntil(
                () => raised()!.Status__c === 'Closed',
                'the risk is closed'
            );
            assert.equal(raised()!.Closed_On__c, localToday());
            await waitUntil(
                async () => !(await shownFlags(page)).includes('openHighRisks'),
                'the page drops "Open high risks"'
            );
            await page.close();
            assert.deepEqual(errors, []);
        });
    }
);
