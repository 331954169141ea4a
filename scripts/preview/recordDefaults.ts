/**
 * The values a new record starts with: each field's default value, from the
 * field's own `<defaultValue>` formula (evaluated by the formula engine, so
 * `TODAY()` is the preview's today) or its picklist's default value.
 *
 * Salesforce Help, "Default Field Values": "Default field values automatically
 * insert the value of a custom field when a new record is created", and "the
 * initial default field value is only executed one time, during record
 * creation"
 * (https://help.salesforce.com/s/articleView?id=platform.fields_about_default_field_values.htm):
 * so an update never applies them again.
 */
import {
    evaluateDefaultValue,
    type FieldValue,
    type EvaluationOptions
} from '../lib/formulaEngine';
import {
    defaultPicklistValue,
    picklistValueNames,
    type FieldModel,
    type ObjectModel,
    type ProjectModel
} from '../lib/project';

/**
 * The default of one field, or undefined when it has none.
 *
 * - A checkbox is never blank (its describe says `nillable: false`,
 *   https://salesforce.stackexchange.com/questions/127548): without a
 *   `<defaultValue>` it starts unchecked. A field that cannot be null and has
 *   a default is filled on create "even if a value for this field is not
 *   explicitly passed in" (Object Reference, "Required Fields",
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/required_fields.htm).
 * - A picklist's default formula wins when its result is one of the values'
 *   API names, else the value flagged `<default>` applies (Salesforce Help,
 *   "Define Default Field Values": "The formula result has higher precedence
 *   than the default assigned in the Values list. If the formula doesn't
 *   generate a valid result, the default assigned in the Values list is
 *   entered in the field",
 *   https://help.salesforce.com/s/articleView?id=platform.fields_defining_default_values.htm).
 */
function defaultOf(
    field: FieldModel,
    options: EvaluationOptions
): FieldValue | undefined {
    const formula =
        field.defaultValue === undefined
            ? undefined
            : evaluateDefaultValue(field, options);
    if (field.valueType === 'Checkbox') return formula ?? false;
    const values = picklistValueNames(field);
    if (values) {
        return typeof formula === 'string' && values.includes(formula)
            ? formula
            : defaultPicklistValue(field)?.value;
    }
    return formula ?? undefined;
}

/**
 * The defaults of the writable fields of `object` that a create leaves out.
 * A field the write names keeps the value written, `null` included. The UI
 * API's documentation does not say what an explicit null does on create; the
 * SOAP API's does: "if a picklist field has a default value and you want to
 * set the value to null instead, specify the field in fieldsToNull" (SOAP API
 * Developer Guide, sObject `fieldsToNull`, quoted at
 * https://www.infallibletechie.com/2020/01/fieldstonull-in-salesforce-api-call.html),
 * and Apex DML keeps an explicit null over the default
 * (https://foobarforce.com/2013/06/03/sobject-secret-life-defaults/). The
 * preview follows them: only a field left out gets its default.
 */
export function defaultsOfNewRecord(
    object: ObjectModel,
    written: Readonly<Record<string, unknown>>,
    options: EvaluationOptions
): Record<string, FieldValue> {
    return Object.fromEntries(
        object.fields
            .filter((field) => !field.calculated && !(field.apiName in written))
            .flatMap((field) => {
                const value = defaultOf(field, options);
                return value === undefined ? [] : [[field.apiName, value]];
            })
    );
}

/**
 * Evaluates every default value of the project once, so a default the engine
 * cannot compute (one reading `$User`) stops the preview before it serves
 * anything, naming the field, instead of failing the first create.
 *
 * @throws FormulaEngineError for the first default that cannot be evaluated
 */
export function assertDefaultsEvaluable(
    project: ProjectModel,
    options: EvaluationOptions
): void {
    for (const object of project.objects)
        defaultsOfNewRecord(object, {}, options);
}
