/**
 * Stand-in for `lightning/navigation`. The preview page is one Account record
 * page, so navigation is announced with a `preview__navigate` event that the
 * shell turns into an account switch (record pages of accounts) or a notice
 * (everything else, e.g. the standard "new record" page), and recorded in
 * `window.__preview.navigations` for the tests.
 */
import { previewStats } from 'preview/api';

/** A page reference as `NavigationMixin.Navigate` takes it. */
export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

const Navigate: unique symbol = Symbol('Navigate');
const GenerateUrl: unique symbol = Symbol('GenerateUrl');

/** The preview's own URL for a page reference: record pages are `?recordId=…`. */
function urlFor(pageReference: PageReference): string {
    const recordId = pageReference.attributes?.recordId;
    return typeof recordId === 'string'
        ? `?recordId=${encodeURIComponent(recordId)}`
        : `#${encodeURIComponent(JSON.stringify(pageReference))}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => HTMLElement;

/** Adds `[NavigationMixin.Navigate]` and `[NavigationMixin.GenerateUrl]` to a component class. */
export function NavigationMixin<T extends Constructor>(Base: T) {
    return class extends Base {
        [Navigate](pageReference: PageReference): void {
            previewStats().navigations.push(pageReference);
            this.dispatchEvent(
                new CustomEvent('preview__navigate', {
                    bubbles: true,
                    composed: true,
                    detail: pageReference
                })
            );
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return Promise.resolve(urlFor(pageReference));
        }
    };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** Wire adapter: the Account record page the preview shows. */
export class CurrentPageReference {
    constructor(
        private readonly callback: (pageReference: PageReference) => void
    ) {}

    connect(): void {
        const recordId =
            new URLSearchParams(window.location.search).get('recordId') ??
            undefined;
        this.callback({
            type: 'standard__recordPage',
            attributes: {
                recordId,
                objectApiName: 'Account',
                actionName: 'view'
            },
            state: {}
        });
    }

    update(): void {}

    disconnect(): void {}
}
