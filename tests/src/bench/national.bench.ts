import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bench, describe } from 'vitest';
import { appendToBenchmarks, machine } from './benchmarks-file.js';
import { runNationalBench } from './national/national-bench.js';

/**
 * PERF-1: the whole country on this machine. The platform runs as `npm start` runs it, in a folder of its own;
 * `npm run data:national` fills it with the national data set (2021–2025: figures of every unit and month, about
 * 50,000 inspection targets); then each figure is measured beside its baseline in the same run, and the table is
 * appended to docs/benchmarks.md.
 */
async function measureNational() {
  const folder = await mkdtemp(path.join(tmpdir(), 'cchc-national-bench-'));
  const { table } = await runNationalBench(folder, {
    years: [2021, 2022, 2023, 2024, 2025],
    inspectionScale: 1,
    seconds: 10,
    connections: 20,
  }).finally(() => rm(folder, { recursive: true, force: true }));
  const block = [
    `## National scale, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `${machine()}. The platform as \`npm start\` runs it (each service its own process, the embedded PostgreSQL) in ` +
      'a folder of its own, filled by `npm run data:national` (seed cchc-national, 2021–2025). Each load: a closed ' +
      'loop of callers in the bench process (fetch; the searches from autocannon), 10 s; the baselines are SQL ' +
      'statements over the same rows (pg) or the subgraph called directly. Ratios are of the p50s.',
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
