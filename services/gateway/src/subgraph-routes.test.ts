import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { subgraphRoutes } from './subgraph-routes.js';

describe('subgraph routes', () => {
  it('sends each subgraph to its configured URL, in either spelling of its name, else to its routing URL', async () => {
    const sdl = await readFile(
      new URL('../../../schema/supergraph.with-partners.graphql', import.meta.url),
      'utf8',
    );
    const { routes, unused } = subgraphRoutes(sdl, {
      PARTNER_STAFFING: 'http://staffing.snv.internal/graphql',
      'e-government-metrics': 'http://metrics.internal/graphql',
      CADRE_TRAINING: 'http://training.internal/graphql',
    });
    expect(Object.fromEntries([...routes].map(([name, route]) => [name, route.url]))).toEqual({
      'e-government-metrics': 'http://metrics.internal/graphql',
      inspection: 'http://localhost:4002/graphql',
      'partner-staffing': 'http://staffing.snv.internal/graphql',
      'unit-registry': 'http://localhost:4001/graphql',
    });
    expect(routes.get('inspection')?.configured).toBe(false);
    expect(unused).toEqual(['CADRE_TRAINING']);
  });
});
