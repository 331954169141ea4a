/**
 * The plan views that presenter tests render, mapped once from the query
 * answers beside this file by the real mapper (`toAccountPlans`), so every
 * presenter sees exactly what its container would hand it.
 */
import { toAccountPlans, type PlanView } from 'c/accountPlanQuery';

const plansOf = (answer: unknown): PlanView[] =>
    toAccountPlans(answer as Parameters<typeof toAccountPlans>[0])!.records;

/** accountWithPlans.json: a Draft plan and the Active plan with every section filled. */
export const [DRAFT_PLAN, ACTIVE_PLAN] = plansOf(
    require('./accountWithPlans.json')
);
/** accountWithHiddenFields.json: a plan whose user may not read many fields. */
export const [HIDDEN_FIELDS_PLAN] = plansOf(
    require('./accountWithHiddenFields.json')
);
/** accountWithHostileText.json: a plan whose text fields hold markup and script. */
export const [HOSTILE_TEXT_PLAN] = plansOf(
    require('./accountWithHostileText.json')
);
