/**
 * A custom field's `<defaultValue>` is a formula an org checks on deploy
 * (Salesforce Help, "Define Default Field Values":
 * https://help.salesforce.com/s/articleView?id=platform.fields_defining_default_values.htm).
 * It cannot read the record it fills, since it is computed before anything is
 * typed; it may read the record type and global variables such as `$User`
 * (Salesforce Help, "Default Field Value Considerations":
 * https://help.salesforce.com/s/articleView?id=platform.fields_default_field_value_considerations.htm;
 * "Useful Default Field Value Formulas":
 * https://help.salesforce.com/s/articleView?id=platform.fields_useful_default_field_values.htm).
 * A `$User.Field` must exist on User. The formula engine evaluates the
 * default, each `$User` field holding a value of its type, and refuses one
 * that does not parse or whose result type does not fit the field, as an org
 * does ("Formula result is data type (Text), incompatible with expected data
 * type (Number)"). A default reading another global variable ($Organization,
 * $Profile...) is beyond the offline model and is not evaluated.
 * Not encoded: a checkbox without a default (Metadata API, "CustomField":
 * `defaultValue` "If specified, represents the default value of the field",
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm),
 * and which field types may have one (no page found lists them).
 */
import {
    FormulaEngineError,
    evaluateDefaultValue,
    type ExpressionInput
} from '../../lib/formulaEngine';
import type { FieldModel } from '../../lib/project';
import { nameProblem } from '../fieldPaths';
import type { Check, Problem } from '../types';
import {
    formulaReferences,
    isUncheckedGlobal,
    resolveReference
} from './formulas';

const ELEMENT = '<defaultValue>';

/** The record type is chosen before the edit page opens, so a default may read it (Considerations, above). */
const RECORD_TYPE = /^RecordType(Id$|\.)/i;

/** A value of the field's type that is not blank: a blank result fits any field and would hide its type. */
function valueOfItsType(field: FieldModel): unknown {
    if (['Number', 'Currency', 'Percent'].includes(field.valueType)) return 1;
    if (field.valueType === 'Checkbox') return true;
    if (field.valueType === 'Date') return '2000-01-01';
    if (field.valueType === 'DateTime') return '2000-01-01T00:00:00.000Z';
    return 'x';
}

export const defaultValues: Check = {
    name: 'defaultValues',
    description:
        'default values read no field of their record, name existing $User fields, parse and fit their field',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        for (const object of project.objects) {
            for (const field of object.fields) {
                const formula = field.defaultValue;
                if (formula === undefined || !field.file) continue;
                const file = context.relative(field.file);
                const globals: Record<string, ExpressionInput> = {};
                let evaluable = true;
                for (const reference of formulaReferences(formula)) {
                    if (isUncheckedGlobal(reference)) {
                        evaluable = false;
                    } else if (!reference.startsWith('$')) {
                        evaluable = false;
                        if (!RECORD_TYPE.test(reference))
                            problems.push({
                                file,
                                element: ELEMENT,
                                message: `${reference}: a default value cannot read the fields of the record it fills`
                            });
                    } else {
                        const result = resolveReference(
                            project,
                            object.apiName,
                            reference
                        );
                        if (result.field)
                            globals[reference] = {
                                field: result.field,
                                value: valueOfItsType(result.field)
                            };
                        else {
                            evaluable = false;
                            problems.push(
                                nameProblem(file, ELEMENT, {
                                    ...result,
                                    error: `${reference}: ${result.error}`
                                })
                            );
                        }
                    }
                }
                if (!evaluable) continue;
                try {
                    evaluateDefaultValue(field, { globals });
                } catch (error) {
                    if (!(error instanceof FormulaEngineError)) throw error;
                    problems.push({
                        file,
                        element: ELEMENT,
                        message: error.reason
                    });
                }
            }
        }
        return problems;
    }
};
