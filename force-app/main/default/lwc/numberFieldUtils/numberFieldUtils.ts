/**
 * Checks a number the user typed against the field it goes into, before it is
 * sent: an org refuses a number with more digits before the decimal point
 * than the field's precision minus its scale (`NUMBER_OUTSIDE_VALID_RANGE`),
 * and stores extra decimals as sent, rounding them only for display
 * (Knowledge Article 000387302,
 * https://help.salesforce.com/s/articleView?id=000387302&type=1), so the
 * value is rounded to the scale here, where the user sees it.
 *
 * The limits come from the field metadata the UI API serves (`precision`,
 * `scale` of the Object Info's field, `getObjectInfo` of
 * `lightning/uiObjectInfoApi`,
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-object-info.html).
 *
 * The input is the value of `lightning-input type="number"`: it reads what
 * the user types with the decimal and grouping separators of the user's
 * locale and hands over an ISO decimal string ("1234.5"); this module never
 * parses localized text itself.
 */
import type { ObjectInfo } from 'lightning/uiObjectInfoApi';

/** Digits in all and digits after the decimal point of a number field. */
export interface NumberLimits {
    precision: number;
    scale: number;
}

/** What a typed value becomes: the number to save, or why it cannot be saved. */
export type NumberCheck =
    | {
          /** The number to save; null for an empty input. */
          value: number | null;
          /** The value to show in the input (ISO decimal). */
          text: string;
          /** The value differs from what was typed: rounded to the scale, or beyond what a number holds. */
          changed: boolean;
      }
    | { error: 'notANumber' | 'tooLarge' };

/**
 * The precision and scale of a number field, from an Object Info; undefined
 * when the user may not read the field or it is not a number with a precision.
 * @param objectInfo the Object Info as `getObjectInfo` delivers it
 * @param fieldApiName e.g. `Actual__c`
 */
export function numberLimits(
    objectInfo: ObjectInfo | undefined,
    fieldApiName: string
): NumberLimits | undefined {
    const field = objectInfo?.fields?.[fieldApiName];
    return field && field.precision > 0
        ? { precision: field.precision, scale: field.scale }
        : undefined;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** A decimal string without sign noise, leading or trailing zeros: "-012.50" → "-12.5". */
function canonical(sign: string, whole: string, fraction: string): string {
    const digits = whole.replace(/^0+(?=\d)/, '') || '0';
    const decimals = fraction.replace(/0+$/, '');
    const text = decimals ? `${digits}.${decimals}` : digits;
    return sign === '-' && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Adds one to a string of digits: "0999" → "1000". */
function increment(digits: string): string {
    const chars = digits.split('');
    for (let index = chars.length - 1; index >= 0; index--) {
        if (chars[index] !== '9') {
            chars[index] = String(Number(chars[index]) + 1);
            return chars.join('');
        }
        chars[index] = '0';
    }
    return `1${chars.join('')}`;
}

/** Rounds a decimal string to `scale` places, half away from zero, in decimal (no binary error). */
function roundDecimal(text: string, scale: number): string {
    const [, sign, whole, fraction = ''] = DECIMAL.exec(text)!;
    if (fraction.length <= scale) return canonical(sign, whole, fraction);
    let digits = whole + fraction.slice(0, scale);
    if (fraction[scale] >= '5') digits = increment(digits);
    const split = digits.length - scale;
    return canonical(sign, digits.slice(0, split), digits.slice(split));
}

/**
 * Checks a typed value against the field's limits: an empty input clears the
 * field; a non-finite number (`1e309`) or one with too many digits before the
 * decimal point is refused; more decimals than the scale are rounded.
 * @param typed the value of `lightning-input type="number"` (ISO decimal, may use an exponent)
 * @param limits the field's precision and scale; without them only finiteness is checked
 */
export function checkNumber(typed: string, limits?: NumberLimits): NumberCheck {
    const trimmed = typed.trim();
    if (trimmed === '') return { value: null, text: '', changed: false };
    const number = Number(trimmed);
    if (Number.isNaN(number)) return { error: 'notANumber' };
    const maxDigits = limits && limits.precision - limits.scale;
    const tooLarge = (value: number) =>
        !Number.isFinite(value) ||
        (maxDigits !== undefined && Math.abs(value) >= 10 ** maxDigits);
    if (tooLarge(number)) return { error: 'tooLarge' };
    const decimal = DECIMAL.test(trimmed) ? trimmed : number.toFixed(20);
    const value = Number(
        limits ? roundDecimal(decimal, limits.scale) : decimal
    );
    if (tooLarge(value)) return { error: 'tooLarge' };
    const asTyped = DECIMAL.test(trimmed)
        ? roundDecimal(trimmed, Infinity)
        : String(number);
    const text = String(value);
    return { value, text, changed: text !== asTyped };
}
