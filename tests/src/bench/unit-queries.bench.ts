import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';

/**
 * Unit-registry queries through the gateway at national scale (14,169 unit records), each compared with
 * the cheapest query there is — one unit by code — measured in the same run.
 */
let platform: TestPlatform;
let kienGiangId = '';

beforeAll(async () => {
  platform = await startPlatform('bench_units');
  const { data } = await platform.query<{ unitByCode: { id: string } }>(
    `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
  );
  kienGiangId = data?.unitByCode.id ?? '';
});
afterAll(() => platform?.stop());

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
  const direct = async () => {
    const response = await fetch(`${platform.unitRegistry.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    if (!response.ok) throw new Error(`subgraph answered ${response.status}`);
  };
  bench('baseline: the query sent to unit-registry directly', direct, options);
  bench('the same query through the gateway', () => ask(query), options);
});
