/**
 * Turns the errors of Lightning Data Service (wire adapters, GraphQL, record
 * writes), of the network and of JavaScript into messages a user can read.
 */
import RECORD_CHANGED from '@salesforce/label/c.SAP_Shared_Record_Changed';

interface MessageHolder {
    message?: unknown;
}

interface FetchResponseBody {
    message?: unknown;
    pageErrors?: MessageHolder[];
    fieldErrors?: Record<string, MessageHolder[]>;
    output?: {
        errors?: MessageHolder[];
        fieldErrors?: Record<string, MessageHolder[]>;
    };
}

interface FetchResponse {
    status?: number;
    statusText?: string;
    message?: unknown;
    body?: FetchResponseBody | MessageHolder[];
}

function messagesOf(holders: MessageHolder[] | undefined): unknown[] {
    return (holders ?? []).map((holder) => holder?.message);
}

function fieldMessagesOf(
    fieldErrors: Record<string, MessageHolder[]> | undefined
): unknown[] {
    return Object.values(fieldErrors ?? {}).flatMap(messagesOf);
}

function messagesOfOne(error: unknown): unknown[] {
    if (typeof error === 'string') {
        return [error];
    }
    if (!error || typeof error !== 'object') {
        return [];
    }
    const { body, message, statusText } = error as FetchResponse;
    // UI API read errors
    if (Array.isArray(body)) {
        return messagesOf(body);
    }
    const candidates: unknown[][] = [
        messagesOf(body?.pageErrors),
        fieldMessagesOf(body?.fieldErrors),
        // UI API DML errors
        messagesOf(body?.output?.errors),
        fieldMessagesOf(body?.output?.fieldErrors),
        [body?.message],
        // GraphQL errors and JavaScript errors
        [message],
        [statusText]
    ];
    return (
        candidates.find((messages) =>
            messages.some((text) => typeof text === 'string' && text)
        ) ?? []
    );
}

/**
 * Reduces one or more errors to the list of their messages.
 * @param errors a FetchResponse, GraphQL error, Error, string, or an array of them
 * @returns the non-empty messages, in order
 */
export function reduceErrors(errors: unknown): string[] {
    const list = Array.isArray(errors) ? errors : [errors];
    return list
        .flatMap(messagesOfOne)
        .filter(
            (text): text is string => typeof text === 'string' && text !== ''
        );
}

/**
 * A write refused before it was sent: the record, as read when its editor
 * opened, no longer holds what the page shows (see `c/containerUtils`
 * `EditedRecord`). The client-side twin of the server's 412.
 */
export class StaleRecordError extends Error {
    constructor() {
        super(RECORD_CHANGED);
        this.name = 'StaleRecordError';
    }
}

/**
 * True when a record write was refused because the record changed after it
 * was read (`ifUnmodifiedSince` → HTTP 412 Precondition Failed), by the
 * server or, before sending, by {@link StaleRecordError}.
 * @param error the rejection of `updateRecord`
 */
export function isConcurrentEditError(error: unknown): boolean {
    return (
        error instanceof StaleRecordError ||
        (Boolean(error) &&
            typeof error === 'object' &&
            (error as FetchResponse).status === 412)
    );
}
