/** A custom object tab is named after an object that exists. */
import path from 'node:path';
import { childText } from '../../lib/xml';
import { nameProblem, objectProblem } from '../fieldPaths';
import type { Check, Problem } from '../types';

export const tabs: Check = {
    name: 'tabs',
    description: 'custom object tabs name existing objects',
    run(context) {
        return context
            .filesEndingWith('.tab-meta.xml')
            .flatMap((file): Problem[] => {
                const xml = context.xml(file);
                const objectName = path.basename(file, '.tab-meta.xml');
                if (!xml || childText(xml, 'customObject') !== 'true')
                    return [];
                const problem = objectProblem(context.project, objectName);
                return problem
                    ? [
                          nameProblem(
                              context.relative(file),
                              '<customObject>',
                              {
                                  ...problem,
                                  error: `${problem.error} for this tab`
                              }
                          )
                      ]
                    : [];
            });
    }
};
