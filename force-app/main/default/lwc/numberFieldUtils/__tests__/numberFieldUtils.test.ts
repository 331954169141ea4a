import { checkNumber, numberLimits } from 'c/numberFieldUtils';

const jointMetricInfo = require('../../accountPlanQuery/__tests__/data/jointMetricObjectInfo.json');

/** Joint_Metric__c.Actual__c is Number(16, 2): 14 digits before the point. */
const ACTUAL = numberLimits(jointMetricInfo, 'Actual__c')!;

describe('c/numberFieldUtils', () => {
    describe('numberLimits', () => {
        it('reads precision and scale of a number field from the Object Info', () => {
            expect(ACTUAL).toEqual({ precision: 16, scale: 2 });
        });

        it('has none for a field the user may not read or without a precision', () => {
            expect(numberLimits(jointMetricInfo, 'Hidden__c')).toBeUndefined();
            expect(numberLimits(jointMetricInfo, 'Name')).toBeUndefined();
            expect(numberLimits(undefined, 'Actual__c')).toBeUndefined();
        });
    });

    describe('checkNumber', () => {
        it('keeps a value that fits as typed', () => {
            expect(checkNumber('1234.5', ACTUAL)).toEqual({
                value: 1234.5,
                text: '1234.5',
                changed: false
            });
            expect(checkNumber('-0.25', ACTUAL)).toEqual({
                value: -0.25,
                text: '-0.25',
                changed: false
            });
            expect(checkNumber('12.50', ACTUAL)).toMatchObject({
                value: 12.5,
                changed: false
            });
        });

        it('reads a decimal without a leading zero, as a number input may pass it', () => {
            expect(checkNumber('.5', ACTUAL)).toEqual({
                value: 0.5,
                text: '0.5',
                changed: false
            });
            expect(checkNumber('-.125', ACTUAL)).toEqual({
                value: -0.13,
                text: '-0.13',
                changed: true
            });
        });

        it('clears the field for an empty input', () => {
            expect(checkNumber('  ', ACTUAL)).toEqual({
                value: null,
                text: '',
                changed: false
            });
        });

        it('rounds to the scale half away from zero, in decimal, and says so', () => {
            expect(checkNumber('12.345', ACTUAL)).toEqual({
                value: 12.35,
                text: '12.35',
                changed: true
            });
            // 1.005 is 1.00499999… as a binary number: the rounding is decimal.
            expect(checkNumber('1.005', ACTUAL)).toMatchObject({ value: 1.01 });
            expect(checkNumber('-2.675', ACTUAL)).toMatchObject({
                value: -2.68
            });
            expect(checkNumber('9.999', ACTUAL)).toMatchObject({ value: 10 });
            expect(checkNumber('0.004', ACTUAL)).toMatchObject({
                value: 0,
                text: '0'
            });
        });

        it('refuses non-finite numbers and numbers beyond the precision', () => {
            for (const typed of [
                '1e309',
                '-1e309',
                '123456789012345678901234567890',
                '100000000000000',
                '99999999999999.999'
            ]) {
                expect(checkNumber(typed, ACTUAL)).toEqual({
                    error: 'tooLarge'
                });
            }
            expect(checkNumber('99999999999999', ACTUAL)).toMatchObject({
                value: 99999999999999,
                changed: false
            });
        });

        it('refuses a number that only rounding to the scale takes beyond the precision', () => {
            const threeDigits = { precision: 5, scale: 2 };
            expect(checkNumber('999.994', threeDigits)).toMatchObject({
                value: 999.99
            });
            expect(checkNumber('999.995', threeDigits)).toEqual({
                error: 'tooLarge'
            });
        });

        it('shows a value a number cannot hold exactly as changed', () => {
            // 16 significant digits: the nearest binary number is …984375.
            expect(checkNumber('99999999999999.99', ACTUAL)).toEqual({
                value: 99999999999999.98,
                text: '99999999999999.98',
                changed: true
            });
        });

        it('reads exponents as lightning-input passes them', () => {
            expect(checkNumber('1.5e3', ACTUAL)).toEqual({
                value: 1500,
                text: '1500',
                changed: false
            });
            expect(checkNumber('1.2345e1', ACTUAL)).toMatchObject({
                value: 12.35,
                changed: true
            });
        });

        it('refuses what is not a number', () => {
            expect(checkNumber('abc', ACTUAL)).toEqual({
                error: 'notANumber'
            });
            expect(checkNumber('-', ACTUAL)).toEqual({ error: 'notANumber' });
        });

        it('without limits checks finiteness only', () => {
            expect(checkNumber('1e309')).toEqual({ error: 'tooLarge' });
            expect(checkNumber('12.345')).toEqual({
                value: 12.345,
                text: '12.345',
                changed: false
            });
        });
    });
});
