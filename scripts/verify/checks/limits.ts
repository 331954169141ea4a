/**
 * Platform limits an org enforces at deploy time: formula length, master-detail,
 * roll-up and relationship fields per object, and the lengths of names,
 * labels, descriptions, help text, error messages and custom labels.
 */
import type { FieldModel, ObjectModel } from '../../lib/project';
import { describeElement } from '../../lib/metadataSchema';
import { childText, childrenNamed } from '../../lib/xml';
import type { Check, Problem } from '../types';

export const LIMITS = {
    formulaCharacters: 3900,
    masterDetailPerObject: 2,
    rollUpsPerObject: 25,
    relationshipsPerObject: 40,
    labelCharacters: 40,
    apiNameCharacters: 40,
    descriptionCharacters: 1000,
    helpTextCharacters: 510,
    errorMessageCharacters: 255,
    customLabelCharacters: 1000,
    textLength: 255,
    longTextLength: 131072,
    numberPrecision: 18
};

const tooLong = (
    text: string | undefined,
    limit: number,
    what: string
): string[] =>
    text !== undefined && text.length > limit
        ? [`${what} has ${text.length} characters; the limit is ${limit}`]
        : [];

function fieldProblems(field: FieldModel): [string, string][] {
    const problems: [string, string][] = [];
    const add = (element: string, messages: string[]) =>
        messages.forEach((message) => problems.push([element, message]));
    add(
        '<formula>',
        tooLong(field.formula, LIMITS.formulaCharacters, 'the formula')
    );
    add('<label>', tooLong(field.label, LIMITS.labelCharacters, 'the label'));
    add(
        '<fullName>',
        tooLong(
            field.apiName.replace(/__c$/, ''),
            LIMITS.apiNameCharacters,
            'the API name'
        )
    );
    add(
        '<description>',
        tooLong(
            field.description,
            LIMITS.descriptionCharacters,
            'the description'
        )
    );
    add(
        '<inlineHelpText>',
        tooLong(
            field.inlineHelpText,
            LIMITS.helpTextCharacters,
            'the help text'
        )
    );
    if (
        field.length !== undefined &&
        field.type === 'Text' &&
        field.length > LIMITS.textLength
    ) {
        add('<length>', [
            `a text field holds at most ${LIMITS.textLength} characters`
        ]);
    }
    if (
        field.length !== undefined &&
        field.type === 'LongTextArea' &&
        field.length > LIMITS.longTextLength
    ) {
        add('<length>', [
            `a long text area holds at most ${LIMITS.longTextLength} characters`
        ]);
    }
    if (
        field.precision !== undefined &&
        field.precision > LIMITS.numberPrecision
    )
        add('<precision>', [`precision is at most ${LIMITS.numberPrecision}`]);
    if (
        field.precision !== undefined &&
        field.scale !== undefined &&
        field.scale > field.precision
    )
        add('<scale>', ['scale cannot exceed precision']);
    return problems;
}

function perObjectCounts(object: ObjectModel): string[] {
    const custom = object.fields.filter((field) => field.file);
    const count = (
        predicate: (field: FieldModel) => boolean,
        limit: number,
        what: string
    ) => {
        const matching = custom.filter(predicate);
        return matching.length > limit
            ? [
                  `${matching.length} ${what} (${matching.map((field) => field.apiName).join(', ')}); an object may have at most ${limit}`
              ]
            : [];
    };
    return [
        ...count(
            (field) => field.type === 'MasterDetail',
            LIMITS.masterDetailPerObject,
            'master-detail fields'
        ),
        ...count(
            (field) => field.type === 'Summary',
            LIMITS.rollUpsPerObject,
            'roll-up summary fields'
        ),
        ...count(
            (field) => field.type === 'MasterDetail' || field.type === 'Lookup',
            LIMITS.relationshipsPerObject,
            'relationship fields'
        )
    ];
}

export const limits: Check = {
    name: 'limits',
    description:
        'platform limits on formulas, fields per object and text lengths',
    run(context) {
        const problems: Problem[] = [];
        for (const object of context.project.objects) {
            if (!object.file) continue;
            const objectFile = context.relative(object.file);
            for (const message of perObjectCounts(object))
                problems.push({
                    file: objectFile,
                    element: '<CustomObject>',
                    message
                });
            for (const message of tooLong(
                object.label,
                LIMITS.labelCharacters,
                'the label'
            ))
                problems.push({
                    file: objectFile,
                    element: '<label>',
                    message
                });
            for (const field of object.fields) {
                if (!field.file) continue;
                for (const [element, message] of fieldProblems(field))
                    problems.push({
                        file: context.relative(field.file),
                        element,
                        message
                    });
            }
            for (const rule of object.validationRules) {
                const file = context.relative(rule.file);
                for (const message of tooLong(
                    rule.formula,
                    LIMITS.formulaCharacters,
                    'the formula'
                ))
                    problems.push({
                        file,
                        element: '<errorConditionFormula>',
                        message
                    });
                for (const message of tooLong(
                    rule.errorMessage,
                    LIMITS.errorMessageCharacters,
                    'the error message'
                ))
                    problems.push({ file, element: '<errorMessage>', message });
            }
        }
        for (const file of context.filesEndingWith('.labels-meta.xml')) {
            for (const label of childrenNamed(
                context.xml(file) ?? { name: '', text: '', children: [] },
                'labels'
            )) {
                for (const message of tooLong(
                    childText(label, 'value'),
                    LIMITS.customLabelCharacters,
                    'the value'
                )) {
                    problems.push({
                        file: context.relative(file),
                        element: describeElement(label),
                        message
                    });
                }
            }
        }
        return problems;
    }
};
