import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';

/**
 * Indicator roll-ups through the gateway on the demo figures (178 units under Kiên Giang, 36 months),
 * compared with one commune's own year in the same run.
 */
let platform: TestPlatform;
let province = '';

beforeAll(async () => {
  platform = await startPlatform('bench_metrics');
  const { data } = await platform.query<{ unitByCode: { id: string } }>(
    `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
  );
  province = data?.unitByCode.id ?? '';
});
afterAll(() => platform?.stop());

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const response = await platform.query(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
};

const options = { time: 3000, warmupTime: 500 };

describe('indicator roll-ups through the gateway', () => {
  bench(
    'baseline: one commune, one year, all indicators',
    () => ask(`{ unitByCode(code: "30817", asOf: "2020-10-19") { indicators(period: "2020") { value } } }`),
    options,
  );
  bench(
    'the province over a year (178 units), all indicators',
    () => ask(`{ unitByCode(code: "91", asOf: "2020-10-19") { indicators(period: "2020") { value } } }`),
    options,
  );
  bench(
    "today's An Giang over 2020 (through the 2025 lineage)",
    () => ask(`{ unitByCode(code: "91", asOf: "2025-08-01") { indicators(period: "2020") { value } } }`),
    options,
  );
  bench(
    '100 units, each rolled up over 12 months',
    () =>
      ask(
        `query($id: ID!) { units(filter: { descendantsOf: $id, asOf: "2020-10-19" }, first: 100) { nodes { indicators(period: "2020") { value } } } }`,
        { id: province },
      ),
    options,
  );
  bench(
    'BI facts: 15 districts × 12 months × 14 indicators (2,520 rows, first page of 500)',
    () =>
      ask(
        `query($id: ID!) { indicatorFacts(filter: { descendantsOf: $id, levels: ["DISTRICT"], asOf: "2020-10-19", from: "2020-01-01", to: "2020-12-31" }, first: 500) { totalCount } }`,
        { id: province },
      ),
    options,
  );
});
