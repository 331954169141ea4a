/**
 * The registry of verification checks, run in this order by `npm run verify`.
 *
 * To add a check (report types, reports, dashboards, flexipages, apps...):
 *  1. create `checks/<name>.ts` exporting a {@link Check}: a `name` (the file's
 *     name), a one-line `description`, and `run(context)` returning Problems,
 *     each naming the file (`context.relative(file)`), the element
 *     (`fieldPermissions[Obj__c.Field__c]`, `<formula>`; `describeElement()` in
 *     scripts/lib/metadataSchema.ts names list items) and what is wrong;
 *  2. add it to CHECKS below;
 *  3. prove it in `checks/<name>.test.ts`, beside the check, with a broken
 *     copy of the real project: `problemsAfter(['<name>'], (copy) =>
 *     copy.replace(file, good, broken))` then `assertProblem(problems, file,
 *     element, /message/)` (scripts/verify/testing.ts over
 *     scripts/lib/projectCopy.ts). `npm run test:scripts` finds it.
 * Read metadata through the context: `context.project` (the typed model of
 * scripts/lib/project.ts), `context.filesEndingWith('.report-meta.xml')` and
 * `context.xml(file)`; resolve `Lookup__r.Field__c` paths with
 * scripts/verify/fieldPaths.ts. A check may throw XmlSyntaxError (through
 * `context.project`): the schema check reports that file, the others are skipped.
 */
import type { Check } from '../types';
import { applications } from './applications';
import { compactLayouts } from './compactLayouts';
import { componentBundlesCheck } from './componentBundles';
import { componentImports } from './componentImports';
import { convertSource } from './convertSource';
import { dashboards } from './dashboards';
import { defaultValues } from './defaultValues';
import { dynamicActions } from './dynamicActions';
import { fields } from './fields';
import { flexipages } from './flexipages';
import { flows } from './flows';
import { formulas } from './formulas';
import { graphqlQueries } from './graphqlQueries';
import { layouts } from './layouts';
import { limits } from './limits';
import { listViews } from './listViews';
import { metadataSchema } from './metadataSchema';
import { permissionSets } from './permissionSets';
import { quickActions } from './quickActions';
import { reports } from './reports';
import { reportTypes } from './reportTypes';
import { rollUps } from './rollUps';
import { tabs } from './tabs';

export const CHECKS: Check[] = [
    metadataSchema,
    fields,
    formulas,
    defaultValues,
    rollUps,
    listViews,
    compactLayouts,
    layouts,
    permissionSets,
    tabs,
    reportTypes,
    reports,
    dashboards,
    flexipages,
    dynamicActions,
    applications,
    quickActions,
    flows,
    limits,
    componentBundlesCheck,
    componentImports,
    graphqlQueries,
    convertSource
];
