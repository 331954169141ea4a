import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    bytesComparableWithBaseline,
    responseBytesByList
} from './responseSize';

describe('responseBytesByList', () => {
    it('sizes each child list over all plans, and the plans’ own fields apart', () => {
        const metrics = { edges: [{ node: { Id: 'm1' } }] };
        const levels = { edges: [] };
        const body = JSON.stringify({
            data: {
                uiapi: {
                    query: {
                        Strategic_Account_Plan__c: {
                            totalCount: 2,
                            edges: [
                                {
                                    node: {
                                        Id: 'p1',
                                        Joint_Metrics__r: metrics,
                                        Buy_Sell_Levels__r: levels
                                    }
                                },
                                {
                                    node: {
                                        Id: 'p2',
                                        Joint_Metrics__r: metrics
                                    }
                                }
                            ]
                        }
                    }
                }
            }
        });
        assert.deepEqual(responseBytesByList(body), {
            'plan fields':
                JSON.stringify({ Id: 'p1' }).length +
                JSON.stringify({ Id: 'p2' }).length,
            Joint_Metrics__r: 2 * JSON.stringify(metrics).length,
            Buy_Sell_Levels__r: JSON.stringify(levels).length
        });
    });

    it('counts a parent lookup as a plan field, not a list', () => {
        const body = JSON.stringify({
            data: {
                uiapi: {
                    query: {
                        Strategic_Account_Plan__c: {
                            edges: [
                                {
                                    node: {
                                        Executive_Sponsor__r: {
                                            Name: { value: 'Ana' }
                                        }
                                    }
                                }
                            ]
                        }
                    }
                }
            }
        });
        assert.deepEqual(Object.keys(responseBytesByList(body)), [
            'plan fields'
        ]);
    });

    it('counts multi-byte characters as the bytes they travel as', () => {
        const body = JSON.stringify({
            data: {
                uiapi: {
                    query: {
                        Strategic_Account_Plan__c: {
                            edges: [{ node: { Name: { value: 'é' } } }]
                        }
                    }
                }
            }
        });
        assert.equal(
            responseBytesByList(body)['plan fields'],
            JSON.stringify({ Name: { value: 'é' } }).length + 1
        );
    });
});

describe('bytesComparableWithBaseline', () => {
    it('leaves out the reviews, risks, objectives and actions, and nothing else', () => {
        const byList = {
            'plan fields': 2_000,
            Joint_Metrics__r: 99_000,
            Account_Reviews__r: 3_000,
            Plan_Risks__r: 4_000,
            Plan_Objectives__r: 5_000,
            Plan_Actions__r: 20_000
        };
        assert.equal(bytesComparableWithBaseline(140_000, byList), 108_000);
        assert.equal(
            bytesComparableWithBaseline(101_000, {
                'plan fields': 2_000,
                Joint_Metrics__r: 99_000
            }),
            101_000
        );
    });
});
