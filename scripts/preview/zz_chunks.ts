/**
 * Regenerates the README picture, `docs/screenshot.png`: the preview's
 * Account page for the sample account whose current plan has the most joint
 * metrics, rendered by headless Chromium.
 *
 * Usage: `npx tsx scripts/preview/screenshot.ts [output.png]`
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project';
import { launchChromium } from './chromium';
import { startPreview } from './serve';

const OUTPUT = path.resolve(
    process.argv[2] ?? path.join(PROJECT_ROOT, 'docs', 'screenshot.png')
);

async function main(): Promise<void> {
    const preview = await startPreview({ port: 0, quiet: true });
    const browser = await launchChromium({ width: Number(process.env.W ?? 1440), height: 1200 });
    try {
        const plans = preview.store
            .list('Strategic_Account_Plan__c')
            .filter((plan) => plan.Status__c === 'Active');
        const metricCount = (planId: string) =>
            preview.store
                .list('Joint_Metric__c')
                .filter((metric) => metric.Strategic_Account_Plan__c === planId)
                .length;
        const plan = plans.sort(
            (a, b) => metricCount(b.Id) - metricCount(a.Id)
        )[0];
        const page = await browser.context.newPage();
        await page.goto(
            `${preview.url}/?recordId=${encodeURIComponent(String(plan.Account__c))}`
        );
        await page
            .locator('c-strategic-account-scorecard')
            .getByText(String(plan.Name))
            .first()
            .waitFor();
        await page
            .locator('c-strategic-account-plan')
            .getByText(String(plan.Name))
            .first()
            .waitFor();
        // Let icons and the progress bars settle.
        await page.waitForTimeout(500);
        const h = await page.evaluate(() => document.documentElement.scrollHeight);
        const w = Number(process.env.W ?? 1440);
        const step = Number(process.env.STEP ?? 1100);
        for (let y = 0, i = 0; y < h; y += step, i++) {
            await page.screenshot({ path: OUTPUT.replace('.png', `-${i}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(step, h - y) } });
        }
        console.log(`Saved ${OUTPUT}`);
    } finally {
        await browser.close();
        await preview.close();
    }
}

main().catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
});
