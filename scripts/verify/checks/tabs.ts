/** A custom object tab is named after an object that exists. */
import path from 'node:path';
import { childText } from '../../lib/xml';
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
                if (
                    !xml ||
                    childText(xml, 'customObject') !== 'true' ||
                    context.project.getObject(objectName)
                )
                    return [];
                return [
                    {
                        file: context.relative(file),
                        element: '<customObject>',
                        message: `there is no object ${objectName} for this tab`
                    }
                ];
            });
    }
};
