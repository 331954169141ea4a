/**
 * Salesforce Code Analyzer, run offline through its core library with the PMD
 * (needs Java 11+ on the PATH), ESLint and regex engines: the same engines and
 * rules as `sf code-analyzer run`, without the sf plugin; and with Lightning
 * Flow Scanner as a fourth engine for Flow metadata (flowScannerEngine.ts).
 */
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    type LogEvent,
    type EngineLogEvent,
    type Violation
} from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import { FlowScannerEnginePlugin } from './flowScannerEngine';
import { sortFindings, type Finding } from './report';

/**
 * The rules that run: the union of those tagged Recommended (each engine's
 * general-purpose set, plus the project's own regex rules in
 * code-analyzer.yml) and AppExchange (the PMD rules of the AppExchange
 * security review).
 */
export const RULE_SELECTORS = ['Recommended', 'AppExchange'];

/** What one run found, and how many rules each engine ran. */
export interface Analysis {
    findings: Finding[];
    rulesPerEngine: Record<string, number>;
}

/** A configured Code Analyzer; engines and their rule lists load once for all runs. */
export interface Analyzer {
    /** Runs the selected rules on the files and folders given (absolute paths). */
    analyze(paths: string[]): Promise<Analysis>;
}

/** Receives Code Analyzer's and the engines' warnings and errors. */
export type LogListener = (message: string) => void;

/**
 * Creates an analyzer from a Code Analyzer configuration file
 * (`code-analyzer.yml`: ignores, engine settings, custom rules).
 */
export async function createAnalyzer(
    configFile: string,
    onWarning?: LogListener
): Promise<Analyzer> {
    const codeAnalyzer = new CodeAnalyzer(
        CodeAnalyzerConfig.fromFile(configFile)
    );
    if (onWarning) forwardWarnings(codeAnalyzer, onWarning);
    for (const engine of [pmdEngine, eslintEngine, regexEngine]) {
        await codeAnalyzer.addEnginePlugin(engine.createEnginePlugin());
    }
    await codeAnalyzer.addEnginePlugin(new FlowScannerEnginePlugin());
    return {
        async analyze(paths) {
            const workspace = await codeAnalyzer.createWorkspace(paths);
            const rules = await codeAnalyzer.selectRules(RULE_SELECTORS, {
                workspace
            });
            const results = await codeAnalyzer.run(rules, { workspace });
            return {
                findings: sortFindings(results.getViolations().map(toFinding)),
                rulesPerEngine: Object.fromEntries(
                    rules
                        .getEngineNames()
                        .map((engine) => [
                            engine,
                            rules.getRulesFor(engine).length
                        ])
                )
            };
        }
    };
}

function forwardWarnings(
    codeAnalyzer: CodeAnalyzer,
    onWarning: LogListener
): void {
    codeAnalyzer.onEvent<LogEvent>(EventType.LogEvent, (event) => {
        if (event.logLevel <= LogLevel.Warn) onWarning(event.message);
    });
    codeAnalyzer.onEvent<EngineLogEvent>(EventType.EngineLogEvent, (event) => {
        if (event.logLevel <= LogLevel.Warn) {
            onWarning(`${event.engineName}: ${event.message}`);
        }
    });
}

function toFinding(violation: Violation): Finding {
    const location = violation.getPrimaryLocation();
    const rule = violation.getRule();
    return {
        file: location.getFile(),
        line: location.getStartLine(),
        engine: rule.getEngineName(),
        rule: rule.getName(),
        severity: rule.getSeverityLevel(),
        message: violation.getMessage()
    };
}
