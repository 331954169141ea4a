/**
 * The LWC transformer of sfdx-lwc-jest, with a cache key that tells a
 * coverage run's instrumented code from a plain run's. Its own key leaves out
 * Jest's `instrument` option, so `--coverage` after a plain run reused the
 * cached uninstrumented files and reported 0 % (while the threshold passed).
 */
const lwcTransformer = require('@lwc/jest-transformer');

module.exports = {
    ...lwcTransformer,
    getCacheKey(sourceText, sourcePath, options) {
        const key = lwcTransformer.getCacheKey(sourceText, sourcePath, options);
        return options.instrument ? `${key}-instrumented` : key;
    }
};
