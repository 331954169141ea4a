const { defineConfig, globalIgnores } = require('eslint/config');
const eslintJs = require('@eslint/js');
const globals = require('globals');
const jestPlugin = require('eslint-plugin-jest');
const tseslint = require('typescript-eslint');
const lwcRecommended = require('@salesforce/eslint-config-lwc/recommended');

// The LWC rules run on the AST of the TypeScript parser; Babel (the parser of the
// config's own `recommendedTs` variant) cannot read type assertions.
const typescriptLanguageOptions = {
    parser: tseslint.parser,
    parserOptions: { sourceType: 'module', ecmaVersion: 'latest' }
};

module.exports = defineConfig([
    globalIgnores([
        '**/node_modules/**',
        'coverage/**',
        'artifacts/**',
        '.sf/**',
        '.sfdx/**',
        'preview/dist/**',
        // Build output of `npm run build`: the .ts beside it is linted instead.
        'force-app/**/lwc/**/*.js'
    ]),

    // Lightning Web Components (TypeScript), and the tests' shared helpers
    {
        files: ['force-app/**/lwc/**/*.ts', 'force-app/test/jest-utils/*.ts'],
        extends: [lwcRecommended, tseslint.configs.recommended],
        languageOptions: typescriptLanguageOptions,
        rules: {
            // TypeScript resolves modules (including c/*, lightning/* and the
            // @salesforce scoped modules of types/) and checks undefined names.
            'import/no-unresolved': 'off',
            'import/named': 'off',
            'import/namespace': 'off',
            'import/default': 'off',
            'no-undef': 'off',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_' }
            ]
        }
    },

    // LWC Jest tests
    {
        files: [
            'force-app/**/lwc/**/__tests__/**/*.ts',
            'force-app/test/jest-utils/*.ts'
        ],
        languageOptions: {
            globals: { ...globals.node, ...globals.jest }
        },
        rules: {
            // Tests emit data through the wire adapters' test API.
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            // flushPromises helpers wait a macrotask for wires and re-renders.
            '@lwc/lwc/no-async-operation': 'off',
            // Fixtures are JSON loaded with require(), as in the samples.
            '@typescript-eslint/no-require-imports': 'off',
            '@typescript-eslint/no-explicit-any': 'off'
        }
    },

    // Project-wide Jest mocks and the Jest setup at the root
    {
        files: ['force-app/test/jest-mocks/**/*.js'],
        extends: [eslintJs.configs.recommended],
        languageOptions: {
            // Mocks of base components declare `@api` properties: decorators.
            parser: tseslint.parser,
            sourceType: 'module',
            ecmaVersion: 'latest',
            globals: {
                ...globals.node,
                ...globals.browser,
                ...jestPlugin.environments.globals.globals
            }
        }
    },
    {
        files: ['*.js', '*.cjs'],
        extends: [eslintJs.configs.recommended],
        languageOptions: {
            sourceType: 'commonjs',
            ecmaVersion: 'latest',
            globals: { ...globals.node }
        }
    },

    // Node tooling: scripts and browser tests (run by tsx)
    {
        files: ['scripts/**/*.ts', 'tests/**/*.ts', 'types/**/*.d.ts'],
        extends: [eslintJs.configs.recommended, tseslint.configs.recommended],
        languageOptions: {
            ...typescriptLanguageOptions,
            globals: { ...globals.node }
        },
        rules: {
            // TypeScript checks undefined names (and knows Node's types).
            'no-undef': 'off',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_' }
            ]
        }
    },
    {
        files: ['preview/**/*.{js,mjs,ts}'],
        extends: [eslintJs.configs.recommended, tseslint.configs.recommended],
        languageOptions: {
            ...typescriptLanguageOptions,
            globals: { ...globals.browser }
        }
    }
]);
