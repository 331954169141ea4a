/**
 * The gate's verdict and its printout: pure functions over the findings of a
 * Code Analyzer run, so the rules of the gate are testable without a run.
 */
import path from 'node:path';
import { SeverityLevel } from '@salesforce/code-analyzer-core';

/** One violation reported by an engine, flattened for printing and asserting. */
export interface Finding {
    /** Absolute path; undefined for an engine failure, which has no location. */
    file: string | undefined;
    line: number | undefined;
    engine: string;
    rule: string;
    severity: SeverityLevel;
    message: string;
}

/** Findings at this severity or more serious (a lower number) fail the gate. */
export const FAILING_SEVERITY = SeverityLevel.High;

const SEVERITIES = [
    SeverityLevel.Critical,
    SeverityLevel.High,
    SeverityLevel.Moderate,
    SeverityLevel.Low,
    SeverityLevel.Info
];

/** Counts per severity and the gate's verdict. */
export interface Summary {
    counts: Record<SeverityLevel, number>;
    total: number;
    passed: boolean;
}

/** Counts the findings per severity; the gate passes when none is Critical or High. */
export function summarize(findings: readonly Finding[]): Summary {
    const counts = Object.fromEntries(
        SEVERITIES.map((severity) => [severity, 0])
    ) as Record<SeverityLevel, number>;
    for (const finding of findings) counts[finding.severity] += 1;
    return {
        counts,
        total: findings.length,
        passed: findings.every((finding) => finding.severity > FAILING_SEVERITY)
    };
}

/** Orders findings most severe first, then by file and line, for a stable printout. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
    return [...findings].sort(
        (a, b) =>
            a.severity - b.severity ||
            (a.file ?? '').localeCompare(b.file ?? '') ||
            (a.line ?? 0) - (b.line ?? 0) ||
            a.rule.localeCompare(b.rule)
    );
}

/** `file:line  severity 2 (High)  engine/rule  message`, the file relative to `baseDir`. */
export function formatFinding(finding: Finding, baseDir: string): string {
    const location = finding.file
        ? `${path.relative(baseDir, finding.file)}:${finding.line ?? '?'}`
        : '(no location)';
    return `${location}  ${formatSeverity(finding.severity)}  ${finding.engine}/${finding.rule}  ${finding.message}`;
}

/** One line: the counts per severity and PASS or FAIL. */
export function formatSummary(summary: Summary): string {
    const counts = SEVERITIES.map(
        (severity) => `${summary.counts[severity]} ${formatSeverity(severity)}`
    ).join(', ');
    const verdict = summary.passed
        ? 'PASS'
        : `FAIL (severity 1-${FAILING_SEVERITY} found)`;
    return `code analyzer: ${summary.total} finding${summary.total === 1 ? '' : 's'}: ${counts}: ${verdict}`;
}

function formatSeverity(severity: SeverityLevel): string {
    return `severity ${severity} (${SeverityLevel[severity]})`;
}
