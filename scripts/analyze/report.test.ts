import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeverityLevel } from '@salesforce/code-analyzer-core';
import {
    formatFinding,
    formatSummary,
    sortFindings,
    summarize,
    type Finding
} from './report';

function finding(
    severity: SeverityLevel,
    file = '/repo/a.ts',
    line = 1
): Finding {
    return {
        file,
        line,
        engine: 'regex',
        rule: `Rule${severity}`,
        severity,
        message: 'message'
    };
}

test('severity 1 and 2 fail the gate, 3 to 5 do not', () => {
    assert.equal(summarize([finding(SeverityLevel.Critical)]).passed, false);
    assert.equal(summarize([finding(SeverityLevel.High)]).passed, false);
    assert.equal(
        summarize([
            finding(SeverityLevel.Moderate),
            finding(SeverityLevel.Low),
            finding(SeverityLevel.Info)
        ]).passed,
        true
    );
    assert.equal(summarize([]).passed, true);
});

test('the summary counts every severity, zeros included', () => {
    const summary = summarize([
        finding(SeverityLevel.High),
        finding(SeverityLevel.High),
        finding(SeverityLevel.Low)
    ]);
    assert.deepEqual(summary.counts, { 1: 0, 2: 2, 3: 0, 4: 1, 5: 0 });
    assert.equal(
        formatSummary(summary),
        'code analyzer: 3 findings: 0 severity 1 (Critical), 2 severity 2 (High), ' +
            '0 severity 3 (Moderate), 1 severity 4 (Low), 0 severity 5 (Info): ' +
            'FAIL (severity 1-2 found)'
    );
});

test('a finding prints as file:line, severity, engine/rule and message', () => {
    assert.equal(
        formatFinding(
            finding(SeverityLevel.Critical, '/repo/lwc/x/x.ts', 9),
            '/repo'
        ),
        'lwc/x/x.ts:9  severity 1 (Critical)  regex/Rule1  message'
    );
    // An engine that fails to start reports a violation without a location.
    assert.equal(
        formatFinding(
            { ...finding(SeverityLevel.Critical), file: undefined },
            '/repo'
        ),
        '(no location)  severity 1 (Critical)  regex/Rule1  message'
    );
});

test('findings are ordered most severe first, then by file and line', () => {
    const sorted = sortFindings([
        finding(SeverityLevel.Low, '/repo/a.ts', 1),
        finding(SeverityLevel.High, '/repo/b.ts', 7),
        finding(SeverityLevel.High, '/repo/b.ts', 3),
        finding(SeverityLevel.High, '/repo/a.ts', 9)
    ]);
    assert.deepEqual(
        sorted.map((item) => `${item.severity} ${item.file}:${item.line}`),
        ['2 /repo/a.ts:9', '2 /repo/b.ts:3', '2 /repo/b.ts:7', '4 /repo/a.ts:1']
    );
});
