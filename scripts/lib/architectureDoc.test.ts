/**
 * docs/architecture.md's component table is where a developer meets the
 * bundles: it names each bundle of `force-app/main/default/lwc` once, and no
 * bundle that is gone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { componentBundleNames } from './componentTranspile';
import { PROJECT_ROOT } from './project';

/** The bundles named in the first column of the table under "## Components". */
function bundlesInTable(markdown: string): string[] {
    const section = markdown
        .split(/^## /m)
        .find((part) => part.startsWith('Components'));
    assert.ok(section, 'architecture.md has a "## Components" section');
    return section
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .flatMap((line) =>
            [...line.split('|')[1].matchAll(/`(\w+)`/g)].map(
                (match) => match[1]
            )
        );
}

describe('docs/architecture.md', () => {
    it('names every component bundle once in its component table', () => {
        const named = bundlesInTable(
            readFileSync(
                path.join(PROJECT_ROOT, 'docs', 'architecture.md'),
                'utf8'
            )
        );
        const bundles = componentBundleNames();
        assert.deepEqual([...named].sort(), [...bundles].sort());
    });
});
