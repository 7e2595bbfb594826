import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNationalBench } from './bench/national/national-bench.js';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/** The national benchmark at a tiny size (one province, one year), so that it cannot rot between runs of `npm run bench`. */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform('e2e_national_bench');
});
afterAll(() => platform?.stop());

describe('the national benchmark, tiny', () => {
  it('generates the data, measures every figure beside its baseline, and the roll-up gives the SQL’s numbers', async () => {
    const { figures, table } = await runNationalBench(platform, {
      name: 'tiny',
      years: [2024],
      provinces: ['91'],
      inspectionScale: 0.01,
      seconds: 0.5,
      connections: 2,
    });
    console.log(table);
    const named = (prefix: string) => figures.filter((figure) => figure.name.startsWith(prefix));
    for (const prefix of ['generator', '1.', '2.', '3.', '4.', '5.', '6.', '8.', '9.'])
      expect(named(prefix).length, prefix).toBeGreaterThan(0);
    expect(named('1. the roll-up').map((figure) => figure.met)).toEqual([true]);
    expect(named('3.').map((figure) => figure.met)).toEqual([true]);
    expect(named('6.').map((figure) => figure.met)).toEqual([true]);
    expect(figures.filter((figure) => figure.ours.includes('failed'))).toEqual([]);
  });
});
