import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchChromium } from './chromium';

describe('launchChromium', () => {
    it('fails with the install command when Chromium is missing', async () => {
        await assert.rejects(
            launchChromium(undefined, '/nonexistent/chromium'),
            /Chromium is missing at \/nonexistent\/chromium\. Install it with: apt-get update && apt-get install -y chromium/
        );
    });
});
