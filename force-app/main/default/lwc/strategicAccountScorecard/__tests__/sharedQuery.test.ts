/**
 * The Account page costs one request only if the exposed components wire the
 * GraphQL adapter with identical query text and variables: Lightning Data
 * Service then serves both from one cache entry.
 */
import StrategicAccountPlan from 'c/strategicAccountPlan';
import StrategicAccountScorecard from 'c/strategicAccountScorecard';
import StrategicAccountObjectives from 'c/strategicAccountObjectives';
import { graphql } from 'lightning/graphql';
import { ACCOUNT_PLANS_QUERY } from 'c/accountPlanQuery';
import { mount, resetDom } from 'test-utils';

const ACCOUNT_ID = '001xx000003DGb2AAG';

const adapter = graphql as unknown as {
    emit: (data: unknown, filter: (config: unknown) => boolean) => void;
};

interface WireConfig {
    query?: unknown;
    variables?: { recordId?: string };
}

/** The configs of the graphql wires that received a query (none is emitted to). */
function configuredWires(): WireConfig[] {
    const configs: WireConfig[] = [];
    adapter.emit(undefined, (config) => {
        if ((config as WireConfig).query !== undefined) {
            configs.push(config as WireConfig);
        }
        return false;
    });
    return configs;
}

describe('the Account page query', () => {
    afterEach(resetDom);

    it('is registered identically by the plan, the scorecard and the objectives', async () => {
        const props = { recordId: ACCOUNT_ID };
        mount('c-strategic-account-plan', StrategicAccountPlan, props);
        mount(
            'c-strategic-account-scorecard',
            StrategicAccountScorecard,
            props
        );
        mount(
            'c-strategic-account-objectives',
            StrategicAccountObjectives,
            props
        );
        await Promise.resolve();

        const configs = configuredWires();
        expect(configs).toHaveLength(3);
        const [planConfig, scorecardConfig, objectivesConfig] = configs;
        expect(planConfig.query).toBe(ACCOUNT_PLANS_QUERY);
        expect(planConfig.variables?.recordId).toBe(ACCOUNT_ID);
        expect(scorecardConfig).toEqual(planConfig);
        expect(objectivesConfig).toEqual(planConfig);
        expect(objectivesConfig.query).toBe(planConfig.query);
        // Same text, not merely equal objects: the cache keys on the text.
        expect(scorecardConfig.query).toBe(planConfig.query);
    });
});
