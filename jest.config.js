const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const mock = (module) => `<rootDir>/force-app/test/jest-mocks/${module}`;

module.exports = {
    ...jestConfig,
    // Components are authored in TypeScript; prefer the .ts source over any
    // compiled .js left beside it by `npm run build`.
    moduleFileExtensions: ['ts', 'js', 'html', 'json'],
    transform: {
        ...jestConfig.transform,
        '^.+\\.(js|ts|html|css)$': '<rootDir>/jest-lwc-transformer.js'
    },
    testMatch: ['**/force-app/**/__tests__/**/*.test.ts'],
    moduleNameMapper: {
        '^lightning/button$': mock('lightning/button/button'),
        '^lightning/graphql$': mock('lightning/graphql'),
        '^lightning/navigation$': mock('lightning/navigation'),
        '^lightning/pageReferenceUtils$': mock('lightning/pageReferenceUtils'),
        '^lightning/platformShowToastEvent$': mock(
            'lightning/platformShowToastEvent'
        ),
        // Helpers shared by the tests: mount, find, flushPromises...
        '^test-utils$': '<rootDir>/force-app/test/jest-utils/testUtils'
    },
    // Tests read force-app through the project's metadata reader, and custom
    // labels resolve to their text (see both files).
    globalSetup: '<rootDir>/force-app/test/jest-mocks/projectFilesSetup.js',
    setupFiles: ['<rootDir>/force-app/test/jest-mocks/projectModel.js'],
    setupFilesAfterEnv: [
        ...(jestConfig.setupFilesAfterEnv || []),
        '<rootDir>/jest-sa11y-setup.js'
    ],
    testPathIgnorePatterns: [
        ...jestConfig.testPathIgnorePatterns,
        '<rootDir>/.sfdx/',
        '<rootDir>/preview/'
    ],
    collectCoverageFrom: [
        'force-app/main/default/lwc/**/*.ts',
        '!force-app/main/default/lwc/**/__tests__/**'
    ],
    // Every line and branch is covered: a new one comes with its test.
    coverageThreshold: {
        global: { lines: 100, branches: 100 }
    }
};
