/**
 * Project-wide mock of `lightning-button`: the stub of sfdx-lwc-jest plus the
 * `aria-label` that the real component has (lightning-base-components,
 * primitiveButton: `@api ariaLabel`, rendered on its inner <button>). Without
 * it the label lands on the host element, where axe rightly refuses it.
 */
import { api } from 'lwc';
import Button from '@salesforce/sfdx-lwc-jest/src/lightning-stubs/button/button';

export default class ButtonWithAriaLabel extends Button {
    @api ariaLabel;
}
