/**
 * Makes `@salesforce/label/c.*` imports return the label's real text in tests
 * (sfdx-lwc-jest would return the name, "c.Label_Name"), so tests read what a
 * user reads and placeholders such as "{0}" get filled. The labels come from
 * force-app through the project's one metadata reader.
 */
const { loadProject } = require('../../../scripts/lib/project');

for (const { fullName, value } of loadProject().labels) {
    jest.doMock(
        `@salesforce/label/c.${fullName}`,
        () => ({ __esModule: true, default: value }),
        { virtual: true }
    );
}
