/**
 * Page layouts: the object named by the file exists, every field placed on the
 * layout exists, and each related list is either a child relationship to this
 * object (`Child__c.Field__c`, with columns that exist on the child) or a
 * standard list the object supports (activities, field history, notes, files,
 * and the standard objects' own: contacts, opportunities, cases...).
 *
 * Metadata API, "Layout" (RelatedListItem.relatedList: the name of the
 * related list; `Child.LookupField` for a custom relationship):
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_layouts.htm
 */
import path from 'node:path';
import type { ObjectModel, ProjectModel } from '../../lib/project';
import { childText, childrenNamed, type XmlElement } from '../../lib/xml';
import {
    fieldProblem,
    nameProblem,
    objectProblem,
    type NameProblem
} from '../fieldPaths';
import type { Check, Problem } from '../types';
import { listViewColumnProblem } from './listViews';

/**
 * Standard related lists a custom object may show, and what it must enable
 * for each (activities for open activities and activity history, field
 * history tracking for the history list). Standard objects have activities,
 * and their history tracking is set up outside the layout, so they show
 * these without conditions.
 */
const STANDARD_RELATED_LISTS: Record<string, (object: ObjectModel) => boolean> =
    {
        RelatedActivityList: (object) => object.enableActivities,
        RelatedHistoryList: (object) => object.enableActivities,
        RelatedEntityHistoryList: (object) => object.enableHistory,
        RelatedNoteList: () => true,
        RelatedFileList: () => true,
        RelatedContentNoteList: () => true
    };

/**
 * The standard objects' own related lists that Setup writes into their
 * layouts. Another `Related…List` name is not wrong, only beyond this table:
 * unchecked.
 */
const STANDARD_OBJECT_RELATED_LISTS: Record<string, string[]> = {
    Account: [
        'RelatedContactList',
        'RelatedOpportunityList',
        'RelatedCaseList',
        'RelatedPartnerList',
        'RelatedAssetList',
        'RelatedContractList',
        'RelatedOrderList',
        'RelatedAccountContactRelationList'
    ],
    Contact: [
        'RelatedOpportunityList',
        'RelatedCaseList',
        'RelatedCampaignList',
        'RelatedEmailStatusList',
        'RelatedContactHistoryList',
        'RelatedAssetList'
    ],
    Lead: ['RelatedCampaignList', 'RelatedEmailStatusList'],
    Case: [
        'RelatedCommentsList',
        'RelatedAttachmentList',
        'RelatedSolutionList',
        'RelatedCaseHistoryList'
    ],
    Opportunity: [
        'RelatedLineItemList',
        'RelatedContactRoleList',
        'RelatedPartnerList',
        'RelatedCompetitorList',
        'RelatedOpportunityHistoryList',
        'RelatedQuoteList'
    ]
};

/** All descendants of an element with that name. */
function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
    return element.children.flatMap((child) => [
        ...(child.name === name ? [child] : []),
        ...descendantsNamed(child, name)
    ]);
}

/** What is wrong with a standard (`Related…List`) list on the object, if anything. */
function standardListProblem(
    object: ObjectModel,
    name: string
): NameProblem | undefined {
    if (name in STANDARD_RELATED_LISTS)
        return object.custom && !STANDARD_RELATED_LISTS[name](object)
            ? {
                  error: `${object.apiName} does not enable what ${name} shows (activities or field history)`
              }
            : undefined;
    if (STANDARD_OBJECT_RELATED_LISTS[object.apiName]?.includes(name))
        return undefined;
    return {
        error: `${name} is not a related list of ${object.apiName} in the offline catalogue`,
        kind: 'unchecked'
    };
}

function relatedListProblems(
    project: ProjectModel,
    object: ObjectModel,
    relatedList: XmlElement
): [string, NameProblem][] {
    const name = childText(relatedList, 'relatedList') ?? '';
    const element = `relatedLists[${name}]`;
    if (!name.includes('.')) {
        const problem = standardListProblem(object, name);
        return problem ? [[element, problem]] : [];
    }
    // `Child.Field`: a field of the child that looks this object up (a
    // lookup, master-detail or metadata relationship).
    const [childName, fieldName] = name.split('.');
    const lookup = project.getField(childName, fieldName);
    if (
        !lookup?.referenceTo?.some(
            (parent) => parent.toLowerCase() === object.apiName.toLowerCase()
        )
    ) {
        const problem = fieldProblem(project, childName, fieldName);
        return [
            [
                element,
                problem?.kind === 'unchecked'
                    ? problem
                    : {
                          error: `${name} is not a relationship of a child object to ${object.apiName}`
                      }
            ]
        ];
    }
    const child = project.getObject(childName)!;
    const columns = [
        ...childrenNamed(relatedList, 'fields').map((field) => field.text),
        ...childrenNamed(relatedList, 'sortField').map((field) => field.text)
    ];
    return columns.flatMap((column): [string, NameProblem][] => {
        const problem = listViewColumnProblem(project, child, column);
        return problem ? [[`${element}.fields[${column}]`, problem]] : [];
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
            const missingObject = objectProblem(project, objectName);
            if (missingObject) {
                problems.push(
                    nameProblem(relative, '(file name)', missingObject)
                );
                continue;
            }
            const object = project.getObject(objectName)!;
            const placed = childrenNamed(xml, 'layoutSections').flatMap(
                (section) => descendantsNamed(section, 'field')
            );
            for (const field of placed) {
                const problem = fieldProblem(
                    project,
                    object.apiName,
                    field.text
                );
                if (problem)
                    problems.push(
                        nameProblem(
                            relative,
                            `layoutItems[${field.text}]`,
                            problem
                        )
                    );
            }
            for (const relatedList of childrenNamed(xml, 'relatedLists')) {
                for (const [element, problem] of relatedListProblems(
                    project,
                    object,
                    relatedList
                )) {
                    problems.push(nameProblem(relative, element, problem));
                }
            }
        }
        return problems;
    }
};
