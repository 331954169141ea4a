/**
 * The real components in a real browser: the preview page (built from the
 * sources, served in-process over the sample data) driven by Chromium.
 * Records are chosen from the store by what the formulas say about them,
 * never by hard-coded names or Ids.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
    previewSession,
    previewStats,
    screenshot,
    waitForNumber,
    waitForText
} from './harness';

describe('preview in Chromium', { timeout: 240_000 }, () => {
    const preview = previewSession();
    const {
        errors,
        openAccount,
        accountsWithOneActivePlan,
        childrenOf,
        label: labelValue
    } = preview;

    it('shows a sample account’s plan and scorecard with one GraphQL request', async () => {
        const { account, plan } = accountsWithOneActivePlan().sort(
            (a, b) =>
                childrenOf('Joint_Metric__c', b.plan.Id).length -
                childrenOf('Joint_Metric__c', a.plan.Id).length
        )[0];
        const metric = childrenOf('Joint_Metric__c', plan.Id)[0];
        const page = await openAccount(account.Id);
        await page
            .locator('c-strategic-account-plan')
            .getByText(String(plan.Name))
            .first()
            .waitFor();
        await page
            .locator('c-strategic-account-scorecard')
            .getByText(String(metric.Name))
            .first()
            .waitFor();
        await screenshot(page, 'account-page');
        assert.equal(
            (await previewStats(page)).graphqlRequests,
            1,
            'both components share one GraphQL request'
        );
        await page.close();
    });

    it('the account picker switches the page to another sample account', async () => {
        const [first, second] = accountsWithOneActivePlan();
        assert.ok(
            second,
            'the sample data has two accounts with a current plan'
        );
        const page = await openAccount(first.account.Id);
        await page
            .locator('c-strategic-account-plan')
            .getByText(String(first.plan.Name))
            .first()
            .waitFor();
        await page
            .locator('lightning-combobox.preview-account-picker')
            .getByRole('combobox')
            .click();
        await page
            .getByRole('option', { name: String(second.account.Name) })
            .click();
        await page
            .locator('c-strategic-account-plan')
            .getByText(String(second.plan.Name))
            .first()
            .waitFor();
        await page
            .locator('c-strategic-account-scorecard')
            .getByText(String(second.plan.Name))
            .first()
            .waitFor();
        assert.equal(
            new URL(page.url()).searchParams.get('recordId'),
            second.account.Id
        );
        await page.close();
    });

    /** Metrics of current plans that are measured but not on track, each with its account. */
    function metricsBehindTarget() {
        return accountsWithOneActivePlan().flatMap(({ account, plan }) =>
            childrenOf('Joint_Metric__c', plan.Id)
                .filter(
                    (metric) =>
                        metric.Status__c === 'Off Track' ||
                        metric.Status__c === 'At Risk'
                )
                .map((metric) => ({ account, metric }))
        );
    }

    /**
     * Opens the metric's editor, waits for it to read the metric's version,
     * types `value`, runs `beforeSave` (someone else's save) and saves.
     */
    async function editActual(
        page: Page,
        metricName: string,
        value: number,
        beforeSave: () => Promise<void> = async () => {}
    ) {
        const row = page.locator('c-joint-metric-row', { hasText: metricName });
        const versionRead = page.waitForResponse(
            (response) =>
                response.request().method() === 'GET' &&
                response.url().includes('/api/records/')
        );
        await row.locator('lightning-button-icon.edit-actual button').click();
        await versionRead;
        const input = row.locator('lightning-input.actual-input input');
        // The number input re-renders its value on focus, so clear it before typing.
        await input.fill('');
        await input.fill(String(value));
        await beforeSave();
        await row.locator('button.save-actual').click();
        return row;
    }

    it('updating an actual changes the metric’s status', async () => {
        assert.ok(
            metricsBehindTarget().length >= 2,
            'the sample data has metrics behind target on current plans'
        );
        const { account, metric } = metricsBehindTarget()[0];
        const page = await openAccount(account.Id);
        const row = page.locator('c-joint-metric-row', {
            hasText: String(metric.Name)
        });
        const status = row.locator('lightning-badge[data-id="status"]');
        await waitForText(status, (text) => text === metric.Status__c);
        await editActual(page, String(metric.Name), Number(metric.Target__c));
        await waitForText(status, (text) => text === 'On Track');
        const saved = preview.store.get(metric.Id)!;
        assert.equal(
            saved.Actual__c,
            metric.Target__c,
            'the typed value was saved'
        );
        assert.equal(saved.Status__c, 'On Track');
        await screenshot(page, 'actual-updated');
        await page.close();
    });

    it('a conflicting edit is refused with the concurrent-edit message', async () => {
        // The previous test put its metric on track, so this is another one.
        const { account, metric } = metricsBehindTarget()[0];
        const page = await openAccount(account.Id);
        await page
            .locator('c-joint-metric-row', { hasText: String(metric.Name) })
            .waitFor();
        // Someone else saves the metric after its editor read it.
        await editActual(
            page,
            String(metric.Name),
            Number(metric.Target__c),
            async () => {
                const touched = await fetch(
                    `${preview.url}/api/test/touch/${metric.Id}`,
                    { method: 'POST' }
                );
                assert.equal(touched.status, 200);
            }
        );
        await page
            .getByText(labelValue('SAP_Scorecard_Concurrent_Edit'))
            .first()
            .waitFor();
        assert.equal(
            preview.store.get(metric.Id)!.Actual__c,
            metric.Actual__c,
            'the stale edit was not saved'
        );
        await screenshot(page, 'concurrent-edit');
        await page.close();
    });

    it('an edit of a metric changed since the page loaded is refused before it is sent, showing their value', async () => {
        const { account, metric } = metricsBehindTarget()[0];
        const page = await openAccount(account.Id);
        const row = page.locator('c-joint-metric-row', {
            hasText: String(metric.Name)
        });
        await row.waitFor();
        // Someone else saves another value after this page read the metric.
        const theirs = Number(metric.Actual__c) + 1;
        preview.store.update(metric.Id, { Actual__c: theirs });
        const patches: string[] = [];
        page.on('request', (request) => {
            if (request.method() === 'PATCH') patches.push(request.url());
        });
        await editActual(page, String(metric.Name), Number(metric.Target__c));
        await waitForNumber(
            row.locator('.conflict [data-id="their-actual"]'),
            theirs
        );
        assert.deepEqual(patches, [], 'nothing was sent');
        assert.equal(preview.store.get(metric.Id)!.Actual__c, theirs);
        await page.close();
    });

    it('a customer respondent whose latest assessment moved the plan down shows ▼ and the level before', async () => {
        const plan = preview.store
            .list('Strategic_Account_Plan__c')
            .find((candidate) => candidate.Buy_Sell_Slipping__c === true);
        assert.ok(
            plan,
            'the sample has a plan slipping on the Buy-Sell Hierarchy'
        );
        const slip = childrenOf('Buy_Sell_Level__c', plan.Id).find(
            (level) =>
                level.Is_Latest__c === true &&
                typeof level.Movement__c === 'number' &&
                level.Movement__c < 0
        );
        assert.ok(slip, 'the flow recorded the drop');
        const page = await openAccount(String(plan.Account__c));
        const row = page
            .locator('c-buy-sell-ladder .respondent-row')
            .filter({ hasText: '▼' })
            .first();
        await row.waitFor();
        assert.match(
            (await row.textContent()) ?? '',
            new RegExp(`from level ${String(slip.Previous_Level__c)}`)
        );
        await screenshot(page, 'buy-sell-slipping');
        await page.close();
    });

    it('leaves the console free of errors', () => {
        assert.deepEqual(errors, []);
    });
});
