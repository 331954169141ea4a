import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DML_IN_LOOP_FLOW_XML, REVIEW_FLOW_XML } from '../lib/flowModelFixture';
import { PROJECT_ROOT } from '../lib/project';
import { createAnalyzer, type Analysis } from './analyzer';
import { summarize, type Finding } from './report';

/** Files of a throwaway Salesforce DX workspace, by path under force-app/main/default. */
type Workspace = Record<string, string[]>;

const META_XML = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">',
    '    <apiVersion>66.0</apiVersion>',
    '    <isExposed>false</isExposed>',
    '</LightningComponentBundle>'
];

// The ESLint engine type-checks .ts through the nearest tsconfig.json, as in
// the real force-app/main/default/lwc.
const LWC_TSCONFIG = [
    JSON.stringify({
        compilerOptions: {
            target: 'ESNext',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ESNext', 'DOM'],
            strict: true
        },
        include: ['**/*.ts'],
        exclude: ['**/__tests__/**']
    })
];

/** Every banned construct once, plus files the gate must not read. */
const BAD_WORKSPACE: Workspace = {
    'lwc/tsconfig.json': LWC_TSCONFIG,
    'lwc/badWidget/badWidget.ts': [
        "import { LightningElement } from 'lwc';",
        '',
        "const ACCOUNT_ID = '001xx000003DGb2AAG';",
        '',
        'export default class BadWidget extends LightningElement {',
        '    renderedCallback(): void {',
        "        const container = this.template.querySelector('div');",
        '        if (container) {',
        "            container.innerHTML = '<b>' + ACCOUNT_ID + '</b>';",
        '        }',
        "        const total: unknown = eval('1 + 1');",
        "        const compute = new Function('return 2');",
        '        console.log(total, compute());',
        '    }',
        '}'
    ],
    'lwc/badWidget/badWidget.html': [
        '<template>',
        '    <div class="container" lwc:dom="manual"></div>',
        '</template>'
    ],
    'lwc/badWidget/badWidget.js-meta.xml': META_XML,
    // Build output of `npm run build` and a Jest test: ignored by the config.
    'lwc/badWidget/badWidget.js': [
        'document.body.innerHTML = eval(\'"001xx000003DGb2AAG"\');'
    ],
    'lwc/badWidget/__tests__/badWidget.test.ts': [
        "const RECORD_ID = 'a015e00000XyZ12AAB';",
        'document.body.innerHTML = RECORD_ID;'
    ],
    // An AppExchange PMD rule (severity 2) on metadata XML.
    'messageChannels/Bad_Channel.messageChannel-meta.xml': [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<LightningMessageChannel xmlns="http://soap.sforce.com/2006/04/metadata">',
        '    <masterLabel>Bad Channel</masterLabel>',
        '    <isExposed>true</isExposed>',
        '</LightningMessageChannel>'
    ],
    'flows/Unshare_Plan_Metrics.flow-meta.xml': DML_IN_LOOP_FLOW_XML.split('\n')
};

/** A component in house style, with near misses of each banned pattern. */
const CLEAN_WORKSPACE: Workspace = {
    'lwc/tsconfig.json': LWC_TSCONFIG,
    'lwc/planVision/planVision.ts': [
        "import { LightningElement, api } from 'lwc';",
        '',
        '// A 15-character name that is not a record id.',
        "const SECTION_KEY = 'a0visionSection';",
        '',
        '/** The plan vision as text: the template escapes it, never innerHTML. */',
        'export default class PlanVision extends LightningElement {',
        '    /** Id of the Account, set by the record page. */',
        '    @api recordId?: string;',
        '    /** Free text typed by a rep; markup in it is shown as text. */',
        "    @api vision = '';",
        '',
        '    get evaluation(): string {',
        '        return `${SECTION_KEY}: ${this.vision.trim()}`;',
        '    }',
        '}'
    ],
    'lwc/planVision/planVision.html': [
        '<template>',
        '    <p class="slds-text-body_regular">{evaluation}</p>',
        '</template>'
    ],
    'lwc/planVision/planVision.js-meta.xml': META_XML,
    // The record-triggered flow of the verification's tests.
    'flows/Buy_Sell_Slip_Review.flow-meta.xml': REVIEW_FLOW_XML.split('\n')
};

function writeWorkspace(root: string, files: Workspace): string {
    const sourceRoot = path.join(root, 'force-app');
    for (const [file, lines] of Object.entries(files)) {
        const target = path.join(sourceRoot, 'main', 'default', file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, `${lines.join('\n')}\n`);
    }
    return sourceRoot;
}

/** `engine/rule path:line`, the path relative to the workspace's default folder. */
function describeFinding(finding: Finding, sourceRoot: string): string {
    const file = finding.file
        ? path.relative(path.join(sourceRoot, 'main', 'default'), finding.file)
        : '(no location)';
    return `${finding.engine}/${finding.rule} ${file}:${finding.line}`;
}

describe('Code Analyzer on a throwaway workspace', () => {
    let tempDir: string;
    let badRoot: string;
    let cleanRoot: string;
    let analysis: Analysis;

    // One run over both workspaces: each run starts PMD's JVM.
    before(async () => {
        tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-test-'));
        badRoot = writeWorkspace(path.join(tempDir, 'bad'), BAD_WORKSPACE);
        cleanRoot = writeWorkspace(
            path.join(tempDir, 'clean'),
            CLEAN_WORKSPACE
        );
        const analyzer = await createAnalyzer(
            path.join(PROJECT_ROOT, 'code-analyzer.yml')
        );
        analysis = await analyzer.analyze([badRoot, cleanRoot]);
    });

    after(() => fs.rmSync(tempDir, { recursive: true, force: true }));

    function findingsUnder(sourceRoot: string): Finding[] {
        return analysis.findings.filter((finding) =>
            finding.file?.startsWith(sourceRoot + path.sep)
        );
    }

    test('runs the PMD, ESLint, regex and Flow Scanner engines', () => {
        assert.deepEqual(Object.keys(analysis.rulesPerEngine).sort(), [
            'eslint',
            'flow-scanner',
            'pmd',
            'regex'
        ]);
    });

    test('reports each banned construct at its line, and nothing from build output or tests', () => {
        assert.deepEqual(
            analysis.findings
                .filter((finding) => !finding.file?.startsWith(cleanRoot))
                .map((finding) => describeFinding(finding, badRoot))
                .sort(),
            [
                'flow-scanner/DMLStatementInLoop flows/Unshare_Plan_Metrics.flow-meta.xml:80',
                'pmd/AvoidLmcIsExposedTrue messageChannels/Bad_Channel.messageChannel-meta.xml:4',
                'regex/NoEval lwc/badWidget/badWidget.ts:11',
                'regex/NoEval lwc/badWidget/badWidget.ts:12',
                'regex/NoHardCodedRecordId lwc/badWidget/badWidget.ts:3',
                'regex/NoInnerHtml lwc/badWidget/badWidget.ts:9',
                'regex/NoLwcDomManual lwc/badWidget/badWidget.html:2'
            ]
        );
    });

    test('the bans are severity 1 (innerHTML, eval) or 2 (lwc:dom, record id, DML in a loop) and fail the gate', () => {
        const severities = Object.fromEntries(
            findingsUnder(badRoot).map((finding) => [
                finding.rule,
                finding.severity
            ])
        );
        assert.deepEqual(severities, {
            NoEval: 1,
            NoInnerHtml: 1,
            NoHardCodedRecordId: 2,
            NoLwcDomManual: 2,
            AvoidLmcIsExposedTrue: 2,
            DMLStatementInLoop: 2
        });
        assert.equal(summarize(findingsUnder(badRoot)).passed, false);
    });

    test('a clean component and a clean flow have no finding and pass the gate', () => {
        const findings = findingsUnder(cleanRoot);
        assert.deepEqual(
            findings.map((finding) => describeFinding(finding, cleanRoot)),
            []
        );
        assert.equal(summarize(findings).passed, true);
    });
});

test('an engine that cannot start is a Critical finding, so a machine without Java fails the gate', async () => {
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-test-'));
    try {
        const configFile = path.join(tempDir, 'code-analyzer.yml');
        fs.writeFileSync(
            configFile,
            'engines:\n    pmd:\n        java_command: /nonexistent/java\n'
        );
        const sourceRoot = writeWorkspace(tempDir, {
            'lwc/planVision/planVision.js-meta.xml': META_XML
        });
        const analyzer = await createAnalyzer(configFile);
        const { findings } = await analyzer.analyze([sourceRoot]);
        const engineErrors = findings.filter(
            (finding) => finding.file === undefined
        );
        assert.deepEqual(
            engineErrors.map((finding) => [finding.engine, finding.severity]),
            [['pmd', 1]]
        );
        assert.match(engineErrors[0].message, /java_command/);
        assert.equal(summarize(findings).passed, false);
    } finally {
        fs.rmSync(tempDir, { recursive: true, force: true });
    }
});
