/** Every case table of the formula tests; the coverage test requires one table per formula field and validation rule. */
import type { FormulaFieldTable, ValidationRuleTable } from '../caseTable';
import * as buySellLevel from './buySellLevel';
import * as executiveSponsorCadence from './executiveSponsorCadence';
import * as jointMetric from './jointMetric';
import * as strategicAccountPlan from './strategicAccountPlan';

const byObject = [
    buySellLevel,
    executiveSponsorCadence,
    jointMetric,
    strategicAccountPlan
];

export const formulaTables: FormulaFieldTable[] = byObject.flatMap(
    (cases) => cases.formulaTables
);
export const ruleTables: ValidationRuleTable[] = byObject.flatMap(
    (cases) => cases.ruleTables
);
