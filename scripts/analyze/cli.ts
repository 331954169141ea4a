/**
 * `npm run analyze`: Salesforce Code Analyzer on force-app with the
 * Recommended and AppExchange rules of the PMD, ESLint and regex engines
 * (configured in code-analyzer.yml). Prints every finding and a summary per
 * severity; exits 1 if any finding is of severity 1 (Critical) or 2 (High).
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project';
import { createAnalyzer } from './analyzer';
import { formatFinding, formatSummary, summarize } from './report';

async function main(): Promise<void> {
    const analyzer = await createAnalyzer(
        path.join(PROJECT_ROOT, 'code-analyzer.yml'),
        (message) => console.warn(`code analyzer warning: ${message}`)
    );
    const { findings, rulesPerEngine } = await analyzer.analyze([
        path.join(PROJECT_ROOT, 'force-app')
    ]);
    for (const finding of findings) {
        console.log(formatFinding(finding, PROJECT_ROOT));
    }
    const rules = Object.entries(rulesPerEngine)
        .map(([engine, count]) => `${engine} ${count}`)
        .join(', ');
    // Since the process started: loading the engines is part of the cost.
    const seconds = (performance.now() / 1000).toFixed(1);
    console.log(
        `code analyzer: ran ${rules} rules on force-app in ${seconds} s`
    );
    const summary = summarize(findings);
    if (summary.passed) {
        console.log(formatSummary(summary));
    } else {
        console.error(formatSummary(summary));
        process.exitCode = 1;
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
