/**
 * The Buy-Sell Hierarchy ladder's model: who placed us where, how each
 * customer respondent's view moved (and how a movement reads), the targets,
 * and the perception gap in words. Averages and the gap itself are formula
 * fields on the plan (Customer_View_Level__c, Supplier_View_Level__c,
 * Perception_Gap__c); this module only groups, orders and describes.
 */
import type { BuySellLevelView } from 'c/accountPlanQuery';
import GAP_ABOVE from '@salesforce/label/c.SAP_Plan_Gap_Above';
import GAP_ABOVE_ONE from '@salesforce/label/c.SAP_Plan_Gap_Above_One';
import GAP_BELOW from '@salesforce/label/c.SAP_Plan_Gap_Below';
import GAP_BELOW_ONE from '@salesforce/label/c.SAP_Plan_Gap_Below_One';
import GAP_NONE from '@salesforce/label/c.SAP_Plan_Gap_None';
import GAP_UNKNOWN from '@salesforce/label/c.SAP_Plan_Gap_Unknown';
import MOVEMENT_UP from '@salesforce/label/c.SAP_Plan_Movement_Up';
import MOVEMENT_DOWN from '@salesforce/label/c.SAP_Plan_Movement_Down';
import MOVEMENT_SAME from '@salesforce/label/c.SAP_Plan_Movement_Same';
import MOVEMENT_FIRST from '@salesforce/label/c.SAP_Plan_Movement_First';

export const LOWEST_LEVEL = 1;
export const HIGHEST_LEVEL = 5;

export const CUSTOMER_PERSPECTIVE = 'Customer';
export const CURRENT_HORIZON = 'Current';
export const ONE_YEAR_HORIZON = '1 Year';
export const FIVE_YEAR_HORIZON = '5 Years';

/** How a respondent's placement changed since their previous assessment. */
export type MovementDirection = 'up' | 'down' | 'same' | 'first';

/**
 * How each movement reads (`{0}` levels, `{1}` the previous assessment's
 * date) and the arrow it shows.
 */
export const MOVEMENTS: Record<
    MovementDirection,
    { label: string; icon?: string }
> = {
    up: { label: MOVEMENT_UP, icon: 'utility:arrowup' },
    down: { label: MOVEMENT_DOWN, icon: 'utility:arrowdown' },
    same: { label: MOVEMENT_SAME },
    first: { label: MOVEMENT_FIRST }
};

export interface Movement {
    direction: MovementDirection;
    /** Levels moved (0 for `same` and `first`). */
    levels: number;
    /** The respondent's level before (Previous_Level__c). */
    previousLevel?: number;
    /** Display date of the previous assessment, when there is one. */
    sinceLabel?: string;
}

/** One customer respondent's latest current-horizon placement. */
export interface RespondentPlacement {
    /** Stable key: the Contact id, else the name, else the assessment id. */
    key: string;
    name?: string;
    level: number;
    assessedOnLabel?: string;
    movement: Movement;
}

/** Words for the perception gap (supplier view minus customer view). */
export type GapDirection = 'above' | 'below' | 'none' | 'unknown';

/** How the gap reads in each direction (`{0}` levels). */
export const GAPS: Record<GapDirection, string> = {
    above: GAP_ABOVE,
    below: GAP_BELOW,
    none: GAP_NONE,
    unknown: GAP_UNKNOWN
};

export interface PerceptionGap {
    direction: GapDirection;
    /** Absolute gap in levels, rounded to one decimal. */
    levels: number;
    /** How it reads (`{0}` levels): singular for exactly one level. */
    label: string;
}

/** Labels of a gap of exactly one level: "1 level", never "1 levels". */
const ONE_LEVEL_GAPS: Partial<Record<GapDirection, string>> = {
    above: GAP_ABOVE_ONE,
    below: GAP_BELOW_ONE
};

function respondentKey(assessment: BuySellLevelView): string {
    return (
        assessment.customerRespondentId ??
        assessment.customerRespondentName ??
        assessment.id
    );
}

/** The movement the flow recorded on the latest assessment (Movement__c, Previous_Level__c). */
function movementOf(
    latest: BuySellLevelView,
    previous: BuySellLevelView | undefined
): Movement {
    const delta = latest.movement;
    if (delta === undefined) {
        return { direction: 'first', levels: 0 };
    }
    return {
        direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
        levels: Math.abs(delta),
        previousLevel: latest.previousLevel,
        sinceLabel: previous?.assessedOnLabel
    };
}

function hasLevel(
    assessment: BuySellLevelView
): assessment is BuySellLevelView & { level: number } {
    return typeof assessment.level === 'number';
}

/**
 * Each customer respondent's latest current placement with its movement since
 * that respondent's previous assessment; highest placement first.
 * @param assessments the plan's Buy-Sell levels as read
 */
export function respondentPlacements(
    assessments: BuySellLevelView[]
): RespondentPlacement[] {
    const byRespondent = new Map<
        string,
        (BuySellLevelView & { level: number })[]
    >();
    assessments
        .filter(
            (assessment) =>
                assessment.perspective === CUSTOMER_PERSPECTIVE &&
                assessment.horizon === CURRENT_HORIZON
        )
        .filter(hasLevel)
        .forEach((assessment) => {
            const key = respondentKey(assessment);
            byRespondent.set(key, [
                ...(byRespondent.get(key) ?? []),
                assessment
            ]);
        });
    return [...byRespondent.entries()]
        .map(([key, history]) => {
            // The flow marks the latest; the query reads newest first, so
            // the next one is the assessment before it.
            const index = Math.max(
                0,
                history.findIndex((assessment) => assessment.isLatest)
            );
            const latest = history[index];
            return {
                key,
                name: latest.customerRespondentName,
                level: latest.level,
                assessedOnLabel: latest.assessedOnLabel,
                movement: movementOf(latest, history[index + 1])
            };
        })
        .sort(
            (a, b) =>
                b.level - a.level || (a.name ?? '').localeCompare(b.name ?? '')
        );
}

/**
 * The customer respondents' earlier current assessments, newest first: the
 * history behind their latest placements (Is_Latest__c false).
 * @param assessments the plan's Buy-Sell levels as read
 */
export function earlierAssessments(
    assessments: BuySellLevelView[]
): (BuySellLevelView & { level: number })[] {
    return assessments
        .filter(
            (assessment) =>
                assessment.perspective === CUSTOMER_PERSPECTIVE &&
                assessment.horizon === CURRENT_HORIZON &&
                assessment.isLatest === false
        )
        .filter(hasLevel);
}

/**
 * The level of the latest assessment with the given horizon (a target set for
 * one or five years out), whoever made it.
 * @param assessments the plan's Buy-Sell levels as read
 * @param horizon `1 Year` or `5 Years`
 */
export function latestTarget(
    assessments: BuySellLevelView[],
    horizon: string
): number | undefined {
    return assessments
        .filter((assessment) => assessment.horizon === horizon)
        .find(hasLevel)?.level;
}

/**
 * Describes the Perception_Gap__c formula value.
 * @param gap supplier view minus customer view, in levels
 */
export function describeGap(gap: number | undefined): PerceptionGap {
    const described = (direction: GapDirection, levels: number) => ({
        direction,
        levels,
        label: (levels === 1 && ONE_LEVEL_GAPS[direction]) || GAPS[direction]
    });
    if (gap === undefined || Number.isNaN(gap)) {
        return described('unknown', 0);
    }
    const levels = Math.round(Math.abs(gap) * 10) / 10;
    if (levels === 0) {
        return described('none', levels);
    }
    return described(gap > 0 ? 'above' : 'below', levels);
}

/**
 * Clamps a level (possibly an average such as 2.5) into the ladder's range.
 * @param level a Buy-Sell level or average
 */
export function clampLevel(level: number): number {
    return Math.min(HIGHEST_LEVEL, Math.max(LOWEST_LEVEL, level));
}
