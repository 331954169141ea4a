// Registers `toBeAccessible()` (axe-core rules via @sa11y/jest) for every LWC test.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
