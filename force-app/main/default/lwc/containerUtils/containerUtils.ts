/**
 * What the three containers of the Account page (`strategicAccountPlan`,
 * `strategicAccountScorecard`, `strategicAccountObjectives`) share: the state
 * of the page query's latest result (shown by `c-page-state-card`), the one
 * way they save and refresh, and the version an edit is saved against
 * (`EditedRecord`, which holds the editor's read). The rest are pure
 * functions; the containers keep the state.
 */
import { refreshGraphQL, type GraphQLResult } from 'lightning/graphql';
import {
    getFieldValue,
    notifyRecordUpdateAvailable,
    type FieldId,
    type RecordRepresentation,
    type RecordResult
} from 'lightning/uiRecordApi';
import {
    toAccountPlans,
    type AccountPlansResponse,
    type PlanView,
    type RecordPage
} from 'c/accountPlanQuery';
import { isConcurrentEditError, StaleRecordError } from 'c/ldsUtils';

/** What a container shows for the query's latest result: exactly one flag is true. */
export interface PageState {
    /** No answer yet. */
    loading: boolean;
    /** The query failed: `errors` go to the error panel. */
    error: boolean;
    /** The user may not read the plans: the platform refused the plan object, or no plan connection came back. */
    noAccess: boolean;
    /** The account has no plan (archived ones are not read). */
    empty: boolean;
    /** There are plans: `plans` holds them. */
    data: boolean;
    errors?: unknown;
    plans?: RecordPage<PlanView>;
}

const STATE = {
    loading: false,
    error: false,
    noAccess: false,
    empty: false,
    data: false
};

/**
 * How the GraphQL API answers a user who may not read the plan object: the
 * object is missing from that user's schema, so the query fails validation
 * (graphql-java's message, as an org returns it: "Validation error
 * (FieldUndefined@[uiapi/query/X]) : Field 'X' in type 'RecordQuery' is
 * undefined", github.com/salesforce/lwc/issues/5541).
 */
const PLAN_OBJECT_UNDEFINED =
    'FieldUndefined@[uiapi/query/Strategic_Account_Plan__c]';

/** Whether every error says the user's schema has no plan object. */
function deniesPlanObject(errors: unknown): boolean {
    return (
        Array.isArray(errors) &&
        errors.length > 0 &&
        errors.every((error: { message?: unknown } | undefined) =>
            String(error?.message ?? '').includes(PLAN_OBJECT_UNDEFINED)
        )
    );
}

/**
 * The page state of a result of the `graphql` wire adapter.
 * @param result what the wire delivered; undefined before it did
 */
export function pageState(
    result: { data?: AccountPlansResponse | null; errors?: unknown } | undefined
): PageState {
    if (deniesPlanObject(result?.errors)) {
        return { ...STATE, noAccess: true };
    }
    if (result?.errors) {
        return { ...STATE, error: true, errors: result.errors };
    }
    if (!result?.data) {
        return { ...STATE, loading: true };
    }
    const plans = toAccountPlans(result.data);
    if (!plans) {
        return { ...STATE, noAccess: true };
    }
    return plans.records.length > 0
        ? { ...STATE, data: true, plans }
        : { ...STATE, empty: true, plans };
}

/** The headings of a failed save: what happened and what to do. */
export interface SaveMessages {
    /** When someone else changed the record since it was read (HTTP 412). */
    concurrentEdit: string;
    /** When the save failed for any other reason. */
    failed: string;
}

/** How a save refreshes. */
export interface SaveOptions {
    /**
     * Refresh after a concurrent-edit refusal (HTTP 412) too, although nothing
     * was written: the other person's value and the record's current
     * LastModifiedDate then arrive, so the container can show both values and
     * a retry is not refused again.
     */
    refreshOnConflict?: boolean;
}

/** How a save went, for the container to show. */
export interface SaveOutcome {
    /** Every write succeeded. */
    saved: boolean;
    /** A write was refused because someone else changed the record (HTTP 412). */
    conflict?: boolean;
    /** The failed write's error, shown under `errorTitle`. */
    error?: unknown;
    errorTitle?: string;
    /** The refresh after the writes failed; what was written stays written. */
    refreshError?: unknown;
}

/**
 * Runs the writes of one save in order, stopping at the first that fails,
 * then refreshes the query whenever something was written: after a partial
 * failure too, so that a retry sends the record's current LastModifiedDate.
 * The refresh runs outside the writes' error handling, so a failed refresh
 * is reported as such and never as a failed write.
 * @param writes the save's writes, e.g. an update guarded by `ifUnmodifiedSince`, then a Task
 * @param refresh re-reads the query (`refreshGraphQL` of the wire's result)
 * @param messages the headings of a failed write
 * @param options whether a concurrent-edit refusal refreshes too
 */
export async function saveThenRefresh(
    writes: (() => Promise<unknown>)[],
    refresh: () => Promise<unknown>,
    messages: SaveMessages,
    options: SaveOptions = {}
): Promise<SaveOutcome> {
    let written = 0;
    let failed = false;
    let error: unknown;
    try {
        for (const write of writes) {
            // In order: a later write (the Task) only once the guarded one succeeded.
            // eslint-disable-next-line no-await-in-loop
            await write();
            written += 1;
        }
    } catch (caught) {
        failed = true;
        error = caught;
    }
    const conflict = failed && isConcurrentEditError(error);
    let refreshError: unknown;
    if (written > 0 || (conflict && options.refreshOnConflict)) {
        try {
            await refresh();
        } catch (caught) {
            refreshError = caught;
        }
    }
    if (!failed) {
        return { saved: true, refreshError };
    }
    return {
        saved: false,
        conflict,
        error,
        errorTitle: conflict ? messages.concurrentEdit : messages.failed,
        refreshError
    };
}

/**
 * Reads the page query and one edited record again: after its save (the
 * formulas' new values, the record's new version) and after a refusal (the
 * other person's value and version), so "Use mine" or a retry can succeed.
 * @param queryResult the page query wire's last result
 * @param recordId the record saved
 */
export function refreshQueryAndRecord(
    queryResult: GraphQLResult<AccountPlansResponse>,
    recordId: string
): Promise<unknown> {
    return Promise.all([
        refreshGraphQL(queryResult),
        notifyRecordUpdateAvailable([{ recordId }])
    ]);
}

/**
 * The record an editor is open on, as `getRecord` read it when the editor
 * opened: its `lastModifiedDate` guards the save (`ifUnmodifiedSince`). The
 * page's query reads no LastModifiedDate for its long lists (metrics, sponsor
 * pairs: 14 KB of a large plan's response); each editor reads its one record
 * instead. That read guards the save only while the record still holds what
 * the page shows: when a field differs, someone saved it after the page was
 * read, and the save is refused as the server refuses a stale version.
 *
 * The container's `@wire(getRecord)` function hands every result to
 * `receive`; a save asks `readForSave`, which waits when the user was
 * quicker than the read.
 */
export class EditedRecord {
    private result?: RecordResult;
    private waiting: (() => void)[] = [];

    /** Takes the wire's latest result and wakes the saves waiting for it. */
    receive(result: RecordResult): void {
        this.result = result;
        this.waiting.splice(0).forEach((wake) => wake());
    }

    /**
     * The record, once the read of it (or an error) has arrived; a read of
     * another record (the editor open before) is never taken for it.
     * @param recordId the record being saved
     * @param shown each field read and the value the page shows for it
     * @throws StaleRecordError when a field now differs from the page
     * @throws the read's error
     */
    async readForSave(
        recordId: string,
        shown: [FieldId, unknown][]
    ): Promise<RecordRepresentation> {
        while (this.result?.data?.id !== recordId && !this.result?.error) {
            // eslint-disable-next-line no-await-in-loop
            await new Promise<void>((wake) => this.waiting.push(wake));
        }
        const { data, error } = this.result!;
        if (data?.id !== recordId) {
            throw error;
        }
        // The query maps a blank value to undefined, the record keeps it as null.
        if (
            shown.some(
                ([field, value]) =>
                    (getFieldValue(data, field) ?? null) !== (value ?? null)
            )
        ) {
            throw new StaleRecordError();
        }
        return data;
    }
}
