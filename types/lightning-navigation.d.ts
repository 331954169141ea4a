/**
 * `lightning/navigation`: NavigationMixin and page references.
 */
declare module 'lightning/navigation' {
    import type { LightningElement } from 'lwc';

    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, string | undefined>;
    }

    export interface NavigationMixinMethods {
        [NavigationMixin.Navigate](
            pageReference: PageReference,
            replace?: boolean
        ): void;
        [NavigationMixin.GenerateUrl](
            pageReference: PageReference
        ): Promise<string>;
    }

    // A mixin's constructor must take `...args: any[]` for TypeScript to
    // recognise the mixin pattern.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Constructor<T> = new (...args: any[]) => T;

    export function NavigationMixin<Base extends Constructor<LightningElement>>(
        base: Base
    ): Base & Constructor<NavigationMixinMethods>;

    export namespace NavigationMixin {
        const Navigate: unique symbol;
        const GenerateUrl: unique symbol;
    }

    export const CurrentPageReference: import('lwc').WireAdapterConstructor<
        Record<string, never>,
        PageReference
    >;
}

/** Encodes default field values for a standard__objectPage `new` action. */
declare module 'lightning/pageReferenceUtils' {
    export function encodeDefaultFieldValues(
        values: Record<string, string | number | boolean | null>
    ): string;
    export function decodeDefaultFieldValues(
        encoded: string
    ): Record<string, string>;
}
