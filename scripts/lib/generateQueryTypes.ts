/**
 * `npm run generate`: writes the response types of the page query
 * (`queryTypes.ts`) to `types/`. Run it after changing the query or a field
 * it selects; `queryTypes.test.ts` fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project';
import { PAGE_QUERY_TYPES, renderQueryTypes } from './queryTypes';

renderQueryTypes(PAGE_QUERY_TYPES).then((text) => {
    writeFileSync(path.join(PROJECT_ROOT, PAGE_QUERY_TYPES.output), text);
    console.log(`wrote ${PAGE_QUERY_TYPES.output}`);
});
