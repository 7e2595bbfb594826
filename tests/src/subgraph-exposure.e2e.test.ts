import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * OPS-1 "Abuse": an anonymous 300-alias query sent straight to unit-registry answered 17 MB in 7.6 s and stalled the
 * gateway for 5.7 s. Every subgraph now refuses what the gateway would refuse (with room for the gateway's own
 * query plans and the registry client's batches), at once and in a few bytes; what the platform itself sends
 * still passes.
 */

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_subgraph_exposure');
}, 240_000);
afterAll(() => platform?.stop());

/** An anonymous POST straight to a subgraph, as anyone on its network could send. */
async function postAnonymously(subgraphUrl: string, query: string) {
  const started = performance.now();
  const response = await fetch(`${subgraphUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    ms: performance.now() - started,
    body: JSON.parse(text) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

/** The attack of OPS-1: the registry's largest page of units, 300 times in one request. */
const THREE_HUNDRED_PAGES = `{ ${Array.from(
  { length: 300 },
  (_, i) => `p${i}: units(first: 500) { nodes { id code name level validFrom parent { name } } }`,
).join(' ')} }`;

describe('a subgraph called directly refuses what exceeds its limits', () => {
  it('refuses the anonymous 300-alias query to unit-registry at once, with HTTP 400 and a small answer', async () => {
    const answer = await postAnonymously(platform.unitRegistry.url, THREE_HUNDRED_PAGES);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    // Over two limits: 300 aliases, and a cost counting each `first: 500` page 500 times.
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(answer.body.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(/Query Cost limit of 45000 exceeded/),
      expect.stringMatching(/Aliases limit of 50 exceeded, found 300/),
    ]);
    // Before: 17 MB in 7.6 s. Refused during validation, nothing is read from the database.
    expect(answer.bytes).toBeLessThan(1_000);
    expect(answer.ms).toBeLessThan(1_000);
  });

  it.each([
    ['inspection', () => platform.inspection.url, 'criteriaCatalog(year: 2020) { year }'],
    ['e-government-metrics', () => platform.metrics.url, 'indicatorCatalog { code }'],
  ])('applies the same limits in %s', async (_name, url, field) => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: ${field}`).join(' ');
    const answer = await postAnonymously(url(), `{ ${aliases} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('what the platform sends a subgraph still passes', () => {
  it('answers a normal anonymous query straight to unit-registry', async () => {
    const answer = await postAnonymously(
      platform.unitRegistry.url,
      '{ unitByCode(code: "91", asOf: "2020-10-19") { name } }',
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { unitByCode: { name: 'Kiên Giang' } } });
  });

  it("answers the registry client's batch of 50 units (one alias each) in one request", async () => {
    const { data } = await platform.queryUnitRegistry<{ units: { nodes: { id: string; code: string }[] } }>(
      '{ units(filter: { levels: [COMMUNE], asOf: "2020-10-19" }, first: 50) { nodes { id code } } }',
    );
    const communes = data!.units.nodes;
    expect(communes).toHaveLength(50);
    const client = new UnitRegistryClient(`${platform.unitRegistry.url}/graphql`);
    const ids = await client.idsByCode(
      communes.map((c) => c.code),
      '2020-10-19',
    );
    expect(communes.map((c) => ids.get(c.code))).toEqual(communes.map((c) => c.id));
  });

  it("answers the gateway's federated query over every commune of Kiên Giang with their indicator and findings", async () => {
    const kienGiang = await platform.query<{ unitByCode: { id: string } }>(
      '{ unitByCode(code: "91", asOf: "2020-10-19") { id } }',
    );
    const filter = { descendantsOf: kienGiang.data!.unitByCode.id, levels: ['COMMUNE'], asOf: '2020-10-19' };
    const listed = await platform.queryUnitRegistry<{ units: { nodes: { code: string }[] } }>(
      'query($f: UnitFilter) { units(filter: $f, first: 500) { nodes { code } } }',
      { f: filter },
    );
    const communes = listed.data!.units.nodes.map((n) => n.code);
    // More communes than one registry request may name: the roll-ups behind the indicators ask in batches.
    expect(communes.length).toBeGreaterThan(100);

    const federated = await platform.query<{
      units: { nodes: { code: string; findings: { totalCount: number }; indicators: unknown[] }[] };
    }>(
      `query($f: UnitFilter) { units(filter: $f, first: 500) { nodes {
        code findings { totalCount } indicators(period: "2020", codes: ["ON_TIME_RATE"]) { value } } } }`,
      { f: filter },
    );
    expect(federated.errors).toBeUndefined();
    const nodes = federated.data!.units.nodes;
    expect(nodes.map((n) => n.code)).toEqual(communes);
    for (const node of nodes) {
      expect(node.findings.totalCount).toEqual(expect.any(Number));
      expect(node.indicators).toHaveLength(1);
    }
  });
});
