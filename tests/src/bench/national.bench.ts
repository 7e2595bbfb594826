import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';
import { appendToBenchmarks, machine } from './benchmarks-file.js';
import { runNationalBench } from './national/national-bench.js';

/**
 * PERF-1: the whole country on this machine. The national data set (2021–2025: figures of every unit and month,
 * about 50,000 inspection targets) is generated into the bench's own databases, then each figure is measured
 * beside its baseline in the same run, and the table is appended to docs/benchmarks.md.
 */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform('bench_national');
}, 600_000);
afterAll(async () => {
  await platform?.stop();
});

async function measureNational() {
  const { table } = await runNationalBench(platform, {
    name: 'national',
    years: [2021, 2022, 2023, 2024, 2025],
    inspectionScale: 1,
    seconds: 10,
    connections: 20,
  });
  const block = [
    `## National scale, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `${machine()}. The platform in the bench process (as the suite starts it), the national data set generated ` +
      'into its databases (seed cchc-national, 2021–2025). Each load: a closed loop of callers in the same process, ' +
      '10 s; the baselines are SQL statements over the same rows (pg, same connections) or the subgraph called ' +
      'directly. Ratios are of the p50s.',
    '',
    table,
  ].join('\n');
  process.stdout.write(`\n${block}\n`);
  await appendToBenchmarks(block);
}

// One iteration is the whole run: its time in vitest's table is the run's length; the figures are the table.
describe('the whole country', () => {
  bench('national data set and the figures of PERF-1', measureNational, {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
});
