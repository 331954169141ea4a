import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '@salesforce/code-analyzer-engine-api';
import { getRules } from '@flow-scanner/lightning-flow-scanner-core';
import {
    FLOW_SCANNER,
    FlowScannerEnginePlugin,
    RULE_SEVERITIES
} from './flowScannerEngine';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flow-scanner-test-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function workspaceWith(name: string, files: Record<string, string>) {
    const root = path.join(dir, name);
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    }
    return new Workspace(name, [root]);
}

const folders = { logFolder: dir, workingFolder: dir };
const engine = () => new FlowScannerEnginePlugin().createEngine();

describe('Lightning Flow Scanner engine', () => {
    test('gives every scanner rule a Code Analyzer severity and category', () => {
        assert.deepEqual(
            getRules()
                .map((rule) => rule.name)
                .sort(),
            Object.keys(RULE_SEVERITIES).sort()
        );
    });

    test('offers its rules, all Recommended, only to a workspace with flows', async () => {
        const scanner = await engine();
        assert.equal(scanner.getName(), FLOW_SCANNER);
        const none = await scanner.describeRules({
            ...folders,
            workspace: workspaceWith('no-flows', { 'lwc/a/a.ts': '' })
        });
        assert.deepEqual(none, []);
        const rules = await scanner.describeRules({
            ...folders,
            workspace: workspaceWith('flows', {
                'flows/A.flow-meta.xml': '<Flow/>'
            })
        });
        assert.equal(rules.length, getRules().length);
        assert.ok(rules.every((rule) => rule.tags.includes('Recommended')));
    });

    test('fails when a rule fails, rather than passing the flow', async () => {
        // The scanner's AutoLayout rule expects several processMetadataValues.
        const workspace = workspaceWith('one-value', {
            'flows/A.flow-meta.xml': [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<Flow xmlns="http://soap.sforce.com/2006/04/metadata">',
                '    <label>A</label>',
                '    <processMetadataValues>',
                '        <name>CanvasMode</name>',
                '        <value>',
                '            <stringValue>AUTO_LAYOUT_CANVAS</stringValue>',
                '        </value>',
                '    </processMetadataValues>',
                '    <processType>AutoLaunchedFlow</processType>',
                '</Flow>'
            ].join('\n')
        });
        await assert.rejects(
            (await engine()).runRules(['AutoLayout'], {
                ...folders,
                workspace
            }),
            /AutoLayout/
        );
    });
});
