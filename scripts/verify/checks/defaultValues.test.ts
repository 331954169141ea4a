import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertProblem, problemsAfter, SOURCE } from '../testing';

const OBJECTS = `${SOURCE}/objects`;
const OPEN_ACTIONS = `${OBJECTS}/Plan_Objective__c/fields/Open_Actions__c.field-meta.xml`;
const ASSESSED_ON = `${OBJECTS}/Buy_Sell_Level__c/fields/Assessed_On__c.field-meta.xml`;
const IS_LATEST = `${OBJECTS}/Buy_Sell_Level__c/fields/Is_Latest__c.field-meta.xml`;

/** The problems after replacing one field's default value. */
const problemsWithDefault = (file: string, from: string, to: string) =>
    problemsAfter(['defaultValues'], (copy) =>
        copy.replace(
            file,
            `<defaultValue>${from}</defaultValue>`,
            `<defaultValue>${to}</defaultValue>`
        )
    );

/** Asserts that the default `to`, in place of `from`, is refused at the field's `<defaultValue>`. */
const assertRefused = (
    file: string,
    from: string,
    to: string,
    message: RegExp
) =>
    assertProblem(
        problemsWithDefault(file, from, to),
        file,
        '<defaultValue>',
        message
    );

describe('defaultValues check', () => {
    it('accepts the shipped defaults: 0 on a Number, TODAY() on a Date, false on a Checkbox', () => {
        assert.deepEqual(
            problemsAfter(['defaultValues'], () => {}),
            []
        );
    });

    it('accepts a default reading $User fields that exist', () => {
        assert.deepEqual(
            problemsWithDefault(
                ASSESSED_ON,
                'TODAY()',
                'IF($User.IsActive, TODAY(), NULL)'
            ),
            []
        );
    });

    it('accepts the record type and global variables the offline model does not know', () => {
        assert.deepEqual(
            problemsWithDefault(
                ASSESSED_ON,
                'TODAY()',
                'IF(RecordType.DeveloperName = "Annual" || $Organization.Country = "US", TODAY(), NULL)'
            ),
            []
        );
    });

    it('rejects a default reading a $User field whose type does not fit the field', () => {
        assertRefused(
            OPEN_ACTIONS,
            '0',
            '$User.Email',
            /returns text, but the field is Number/
        );
        assertRefused(
            ASSESSED_ON,
            'TODAY()',
            '$User.LastLoginDate',
            /returns datetime, but the field is Date/
        );
    });

    it('rejects a default that does not parse', () => {
        assertRefused(OPEN_ACTIONS, '0', '0 +', /Syntax error/);
    });

    it('rejects text on a Number field and a number on a Checkbox', () => {
        assertRefused(
            OPEN_ACTIONS,
            '0',
            '"none"',
            /returns text, but the field is Number/
        );
        assertRefused(
            IS_LATEST,
            'false',
            '1',
            /returns number, but the field is Checkbox/
        );
    });

    it('rejects a default reading a field of its own record or through a relationship', () => {
        const problems = problemsWithDefault(
            ASSESSED_ON,
            'TODAY()',
            'IF(ISBLANK(Level__c), Strategic_Account_Plan__r.CreatedDate, TODAY())'
        );
        for (const reference of [
            'Level__c',
            'Strategic_Account_Plan__r.CreatedDate'
        ])
            assertProblem(
                problems,
                ASSESSED_ON,
                '<defaultValue>',
                new RegExp(
                    `^${reference.replace('.', '\\.')}: a default value cannot read the fields of the record it fills`
                )
            );
    });

    it('rejects a $User custom field that nobody defines', () => {
        assertRefused(
            ASSESSED_ON,
            'TODAY()',
            'IF($User.Is_Strategic__c, TODAY(), NULL)',
            /\$User\.Is_Strategic__c: User has no field Is_Strategic__c/
        );
    });
});
