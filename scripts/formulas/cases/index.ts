/**
 * Every case table of the formula tests. coverage.test.ts requires a table for
 * each formula field and validation rule of force-app, whose cases take every
 * branch: a new formula gets its table in its object's file here.
 */
import type { FormulaFieldTable, ValidationRuleTable } from '../caseTable';
import * as accountReview from './accountReview';
import * as buySellLevel from './buySellLevel';
import * as executiveSponsorCadence from './executiveSponsorCadence';
import * as jointMetric from './jointMetric';
import * as planAction from './planAction';
import * as planObjective from './planObjective';
import * as planRisk from './planRisk';
import * as redFlags from './redFlags';
import * as strategicAccountPlan from './strategicAccountPlan';

const byObject = [
    accountReview,
    buySellLevel,
    executiveSponsorCadence,
    jointMetric,
    planAction,
    planObjective,
    planRisk,
    redFlags,
    strategicAccountPlan
];

export const formulaTables: FormulaFieldTable[] = byObject.flatMap(
    (cases) => cases.formulaTables
);
export const ruleTables: ValidationRuleTable[] = byObject.flatMap(
    (cases) => cases.ruleTables
);
