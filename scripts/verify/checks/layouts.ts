/**
 * Page layouts: the object named by the file exists, every field placed on the
 * layout exists, and each related list is either a child relationship to this
 * object (`Child__c.Field__c`, with columns that exist on the child) or a
 * standard list the object supports (activities, field history, notes, files).
 */
import path from 'node:path';
import type { ObjectModel, ProjectModel } from '../../lib/project';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import type { Check, Problem } from '../types';
import { listViewColumnError } from './listViews';

/** Standard related lists and what the object must allow for each. */
const STANDARD_RELATED_LISTS: Record<string, (object: ObjectModel) => boolean> =
    {
        RelatedActivityList: (object) => object.enableActivities,
        RelatedHistoryList: (object) => object.enableActivities,
        RelatedEntityHistoryList: (object) => object.enableHistory,
        RelatedNoteList: () => true,
        RelatedFileList: () => true,
        RelatedContentNoteList: () => true
    };

/** All descendants of an element with that name. */
function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
    return element.children.flatMap((child) => [
        ...(child.name === name ? [child] : []),
        ...descendantsNamed(child, name)
    ]);
}

function relatedListProblems(
    project: ProjectModel,
    object: ObjectModel,
    relatedList: XmlElement
): [string, string][] {
    const name = childText(relatedList, 'relatedList') ?? '';
    const element = `relatedLists[${name}]`;
    if (name in STANDARD_RELATED_LISTS) {
        return STANDARD_RELATED_LISTS[name](object)
            ? []
            : [
                  [
                      element,
                      `${object.apiName} does not enable what ${name} shows (activities or field history)`
                  ]
              ];
    }
    const [childName, fieldName] = name.split('.');
    const relationship = project
        .childRelationships(object.apiName)
        .find(
            (candidate) =>
                candidate.childObject.toLowerCase() ===
                    childName.toLowerCase() &&
                candidate.field.toLowerCase() ===
                    (fieldName ?? '').toLowerCase()
        );
    if (!relationship)
        return [
            [
                element,
                `${name} is not a relationship of a child object to ${object.apiName}`
            ]
        ];
    const child = project.getObject(relationship.childObject)!;
    const columns = [
        ...childrenNamed(relatedList, 'fields').map((field) => field.text),
        ...childrenNamed(relatedList, 'sortField').map((field) => field.text)
    ];
    return columns.flatMap((column): [string, string][] => {
        const error = listViewColumnError(child, column);
        return error ? [[`${element}.fields[${column}]`, error]] : [];
    });
}

export const layouts: Check = {
    name: 'layouts',
    description: 'layouts place existing fields and valid related lists',
    run(context) {
        const { project } = context;
        const problems: Problem[] = [];
        for (const file of context.filesEndingWith('.layout-meta.xml')) {
            const xml = context.xml(file);
            if (!xml) continue;
            const relative = context.relative(file);
            const objectName = path.basename(file).split('-')[0];
            const object = project.getObject(objectName);
            if (!object) {
                problems.push({
                    file: relative,
                    element: '(file name)',
                    message: `there is no object ${objectName}`
                });
                continue;
            }
            const placed = childrenNamed(xml, 'layoutSections').flatMap(
                (section) => descendantsNamed(section, 'field')
            );
            for (const field of placed) {
                if (!project.getField(object.apiName, field.text)) {
                    problems.push({
                        file: relative,
                        element: `layoutItems[${field.text}]`,
                        message: `${object.apiName} has no field ${field.text}`
                    });
                }
            }
            for (const relatedList of childrenNamed(xml, 'relatedLists')) {
                for (const [element, message] of relatedListProblems(
                    project,
                    object,
                    relatedList
                )) {
                    problems.push({ file: relative, element, message });
                }
            }
        }
        return problems;
    }
};
