import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Launched, type LaunchedService, startLauncher } from './testkit/launcher.js';
import type { GraphQLResponse } from './testkit/platform.js';

/**
 * A mixed read/write load held at a fixed rate on the platform as `npm start` runs it (each service its own
 * process): no request fails, every acknowledged write is found after, none that was not; latency and each
 * process's memory are printed. `npm test` holds it 20 s; `npm run load:held` holds it 3 minutes
 * (HELD_LOAD_SECONDS, HELD_LOAD_RATE). Figures are printed, never asserted: a slow machine is not a defect.
 */
const SECONDS = Number(process.env.HELD_LOAD_SECONDS ?? 20);
/** Requests a second, sent on schedule whether or not earlier ones were answered (as independent users do). */
const RATE = Number(process.env.HELD_LOAD_RATE ?? 40);
/** The first quarter (at most 30 s) warms caches, pools and the JIT: memory is compared from its end. */
const WARMUP_SECONDS = Math.min(30, Math.floor(SECONDS / 4));
/** After the load: time for the services to settle before their memory is read again. */
const SETTLE_MS = 5_000;
const SERVICES: LaunchedService[] = ['gateway', 'unit-registry', 'inspection', 'e-government-metrics'];

const MARKER = `held-load-${Date.now()}`;
const RECORD_FINDING = `mutation($t: ID!, $f: FindingInput!) { recordFinding(targetId: $t, finding: $f) { id } }`;
/** A district with its findings (inspection) and its on-time rate (metrics): three subgraphs. */
const DISTRICT = `query($code: String!) { unitByCode(code: $code, asOf: "2020-10-19") {
  name findings(first: 5) { totalCount nodes { text } } indicators(period: "2020", codes: ["ON_TIME_RATE"]) { value } } }`;
const SEARCH = `query($q: String!) { units(filter: { search: $q, asOf: "2020-10-19" }, first: 20) { nodes { code name } } }`;
const PLAN_FINDINGS = `query($year: Int!) { findings(filter: { year: $year }, first: 50) { totalCount nodes { text severity unit { name } } } }`;
const SEARCHES = ['hon dat', 'rach gia', 'phu quoc', 'kien', 'giong rieng', 'an minh', 'so noi vu'];

type Kind = 'district' | 'search' | 'findings' | 'write';
/** Out of 10 requests: 4 federated reads of a district, 2 searches, 2 lists of findings, 2 findings recorded. */
const MIX: Kind[] = [
  'district',
  'search',
  'district',
  'write',
  'findings',
  'district',
  'search',
  'write',
  'findings',
  'district',
];

interface Outcome {
  kind: Kind;
  ms: number;
  /** Why it failed: an error code or an HTTP status; none: answered in full. */
  failure?: string;
  /** The id a recorded finding was given. */
  id?: string;
}

let platform: Launched;
let adminToken: string;
let inspectorToken: string;
let districtCodes: string[];
let targets: string[];

beforeAll(async () => {
  // One test client stands for many users: the per-client rate limit would otherwise refuse it.
  platform = await startLauncher('e2e_held_load', { RATE_LIMIT_PER_MINUTE: '1000000' });
  adminToken = await platform.login('admin');
  inspectorToken = await platform.login('thanhtra');
  const districts = await platform.query(adminToken, `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`);
  const province = (districts.data as { unitByCode: { id: string } }).unitByCode.id;
  const listed = await platform.query(
    adminToken,
    'query($p: ID!) { units(filter: { parentId: $p, levels: [DISTRICT], asOf: "2020-10-19" }, first: 50) { nodes { code } } }',
    { p: province },
  );
  districtCodes = (listed.data as { units: { nodes: { code: string }[] } }).units.nodes.map((u) => u.code);
  const plans = await platform.query(
    inspectorToken,
    'query($f: PlanFilter) { inspectionPlans(filter: $f) { nodes { targets { id } } } }',
    { f: { year: 2020 } },
  );
  targets = (
    plans.data as { inspectionPlans: { nodes: { targets: { id: string }[] }[] } }
  ).inspectionPlans.nodes[0]!.targets.map((target) => target.id);
}, 300_000);

afterAll(async () => {
  await platform?.stop();
});

/** Resident memory of a process, in MB (Linux). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? Number.NaN) / 1024;
}
const memoryOfServices = async () =>
  Object.fromEntries(
    await Promise.all(SERVICES.map(async (s) => [s, await rssMb(platform.pidsOf(s).at(-1)!)] as const)),
  ) as Record<LaunchedService, number>;

async function send(n: number): Promise<Outcome> {
  const kind = MIX[n % MIX.length]!;
  const started = performance.now();
  let response: GraphQLResponse;
  if (kind === 'write') {
    response = await platform.query(inspectorToken, RECORD_FINDING, {
      t: targets[n % targets.length],
      f: { areaCode: 'TTHC', kind: 'LIMITATION', severity: 'LOW', text: `${MARKER} ${n}` },
    });
  } else if (kind === 'district') {
    response = await platform.query(adminToken, DISTRICT, { code: districtCodes[n % districtCodes.length] });
  } else if (kind === 'search') {
    response = await platform.query(adminToken, SEARCH, { q: SEARCHES[n % SEARCHES.length] });
  } else {
    response = await platform.query(adminToken, PLAN_FINDINGS, { year: 2020 });
  }
  const ms = performance.now() - started;
  const failure =
    response.status !== 200
      ? `HTTP ${response.status}`
      : (response.errors?.[0]?.extensions?.code ?? (response.data ? undefined : 'no data'));
  const id = (response.data as { recordFinding?: { id: string } } | undefined)?.recordFinding?.id;
  return { kind, ms, failure, id };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

it(
  `holds ${RATE} mixed requests a second for ${SECONDS} s with none failing and every acknowledged write kept`,
  async () => {
    const total = RATE * SECONDS;
    const warmupCount = RATE * WARMUP_SECONDS;
    const atStart = await memoryOfServices();
    /** Each second's reading: a leak shows as highs that keep rising, garbage collection as a saw. */
    const samples: { second: number; rss: Record<LaunchedService, number> }[] = [];
    const started = performance.now();
    const sampler = setInterval(() => {
      const second = (performance.now() - started) / 1000;
      void memoryOfServices().then((rss) => samples.push({ second, rss }));
    }, 1_000);

    const pending: Promise<Outcome>[] = [];
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(send(n));
    }
    const outcomes = await Promise.all(pending);
    const elapsedS = (performance.now() - started) / 1000;
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settled = await memoryOfServices();

    const failures = outcomes.filter((o) => o.failure !== undefined);
    const acknowledged = outcomes.filter((o) => o.id).map((o) => o.id!);
    const client = new pg.Client({ connectionString: platform.databaseUrls.inspection });
    await client.connect();
    const saved = await client
      .query<{ id: string }>('SELECT id FROM findings WHERE text LIKE $1', [`${MARKER} %`])
      .finally(() => client.end());

    const measured = outcomes.slice(warmupCount);
    const line = (kind: Kind | 'all') => {
      const ms = measured
        .filter((o) => kind === 'all' || o.kind === kind)
        .map((o) => o.ms)
        .sort((a, b) => a - b);
      return `${kind.padEnd(8)} n=${String(ms.length).padStart(5)}  p50 ${percentile(ms, 50).toFixed(0).padStart(4)} ms  p95 ${percentile(ms, 95).toFixed(0).padStart(4)} ms  p99 ${percentile(ms, 99).toFixed(0).padStart(4)} ms`;
    };
    const mb = (value: number) => `${value.toFixed(0).padStart(4)}`;
    /** The highest reading of each sixth of the load, from the end of the warm-up. */
    const sixth = (SECONDS - WARMUP_SECONDS) / 6;
    const highs = (s: LaunchedService) =>
      Array.from({ length: 6 }, (_, i) => {
        const from = WARMUP_SECONDS + i * sixth;
        const readings = samples
          .filter((r) => r.second >= from && r.second < from + sixth)
          .map((r) => r.rss[s]);
        return Math.max(...readings);
      });
    console.info(
      [
        `Held load: ${total} requests in ${elapsedS.toFixed(1)} s (${(total / elapsedS).toFixed(1)}/s asked ${RATE}/s), ` +
          `${failures.length} failed; ${acknowledged.length} findings acknowledged, ${saved.rowCount} found.`,
        `Latency after the ${WARMUP_SECONDS} s warm-up:`,
        ...(['all', 'district', 'search', 'findings', 'write'] as const).map((kind) => `  ${line(kind)}`),
        `Resident memory (MB): at start | highest in each ${sixth.toFixed(0)} s after the warm-up | ${SETTLE_MS / 1000} s after the load`,
        ...SERVICES.map(
          (s) => `  ${s.padEnd(21)} ${mb(atStart[s])} | ${highs(s).map(mb).join(' ')} | ${mb(settled[s])}`,
        ),
      ].join('\n'),
    );

    expect(failures.slice(0, 5)).toEqual([]);
    expect(acknowledged.length).toBe(outcomes.filter((o) => o.kind === 'write').length);
    expect(saved.rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
  },
  (SECONDS + 120) * 1_000,
);
