/**
 * Component TypeScript to the JavaScript the platform receives: each module
 * transpiled on its own (`ts.transpileModule`, no type-checking, which
 * `npm run typecheck` does) with the compiler options of the `tsconfig.json`
 * beside the bundles, as `npm run build` emits it. Used by convert source,
 * the preview build and the bench, so all three compile what gets deployed.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from './project';

/** This package's component folder, whose tsconfig.json is the default. */
export const LWC_DIR = path.join(
    PROJECT_ROOT,
    'force-app',
    'main',
    'default',
    'lwc'
);

/** The names of the component bundles in `lwcDir` (its folders); none when it does not exist. */
export function componentBundleNames(lwcDir: string = LWC_DIR): string[] {
    if (!existsSync(lwcDir)) return [];
    return readdirSync(lwcDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
}

const optionsByDir = new Map<string, ts.CompilerOptions>();

/** Compiler options of `lwcDir/tsconfig.json`, or plain ESNext for a project without one. */
export function componentCompilerOptions(
    lwcDir: string = LWC_DIR
): ts.CompilerOptions {
    let options = optionsByDir.get(lwcDir);
    if (!options) {
        const configFile = path.join(lwcDir, 'tsconfig.json');
        options = existsSync(configFile)
            ? ts.parseJsonConfigFileContent(
                  ts.readConfigFile(configFile, ts.sys.readFile).config,
                  ts.sys,
                  lwcDir
              ).options
            : { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext };
        optionsByDir.set(lwcDir, options);
    }
    return options;
}

/** The JavaScript of one TypeScript module, compiled with the options of the components in `lwcDir`. */
export function transpileComponentModule(
    source: string,
    fileName: string,
    lwcDir: string = LWC_DIR
): string {
    return ts.transpileModule(source, {
        fileName,
        compilerOptions: componentCompilerOptions(lwcDir)
    }).outputText;
}
