/**
 * Project-wide mock of `lightning/navigation`: records every Navigate call in
 * `mockNavigate` so tests can assert the page reference a component asked for.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

/** Called with { pageReference, replace } for every navigation. */
export const mockNavigate = jest.fn();
/** Called with { pageReference } for every URL generated. */
export const mockGenerateUrl = jest.fn();

export const NavigationMixin = (Base) =>
    class extends Base {
        [Navigate](pageReference, replace) {
            mockNavigate({ pageReference, replace });
        }

        [GenerateUrl](pageReference) {
            mockGenerateUrl({ pageReference });
            const { recordId, objectApiName, actionName } =
                pageReference.attributes || {};
            return Promise.resolve(
                `/lightning/r/${objectApiName || 'record'}/${recordId || 'new'}/${actionName || 'view'}`
            );
        }
    };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;
