/**
 * Platform limits an org enforces at deploy time: formula length; master-detail,
 * roll-up, relationship and history-tracked fields per object; fields per
 * compact layout; and the lengths of names, labels, descriptions, help text,
 * error messages and custom labels.
 */
import { describeElement } from '../../lib/metadataSchema';
import type { FieldModel, ObjectModel } from '../../lib/project';
import { childText, childrenNamed } from '../../lib/xml';
import type { Check, Problem } from '../types';

export const LIMITS = {
    formulaCharacters: 3900,
    masterDetailPerObject: 2,
    rollUpsPerObject: 25,
    relationshipsPerObject: 40,
    trackedFieldsPerObject: 20,
    compactLayoutFields: 10,
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

/** [element, message] pairs for one field's own limits. */
function fieldProblems(field: FieldModel): [string, string[]][] {
    const { type, length, precision, scale } = field;
    return [
        [
            '<formula>',
            tooLong(field.formula, LIMITS.formulaCharacters, 'the formula')
        ],
        ['<label>', tooLong(field.label, LIMITS.labelCharacters, 'the label')],
        [
            '<fullName>',
            tooLong(
                field.apiName.replace(/__c$/, ''),
                LIMITS.apiNameCharacters,
                'the API name'
            )
        ],
        [
            '<description>',
            tooLong(
                field.description,
                LIMITS.descriptionCharacters,
                'the description'
            )
        ],
        [
            '<inlineHelpText>',
            tooLong(
                field.inlineHelpText,
                LIMITS.helpTextCharacters,
                'the help text'
            )
        ],
        [
            '<length>',
            type === 'Text' &&
            length !== undefined &&
            length > LIMITS.textLength
                ? [`a text field holds at most ${LIMITS.textLength} characters`]
                : []
        ],
        [
            '<length>',
            type === 'LongTextArea' &&
            length !== undefined &&
            length > LIMITS.longTextLength
                ? [
                      `a long text area holds at most ${LIMITS.longTextLength} characters`
                  ]
                : []
        ],
        [
            '<precision>',
            precision !== undefined && precision > LIMITS.numberPrecision
                ? [`precision is at most ${LIMITS.numberPrecision}`]
                : []
        ],
        [
            '<scale>',
            precision !== undefined && scale !== undefined && scale > precision
                ? ['scale cannot exceed precision']
                : []
        ]
    ];
}

/** Messages for the per-object counts of fields of one kind. */
function perObjectCounts(object: ObjectModel): string[] {
    const custom = object.fields.filter((field) => field.file);
    const count = (
        predicate: (field: FieldModel) => boolean,
        limit: number,
        what: string
    ) => {
        const matching = custom.filter(predicate).map((field) => field.apiName);
        return matching.length > limit
            ? [
                  `${matching.length} ${what} (${matching.join(', ')}); an object may have at most ${limit}`
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
        ),
        ...count(
            (field) => field.trackHistory,
            LIMITS.trackedFieldsPerObject,
            'history-tracked fields'
        )
    ];
}

export const limits: Check = {
    name: 'limits',
    description:
        'platform limits on formulas, fields per object, compact layouts and text lengths',
    run(context) {
        const problems: Problem[] = [];
        const add = (file: string, element: string, messages: string[]) =>
            messages.forEach((message) =>
                problems.push({
                    file: context.relative(file),
                    element,
                    message
                })
            );
        for (const object of context.project.objects) {
            if (!object.file) continue;
            add(object.file, '<CustomObject>', perObjectCounts(object));
            add(
                object.file,
                '<label>',
                tooLong(object.label, LIMITS.labelCharacters, 'the label')
            );
            add(
                object.file,
                '<pluralLabel>',
                tooLong(
                    object.pluralLabel,
                    LIMITS.labelCharacters,
                    'the plural label'
                )
            );
            for (const field of object.fields) {
                for (const [element, messages] of field.file
                    ? fieldProblems(field)
                    : [])
                    add(field.file!, element, messages);
            }
            for (const rule of object.validationRules) {
                add(
                    rule.file,
                    '<errorConditionFormula>',
                    tooLong(
                        rule.formula,
                        LIMITS.formulaCharacters,
                        'the formula'
                    )
                );
                add(
                    rule.file,
                    '<errorMessage>',
                    tooLong(
                        rule.errorMessage,
                        LIMITS.errorMessageCharacters,
                        'the error message'
                    )
                );
            }
            for (const view of object.listViews)
                add(
                    view.file,
                    '<label>',
                    tooLong(view.label, LIMITS.labelCharacters, 'the label')
                );
            for (const layout of object.compactLayouts) {
                if (layout.fields.length > LIMITS.compactLayoutFields) {
                    add(layout.file, '<fields>', [
                        `${layout.fields.length} fields; a compact layout shows at most ${LIMITS.compactLayoutFields}`
                    ]);
                }
            }
        }
        for (const file of context.filesEndingWith('.labels-meta.xml')) {
            const xml = context.xml(file);
            for (const label of xml ? childrenNamed(xml, 'labels') : []) {
                add(
                    file,
                    describeElement(label),
                    tooLong(
                        childText(label, 'value'),
                        LIMITS.customLabelCharacters,
                        'the value'
                    )
                );
            }
        }
        return problems;
    }
};
