/**
 * Lets component tests read force-app through the project's one metadata
 * reader (scripts/lib/project.ts), with the file list that projectFilesSetup.js
 * made in Node, and makes `@salesforce/label/c.*` imports return the label's
 * real text (sfdx-lwc-jest would return the name, "c.Label_Name"), so tests
 * read what a user reads and placeholders such as "{0}" get filled.
 */
const { readFileSync } = require('node:fs');

const snapshot = process.env.JEST_PROJECT_FILES;
if (!snapshot)
    throw new Error('projectFilesSetup.js (Jest globalSetup) did not run');
const files = JSON.parse(readFileSync(snapshot, 'utf8'));
jest.doMock('../../../scripts/lib/projectFiles', () => ({
    readProjectFiles: () => files
}));

const { loadProject } = require('../../../scripts/lib/project');

for (const { fullName, value } of loadProject().labels) {
    jest.doMock(
        `@salesforce/label/c.${fullName}`,
        () => ({ __esModule: true, default: value }),
        { virtual: true }
    );
}
