import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNationalBench } from './bench/national/national-bench.js';

/**
 * The national benchmark at a tiny size (one province, Cần Thơ, one year), so that it cannot rot between runs of
 * `npm run bench`: `npm start` and `npm run data:national` run as the bench runs them, in a folder of their own.
 */
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cchc-national-tiny-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the national benchmark, tiny', () => {
  it('generates the data, measures every figure beside its baseline, and the roll-up gives the SQL’s numbers', async () => {
    const { figures, table } = await runNationalBench(folder, {
      years: [2024],
      provinces: ['92'],
      inspectionScale: 0.01,
      seconds: 0.5,
      connections: 2,
    });
    console.log(table);
    const named = (prefix: string) => figures.filter((figure) => figure.name.startsWith(prefix));
    for (const prefix of ['7.', '1.', '2.', '3.', '4.', '5.', '6.', '8.', '9.'])
      expect(named(prefix).length, prefix).toBeGreaterThan(0);
    expect(named('1. the roll-up').map((figure) => figure.met)).toEqual([true]);
    expect(named('3.').map((figure) => figure.met)).toEqual([true]);
    expect(named('6.').map((figure) => figure.met)).toEqual([true]);
    // Every process of npm start had its memory read.
    expect(named('8.').length).toBe(5);
    expect(figures.filter((figure) => figure.ours.includes('failed'))).toEqual([]);
  }, 600_000);
});
