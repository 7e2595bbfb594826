import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';

/**
 * Unit-registry queries through the gateway at national scale (14,169 unit records), each compared with
 * the cheapest query there is — one unit by code — measured in the same run.
 */
let platform: TestPlatform;
let kienGiangId = '';
let reportGatewayMedians = async () => {};

beforeAll(async () => {
  platform = await startPlatform('bench_units');
  const { data } = await platform.query<{ unitByCode: { id: string } }>(
    `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
  );
  kienGiangId = data?.unitByCode.id ?? '';
});
afterAll(async () => {
  await reportGatewayMedians();
  await platform?.stop();
});

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const response = await platform.query(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
};

const options = { time: 2000, warmupTime: 300 };

describe('unit-registry through the gateway', () => {
  bench(
    'baseline: unitByCode',
    () => ask(`{ unitByCode(code: "903", asOf: "2020-10-19") { name } }`),
    options,
  );
  bench(
    'search "hon dat" (accent-insensitive, ranked, 20 rows)',
    () => ask(`{ units(filter: { search: "hon dat" }, first: 20) { totalCount nodes { fullName } } }`),
    options,
  );
  bench(
    'search with a typo "kien gaing"',
    () => ask(`{ units(filter: { search: "kien gaing" }, first: 20) { totalCount nodes { fullName } } }`),
    options,
  );
  bench(
    "Kiên Giang's 143 communes of 2020 with parents and ancestors",
    () =>
      ask(
        `query($id: ID!) { units(filter: { descendantsOf: $id, levels: [COMMUNE], asOf: "2020-10-19" }, first: 200) {
          totalCount nodes { name parent { name } ancestors { name } } } }`,
        { id: kienGiangId },
      ),
    options,
  );
  bench(
    '500 communes with parents and lineage',
    () =>
      ask(
        `{ units(filter: { levels: [COMMUNE], asOf: "2020-10-19" }, first: 500) {
          nodes { name parent { name } successors { kind unit { name } } } } }`,
      ),
    options,
  );
});

describe('what the gateway adds', () => {
  const query = `{ unitByCode(code: "903", asOf: "2020-10-19") { name kind parent { name } } }`;
  // With the caller's token both ways, so the gateway's verification (and the subgraph's) is in the figures.
  const direct = async () => {
    const response = await fetch(`${platform.unitRegistry.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.adminToken}` },
      body: JSON.stringify({ query }),
    });
    if (!response.ok) throw new Error(`subgraph answered ${response.status}`);
    await response.text();
  };
  bench('baseline: the query sent to unit-registry directly (with a token)', direct, options);
  bench(
    'the same query through the gateway (token verified there and in the subgraph)',
    () => ask(query),
    options,
  );

  /** Medians of the two, sampled alternately so that both see the same machine load (vitest bench has no p50). */
  reportGatewayMedians = async () => {
    const timings = { direct: [] as number[], gateway: [] as number[] };
    for (let i = 0; i < 400; i++) {
      for (const [name, send] of [
        ['direct', direct],
        ['gateway', () => ask(query)],
      ] as const) {
        const started = performance.now();
        await send();
        timings[name].push(performance.now() - started);
      }
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const [direct50, gateway50] = [median(timings.direct), median(timings.gateway)];
    process.stdout.write(
      `gateway added latency, p50 over 400 alternating requests with auth: direct ${direct50.toFixed(2)} ms, ` +
        `through the gateway ${gateway50.toFixed(2)} ms, added ${(gateway50 - direct50).toFixed(2)} ms ` +
        `(${(gateway50 / direct50).toFixed(2)}×)\n`,
    );
  };
});
