/**
 * Lightning Flow Scanner (`@flow-scanner/lightning-flow-scanner-core`) as a
 * Code Analyzer engine named `flow-scanner`: Flow metadata goes through the
 * same gate, rule selection (`Recommended`), severities and configuration
 * (`code-analyzer.yml` `rules: flow-scanner: ...`) as the PMD, ESLint and
 * regex engines. The scanner is plain JavaScript and runs offline.
 *
 * Not Code Analyzer's own Flow engine (`@salesforce/code-analyzer-flow-engine`):
 * the registry holds only 0.20–0.22, built on engine API 0.24, which core
 * 0.52 cannot run ("engine.removeEventListener is not a function"); its two
 * rules also cover only user input reaching system-mode DML.
 */
import {
    COMMON_TAGS,
    Engine,
    EnginePluginV1,
    SeverityLevel,
    type DescribeOptions,
    type EngineRunResults,
    type RuleDescription,
    type RunOptions,
    type Violation,
    type Workspace
} from '@salesforce/code-analyzer-engine-api';
import { readFileSync } from 'node:fs';
import scannerPackage from '@flow-scanner/lightning-flow-scanner-core/package.json';
import {
    getRules,
    parse,
    scan,
    type IRuleDefinition
} from '@flow-scanner/lightning-flow-scanner-core';

export const FLOW_SCANNER = 'flow-scanner';

const { CATEGORIES } = COMMON_TAGS;

/**
 * The Code Analyzer severity and category of each scanner rule, by what a
 * violation costs (the scanner's own levels, error / warning / note, call
 * naming conventions errors too). High fails the gate.
 */
export const RULE_SEVERITIES: Record<string, [SeverityLevel, string]> = {
    // A bulk save (data load, list edit) exceeds governor limits and fails:
    // Salesforce Help, "Flow Best Practices"
    // (https://help.salesforce.com/s/articleView?id=sf.flow_prep_bestpractices.htm&type=5).
    DMLStatementInLoop: [SeverityLevel.High, CATEGORIES.PERFORMANCE],
    SOQLQueryInLoop: [SeverityLevel.High, CATEGORIES.PERFORMANCE],
    ActionCallsInLoop: [SeverityLevel.High, CATEGORIES.PERFORMANCE],
    // Ids differ from org to org, as the NoHardCodedRecordId regex rule says for components.
    HardcodedId: [SeverityLevel.High, CATEGORIES.ERROR_PRONE],
    // System mode without sharing shows and changes every record.
    UnsafeRunningContext: [SeverityLevel.High, CATEGORIES.SECURITY],
    DuplicateDMLOperation: [SeverityLevel.Moderate, CATEGORIES.ERROR_PRONE],
    MissingFaultPath: [SeverityLevel.Moderate, CATEGORIES.ERROR_PRONE],
    MissingNullHandler: [SeverityLevel.Moderate, CATEGORIES.ERROR_PRONE],
    RecursiveAfterUpdate: [SeverityLevel.Moderate, CATEGORIES.PERFORMANCE],
    SameRecordFieldUpdates: [SeverityLevel.Moderate, CATEGORIES.PERFORMANCE],
    GetRecordAllFields: [SeverityLevel.Moderate, CATEGORIES.PERFORMANCE],
    HardcodedUrl: [SeverityLevel.Moderate, CATEGORIES.ERROR_PRONE],
    UnconnectedElement: [SeverityLevel.Moderate, CATEGORIES.BEST_PRACTICES],
    UnusedVariable: [SeverityLevel.Moderate, CATEGORIES.BEST_PRACTICES],
    APIVersion: [SeverityLevel.Moderate, CATEGORIES.BEST_PRACTICES],
    ProcessBuilder: [SeverityLevel.Moderate, CATEGORIES.BEST_PRACTICES],
    InactiveFlow: [SeverityLevel.Low, CATEGORIES.BEST_PRACTICES],
    TriggerOrder: [SeverityLevel.Low, CATEGORIES.BEST_PRACTICES],
    CyclomaticComplexity: [SeverityLevel.Low, CATEGORIES.DESIGN],
    FlowDescription: [SeverityLevel.Low, CATEGORIES.DOCUMENTATION],
    FlowName: [SeverityLevel.Low, CATEGORIES.CODE_STYLE],
    AutoLayout: [SeverityLevel.Low, CATEGORIES.CODE_STYLE],
    CopyAPIName: [SeverityLevel.Low, CATEGORIES.CODE_STYLE]
};

const isFlowFile = (file: string): boolean =>
    /\.flow(-meta\.xml)?$/i.test(file);

async function targetedFlows(workspace: Workspace): Promise<string[]> {
    return (await workspace.getTargetedFiles()).filter(isFlowFile);
}

/**
 * The line of each element's `<name>` in the file as written. The scanner
 * counts lines in its own re-serialization of the flow, which moves them;
 * a finding about the whole flow (its description, API version) is at line 1.
 */
function elementLines(file: string): (name: string) => number {
    const lines = readFileSync(file, 'utf8').split('\n');
    return (name) =>
        lines.findIndex((line) => line.includes(`<name>${name}</name>`)) + 1 ||
        1;
}

function describe(rule: IRuleDefinition): RuleDescription {
    const [severityLevel, category] = RULE_SEVERITIES[rule.name] ?? [
        SeverityLevel.Moderate,
        CATEGORIES.BEST_PRACTICES
    ];
    return {
        name: rule.name,
        severityLevel,
        // The scanner's default rule set is its recommended one.
        tags: [COMMON_TAGS.RECOMMENDED, category, COMMON_TAGS.LANGUAGES.XML],
        description: `${rule.label}: ${rule.description}`,
        resourceUrls: rule.docRefs.map((reference) => reference.path)
    };
}

class FlowScannerEngine extends Engine {
    getName(): string {
        return FLOW_SCANNER;
    }

    async getEngineVersion(): Promise<string> {
        return scannerPackage.version;
    }

    /** No rules for a workspace without flows, as PMD offers none for absent languages. */
    async describeRules({
        workspace
    }: DescribeOptions): Promise<RuleDescription[]> {
        if (workspace && (await targetedFlows(workspace)).length === 0)
            return [];
        return getRules().map(describe);
    }

    async runRules(
        ruleNames: string[],
        { workspace }: RunOptions
    ): Promise<EngineRunResults> {
        const files = await targetedFlows(workspace);
        // The scanner runs all its rules when given none.
        if (files.length === 0 || ruleNames.length === 0)
            return { violations: [] };
        const parsed = await parse(files);
        const unreadable = parsed.filter((flow) => flow.errorMessage);
        // Nothing is skipped silently: a flow the scanner cannot read fails the engine.
        if (unreadable.length > 0)
            throw new Error(
                unreadable
                    .map((flow) => `${flow.uri}: ${flow.errorMessage}`)
                    .join('\n')
            );
        const results = scan(parsed, {
            rules: Object.fromEntries(ruleNames.map((name) => [name, {}]))
        });
        const violations: Violation[] = [];
        for (const { flow, ruleResults } of results) {
            const file = flow.fsPath ?? flow.uri ?? '';
            const lineOf = elementLines(file);
            for (const result of ruleResults) {
                if (result.errorMessage) throw new Error(result.errorMessage);
                for (const detail of result.details) {
                    violations.push({
                        ruleName: result.ruleName,
                        message: `${result.ruleDefinition.label}: ${detail.type} ${detail.name}`,
                        codeLocations: [
                            {
                                file,
                                startLine: lineOf(detail.name),
                                startColumn: 1
                            }
                        ],
                        primaryLocationIndex: 0
                    });
                }
            }
        }
        return { violations };
    }
}

/** The plugin that `CodeAnalyzer.addEnginePlugin` takes. */
export class FlowScannerEnginePlugin extends EnginePluginV1 {
    getAvailableEngineNames(): string[] {
        return [FLOW_SCANNER];
    }

    async createEngine(): Promise<Engine> {
        return new FlowScannerEngine();
    }
}
