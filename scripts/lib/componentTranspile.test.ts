import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import ts from 'typescript';
import {
    componentCompilerOptions,
    LWC_DIR,
    transpileComponentModule
} from './componentTranspile';

/** What `npm run build` (`tsc -p force-app/main/default/lwc`) writes, by source file. */
function buildOutput(): Map<string, string> {
    const { config } = ts.readConfigFile(
        path.join(LWC_DIR, 'tsconfig.json'),
        ts.sys.readFile
    );
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, LWC_DIR);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const written = new Map<string, string>();
    program.emit(undefined, (file, text) =>
        written.set(file.replace(/\.js$/, '.ts'), text)
    );
    return written;
}

const COMPONENT = `import { LightningElement, api } from 'lwc';
import type { PlanView } from 'c/accountPlanQuery';

// Shows one plan.
export default class PlanCard extends LightningElement {
    /** The plan to show. */
    @api plan?: PlanView;
}
`;

describe('transpileComponentModule', () => {
    it('writes for every component module what npm run build writes', () => {
        const built = buildOutput();
        const modules = [...built.keys()].filter(
            (file) => !file.endsWith('.d.ts')
        );
        assert.ok(modules.length > 10, 'the components have modules');
        for (const file of modules)
            assert.equal(
                transpileComponentModule(readFileSync(file, 'utf8'), file),
                built.get(file),
                file
            );
    });

    it('keeps standard decorators for the LWC compiler and drops the types', () => {
        const output = transpileComponentModule(COMPONENT, 'planCard.ts');
        assert.match(output, /@api\s+plan;/);
        assert.doesNotMatch(output, /__esDecorate|__decorate|PlanView/);
    });

    const dir = mkdtempSync(path.join(os.tmpdir(), 'component-transpile-'));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('reads the options of the tsconfig.json beside the bundles it is given', () => {
        writeFileSync(
            path.join(dir, 'tsconfig.json'),
            JSON.stringify({
                compilerOptions: { target: 'ES2020', removeComments: true }
            })
        );
        const output = transpileComponentModule(COMPONENT, 'planCard.ts', dir);
        assert.doesNotMatch(output, /Shows one plan/);
        assert.match(output, /__esDecorate/);
    });

    it('compiles to plain ESNext in a project without a tsconfig.json', () => {
        assert.deepEqual(
            componentCompilerOptions(path.join(dir, 'no-tsconfig')),
            { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext }
        );
    });
});

describe("the components' module resolution", () => {
    const importer = path.join(LWC_DIR, 'planCard', 'planCard.ts');
    const resolve = (name: string) =>
        ts.resolveModuleName(name, importer, componentCompilerOptions(), ts.sys)
            .resolvedModule?.resolvedFileName;

    it('resolves c/<name> to <name>/<name>.ts for every bundle with a module', () => {
        const bundles = ts.sys
            .getDirectories(LWC_DIR)
            .filter((name) =>
                ts.sys.fileExists(path.join(LWC_DIR, name, `${name}.ts`))
            );
        assert.ok(bundles.length > 10, 'the components have bundles');
        for (const name of bundles)
            assert.equal(
                resolve(`c/${name}`),
                path.join(LWC_DIR, name, `${name}.ts`)
            );
    });

    it('leaves a c/ import of no bundle unresolved, so tsc fails it', () => {
        assert.equal(resolve('c/noSuchBundle'), undefined);
    });
});
