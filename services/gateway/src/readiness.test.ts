import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, readConfig, startGateway } from './app.js';

/** A gateway on a free port whose subgraphs are all down (nothing listens on port 9). */
const environment = {
  AUTH_JWKS: '{"keys":[]}',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  UNIT_REGISTRY_URL: 'http://127.0.0.1:9/graphql',
  INSPECTION_URL: 'http://127.0.0.1:9/graphql',
  METRICS_URL: 'http://127.0.0.1:9/graphql',
  PARTNER_STAFFING_URL: 'http://127.0.0.1:9/graphql',
};

let gateway: Gateway | undefined;
afterEach(() => gateway?.stop());

async function subgraphsInReadiness(env: Record<string, string>) {
  gateway = await startGateway(readConfig(env));
  const ready = (await (await fetch(`${gateway.url}/readyz`)).json()) as {
    subgraphs: Record<string, string>;
  };
  return Object.keys(ready.subgraphs).sort();
}

describe('gateway /readyz', () => {
  it('lists the subgraphs of the supergraph it serves, not every URL it was given', async () => {
    expect(await subgraphsInReadiness(environment)).toEqual([
      'e-government-metrics',
      'inspection',
      'unit-registry',
    ]);
  });

  it("lists the partner agency's subgraph when it serves the supergraph with partners", async () => {
    const withPartners = {
      ...environment,
      SUPERGRAPH_PATH: new URL('../../../schema/supergraph.with-partners.graphql', import.meta.url).pathname,
    };
    expect(await subgraphsInReadiness(withPartners)).toEqual([
      'e-government-metrics',
      'inspection',
      'partner-staffing',
      'unit-registry',
    ]);
  });
});
