/**
 * The preview's Account record page look-alike: a header with an account
 * picker, the record header, and the package's two components in the main and
 * sidebar regions. It also plays the parts of Lightning Experience the
 * components rely on: it shows `ShowToastEvent` toasts and answers
 * `NavigationMixin` navigation.
 *
 * `?recordId=` picks the account; `?view=datatable` swaps the components for a
 * plain `lightning-datatable` of the same metrics (the benchmark's baseline).
 */
import { LightningElement } from 'lwc';
import { getAccounts, previewStats, type AccountOption } from 'preview/api';

interface Toast {
    key: number;
    title: string;
    message?: string;
    variant: string;
    iconName: string;
    className: string;
}

interface ToastDetail {
    title?: string;
    message?: string;
    messageData?: (string | { label?: string })[];
    variant?: string;
    mode?: string;
}

interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
}

const TOAST_DURATION_MS = 6000;
const EMPTY_ACCOUNT: AccountOption = { id: '', name: '' };

/** `{0}` placeholders of a toast message filled from `messageData`, as Lightning Experience does. */
function fillMessage(detail: ToastDetail): string | undefined {
    return detail.message?.replace(
        /\{(\d+)\}/g,
        (placeholder, index: string) => {
            const data = detail.messageData?.[Number(index)];
            return data === undefined
                ? placeholder
                : typeof data === 'string'
                  ? data
                  : (data.label ?? '');
        }
    );
}

export default class PreviewApp extends LightningElement {
    accounts: AccountOption[] = [];
    recordId?: string;
    toasts: Toast[] = [];
    showDatatable =
        new URLSearchParams(window.location.search).get('view') === 'datatable';
    private toastKey = 0;

    get accountOptions() {
        return this.accounts.map((account) => ({
            label: account.name,
            value: account.id
        }));
    }

    get account(): AccountOption {
        return (
            this.accounts.find((account) => account.id === this.recordId) ??
            EMPTY_ACCOUNT
        );
    }

    connectedCallback(): void {
        this.addEventListener('lightning__showtoast', (event) =>
            this.showToast((event as CustomEvent<ToastDetail>).detail)
        );
        this.addEventListener('preview__navigate', (event) =>
            this.navigate((event as CustomEvent<PageReference>).detail)
        );
        getAccounts()
            .then((accounts) => {
                this.accounts = accounts;
                const requested = new URLSearchParams(
                    window.location.search
                ).get('recordId');
                this.recordId =
                    accounts.find((account) => account.id === requested)?.id ??
                    accounts[0]?.id;
            })
            .catch((error: unknown) =>
                this.showToast({
                    title: 'The preview server did not answer',
                    message: String(error),
                    variant: 'error'
                })
            );
    }

    handleAccountChange(event: CustomEvent<{ value: string }>): void {
        this.openAccount(event.detail.value);
    }

    handleToastClose(event: Event): void {
        const key = Number((event.currentTarget as HTMLElement).dataset.key);
        this.toasts = this.toasts.filter((toast) => toast.key !== key);
    }

    private openAccount(recordId: string): void {
        this.recordId = recordId;
        const url = new URL(window.location.href);
        url.searchParams.set('recordId', recordId);
        window.history.replaceState(null, '', url);
    }

    private navigate(pageReference: PageReference): void {
        const recordId = pageReference.attributes?.recordId;
        if (
            pageReference.type === 'standard__recordPage' &&
            this.accounts.some((account) => account.id === recordId)
        ) {
            this.openAccount(recordId as string);
            return;
        }
        const target = [
            pageReference.attributes?.objectApiName,
            pageReference.attributes?.actionName,
            recordId
        ]
            .filter(Boolean)
            .join(' ');
        this.showToast({
            title: 'Navigation',
            message: `In an org this opens ${pageReference.type} ${target}.`,
            variant: 'info'
        });
    }

    private showToast(detail: ToastDetail): void {
        const variant = detail.variant ?? 'info';
        const key = ++this.toastKey;
        const toast: Toast = {
            key,
            title: detail.title ?? '',
            message: fillMessage(detail),
            variant,
            iconName: `utility:${variant}`,
            className: `slds-notify slds-notify_toast slds-theme_${variant}`
        };
        previewStats().toasts.push(detail);
        this.toasts = [...this.toasts, toast];
        if (detail.mode !== 'sticky') {
            setTimeout(
                () =>
                    (this.toasts = this.toasts.filter(
                        (item) => item.key !== key
                    )),
                TOAST_DURATION_MS
            );
        }
    }
}
