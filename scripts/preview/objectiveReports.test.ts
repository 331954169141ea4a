/**
 * The managers' reports on actions, run over the preview's sample data: the
 * reports' own filter criteria (equals / notEqual on the plan and action
 * columns, as the report metadata states them) select rows from the store,
 * whose formula and flow-kept values are the platform's. Completing an
 * overdue action moves it from Overdue Commitments by Owner to Actions
 * Completed this Quarter, and the overdue report names owners on both sides.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadProject, PROJECT_ROOT } from '../lib/project';
import { compileFilterLogic } from '../lib/relativeDates';
import { childText, childrenNamed, readXml } from '../lib/xml';
import { sampleSeed } from './sampleSeed';
import { PreviewStore, type StoredRecord } from './store';

const project = loadProject();
const TODAY = '2026-11-22';
const FOLDER = path.join(
    PROJECT_ROOT,
    'force-app/main/default/reports/Strategic_Account_Planning'
);

/** The rows of a Plans with Plan Actions report: the actions its criteria take. */
function reportRows(store: PreviewStore, report: string): StoredRecord[] {
    const filter = childrenNamed(
        readXml(path.join(FOLDER, `${report}.report-meta.xml`)),
        'filter'
    )[0];
    const criteria = childrenNamed(filter, 'criteriaItems').map((item) => ({
        column: childText(item, 'column') ?? '',
        operator: childText(item, 'operator') ?? '',
        values: (childText(item, 'value') ?? '').split(',')
    }));
    const logic = compileFilterLogic(childText(filter, 'booleanFilter'));
    return store.list('Plan_Action__c').filter((action) => {
        const plan = store.get(String(action.Strategic_Account_Plan__c))!;
        return logic(
            criteria.map(({ column, operator, values }) => {
                const [table, field] = column.split('$');
                const record = table.endsWith('__r') ? action : plan;
                const raw = record[field];
                // A checkbox criterion is written 1 or 0.
                const shown =
                    typeof raw === 'boolean'
                        ? raw
                            ? '1'
                            : '0'
                        : String(raw ?? '');
                assert.ok(
                    ['equals', 'notEqual'].includes(operator),
                    `${operator} is not modelled`
                );
                return values.includes(shown) === (operator === 'equals');
            })
        );
    });
}

describe('the action reports over the sample data', () => {
    const store = new PreviewStore(project, sampleSeed(project, TODAY), {
        today: TODAY
    });

    it('Overdue Commitments by Owner lists overdue actions with their owners on both sides', () => {
        const rows = reportRows(store, 'Overdue_Commitments_by_Owner');
        assert.ok(rows.length > 0, 'the sample data has overdue actions');
        assert.ok(rows.every((row) => row.Overdue__c === true));
        assert.ok(
            rows.some((row) => row.Supplier_Owner__c),
            'an overdue action owed by our side'
        );
        assert.ok(
            rows.some((row) => row.Customer_Owner__c),
            'an overdue action owed by the customer'
        );
    });

    it('completing an overdue action moves it to Actions Completed this Quarter', () => {
        const [overdue] = reportRows(store, 'Overdue_Commitments_by_Owner');
        assert.ok(
            !reportRows(store, 'Actions_Completed_this_Quarter').some(
                (row) => row.Id === overdue.Id
            )
        );
        store.update(overdue.Id, { Status__c: 'Done', Completed_On__c: TODAY });
        assert.ok(
            !reportRows(store, 'Overdue_Commitments_by_Owner').some(
                (row) => row.Id === overdue.Id
            )
        );
        // The report's time frame (this quarter) holds today's completion.
        assert.ok(
            reportRows(store, 'Actions_Completed_this_Quarter').some(
                (row) => row.Id === overdue.Id
            )
        );
    });
});
