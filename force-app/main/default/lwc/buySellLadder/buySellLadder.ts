import { LightningElement, api } from 'lwc';
import type { BuySellLevelView, PlanView } from 'c/accountPlanQuery';
import {
    FIVE_YEAR_HORIZON,
    HIGHEST_LEVEL,
    MOVEMENTS,
    earlierAssessments,
    ONE_YEAR_HORIZON,
    clampLevel,
    describeGap,
    latestTarget,
    respondentPlacements,
    type Movement
} from 'c/buySellModel';
import { formatLabel, moreRecordsNotice, orEmpty } from 'c/labelFormat';
import LEVEL_1 from '@salesforce/label/c.SAP_Plan_Level_1';
import LEVEL_2 from '@salesforce/label/c.SAP_Plan_Level_2';
import LEVEL_3 from '@salesforce/label/c.SAP_Plan_Level_3';
import LEVEL_4 from '@salesforce/label/c.SAP_Plan_Level_4';
import LEVEL_5 from '@salesforce/label/c.SAP_Plan_Level_5';
import LEVEL_VALUE from '@salesforce/label/c.SAP_Plan_Level_Value';
import CUSTOMER_VIEW from '@salesforce/label/c.SAP_Plan_Customer_View';
import OUR_VIEW from '@salesforce/label/c.SAP_Plan_Our_View';
import TARGET_1_YEAR from '@salesforce/label/c.SAP_Plan_Target_1_Year';
import TARGET_5_YEARS from '@salesforce/label/c.SAP_Plan_Target_5_Years';
import RESPONDENTS from '@salesforce/label/c.SAP_Plan_Respondents';
import RESPONDENT_DETAIL from '@salesforce/label/c.SAP_Plan_Respondent_Detail';
import LADDER_DESCRIPTION from '@salesforce/label/c.SAP_Plan_Ladder_Description';
import NO_ASSESSMENTS from '@salesforce/label/c.SAP_Plan_No_Assessments';
import MORE_ASSESSMENTS from '@salesforce/label/c.SAP_Plan_More_Assessments';
import EARLIER_ASSESSMENTS from '@salesforce/label/c.SAP_Plan_Earlier_Assessments';

const LEVEL_NAMES = [LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5];

/** Ladder geometry in viewBox units: one rung per level, level 5 on top. */
const RUNG_HEIGHT = 34;
const RUNG_GAP = 4;
const WIDTH = 300;
const COLUMNS = {
    respondents: 186,
    respondentSpacing: 9,
    customer: 236,
    supplier: 258,
    oneYear: 277,
    fiveYears: 293
};

/** Vertical centre of a (possibly fractional) level on the ladder. */
function levelY(level: number): number {
    return (HIGHEST_LEVEL - clampLevel(level)) * RUNG_HEIGHT + RUNG_HEIGHT / 2;
}

function movementText(movement: Movement): string {
    const { label } = MOVEMENTS[movement.direction];
    return movement.direction === 'same'
        ? formatLabel(label, movement.sinceLabel)
        : formatLabel(
              label,
              movement.levels,
              movement.sinceLabel,
              movement.previousLevel
          );
}

/**
 * The Buy-Sell Hierarchy: a five-rung ladder with where each customer
 * respondent places us, their consensus and our team's view (formula
 * averages), the 1- and 5-year targets, the perception gap in words and each
 * respondent's movement since their previous assessment.
 */
export default class BuySellLadder extends LightningElement {
    /** The plan whose Buy-Sell assessments are drawn. */
    @api plan?: PlanView;

    readonly labels = {
        customerView: CUSTOMER_VIEW,
        ourView: OUR_VIEW,
        oneYearTarget: TARGET_1_YEAR,
        fiveYearTarget: TARGET_5_YEARS,
        respondents: RESPONDENTS,
        noAssessments: NO_ASSESSMENTS
    };

    readonly viewBox = `0 0 ${WIDTH} ${RUNG_HEIGHT * HIGHEST_LEVEL}`;

    private get assessments(): BuySellLevelView[] {
        return this.plan?.buySellLevels.records ?? [];
    }

    get hasAssessments(): boolean {
        return this.assessments.length > 0;
    }

    get rungs() {
        return LEVEL_NAMES.map((name, index) => {
            const level = index + 1;
            const top = (HIGHEST_LEVEL - level) * RUNG_HEIGHT;
            return {
                level,
                y: top + RUNG_GAP / 2,
                height: RUNG_HEIGHT - RUNG_GAP,
                width: WIDTH,
                textY: top + RUNG_HEIGHT / 2 + 3,
                text: `${level} ${name}`
            };
        }).reverse();
    }

    private get placements() {
        return respondentPlacements(this.assessments);
    }

    get respondentMarkers() {
        const perLevel = new Map<number, number>();
        return this.placements.map((placement) => {
            const slot = perLevel.get(placement.level) ?? 0;
            perLevel.set(placement.level, slot + 1);
            return {
                key: placement.key,
                x: COLUMNS.respondents - slot * COLUMNS.respondentSpacing,
                y: levelY(placement.level)
            };
        });
    }

    get respondents() {
        return this.placements.map((placement) => ({
            key: placement.key,
            name: orEmpty(placement.name),
            detail: formatLabel(
                RESPONDENT_DETAIL,
                formatLabel(LEVEL_VALUE, placement.level),
                movementText(placement.movement)
            ),
            movementIcon: MOVEMENTS[placement.movement.direction].icon,
            movementClass: `movement movement_${placement.movement.direction}`
        }));
    }

    /** The respondents' earlier assessments, one click away under the list. */
    get history() {
        return earlierAssessments(this.assessments).map((assessment) => ({
            key: assessment.id,
            text: formatLabel(
                RESPONDENT_DETAIL,
                orEmpty(assessment.customerRespondentName),
                formatLabel(
                    RESPONDENT_DETAIL,
                    formatLabel(LEVEL_VALUE, assessment.level),
                    orEmpty(assessment.assessedOnLabel)
                )
            )
        }));
    }

    /** "Earlier assessments (N)"; undefined when there are none. */
    get historySummary(): string | undefined {
        const count = this.history.length;
        return count ? formatLabel(EARLIER_ASSESSMENTS, count) : undefined;
    }

    private marker(column: number, level: number | undefined) {
        return level === undefined
            ? undefined
            : { x: column, y: levelY(level) };
    }

    get customerMarker() {
        return this.marker(COLUMNS.customer, this.plan?.customerViewLevel);
    }

    get supplierMarker() {
        const marker = this.marker(
            COLUMNS.supplier,
            this.plan?.supplierViewLevel
        );
        return marker && { ...marker, x: marker.x - 6, y: marker.y - 6 };
    }

    private get oneYearTarget(): number | undefined {
        return latestTarget(this.assessments, ONE_YEAR_HORIZON);
    }

    private get fiveYearTarget(): number | undefined {
        return latestTarget(this.assessments, FIVE_YEAR_HORIZON);
    }

    get oneYearMarker() {
        return this.marker(COLUMNS.oneYear, this.oneYearTarget);
    }

    get fiveYearMarker() {
        return this.marker(COLUMNS.fiveYears, this.fiveYearTarget);
    }

    get legend() {
        return [
            {
                key: 'customer',
                label: CUSTOMER_VIEW,
                value: this.plan?.customerViewLevel
            },
            {
                key: 'supplier',
                label: OUR_VIEW,
                value: this.plan?.supplierViewLevel
            },
            {
                key: 'one-year',
                label: TARGET_1_YEAR,
                value: this.oneYearTarget
            },
            {
                key: 'five-years',
                label: TARGET_5_YEARS,
                value: this.fiveYearTarget
            }
        ].map((entry) => ({
            ...entry,
            value: orEmpty(entry.value),
            swatchClass: `swatch swatch_${entry.key}`
        }));
    }

    /** The whole picture in words: the SVG's accessible name. */
    get description(): string {
        return formatLabel(
            LADDER_DESCRIPTION,
            orEmpty(this.plan?.customerViewLevel),
            orEmpty(this.plan?.supplierViewLevel),
            orEmpty(this.oneYearTarget),
            orEmpty(this.fiveYearTarget)
        );
    }

    get gapText(): string {
        const gap = describeGap(this.plan?.perceptionGap);
        return formatLabel(gap.label, gap.levels);
    }

    get moreNotice(): string | undefined {
        return moreRecordsNotice(MORE_ASSESSMENTS, this.plan?.buySellLevels);
    }
}
