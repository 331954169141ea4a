/**
 * Jest global setup, run once in Node: finds the project's files the way the
 * Salesforce CLI does (scripts/lib/projectFiles.ts) and leaves the list in a
 * file. The CLI's libraries cannot load in the jsdom environment of component
 * tests, so projectModel.js hands this list to the project's metadata reader.
 */
const { writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { readProjectFiles } = require('../../../scripts/lib/projectFiles');

module.exports = () => {
    const file = path.join(
        os.tmpdir(),
        `jest-project-files-${process.pid}.json`
    );
    writeFileSync(
        file,
        JSON.stringify(readProjectFiles(path.resolve(__dirname, '../../..')))
    );
    process.env.JEST_PROJECT_FILES = file;
};
