import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@cchc/kit/testing';
import autocannon from 'autocannon';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';
import { appendToBenchmarks, machine } from './benchmarks-file.js';

/**
 * GW-1: the gateway under load (autocannon, 50 connections on loopback), against the same query sent straight
 * to the subgraph and against a bare `@apollo/gateway` on the same supergraph and subgraphs, in one run.
 * Each gateway runs in its own process, as `npm start` and a deployment run it, so that a request through it
 * does not also pay the subgraph's work on the same event loop; the subgraphs run in this process (as
 * startPlatform starts them) and autocannon fires from a worker thread.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const connections = 50;
const measureSeconds = 5;
const warmupSeconds = 1;
const rounds = 2;

const smallQuery = `{ unitByCode(code: "903", asOf: "2020-10-19") { name kind parent { name } } }`;
/**
 * S′: the same selection on a different date per request, which neither the gateway's response cache nor its
 * in-flight deduplication can answer (both are keyed by query text and variables). The registry holds Hòn Đất
 * under Kiên Giang with no start date until the 2025 reform, so every day from 1900 gives the same unit:
 * ~45,000 distinct dates, more than a target receives in the whole run (the cache keeps answers 10 minutes).
 */
const datedSmallQuery = `query ($asOf: Date!) { unitByCode(code: "903", asOf: $asOf) { name kind parent { name } } }`;
const firstAsOf = '1900-01-01';
const lastAsOf = '2025-06-30';
const datedDays = (Date.parse(lastAsOf) - Date.parse(firstAsOf)) / 86_400_000 + 1;
/** Kiên Giang's 15 districts of 2020 (unit-registry), each with its on-time rate (metrics) and first findings (inspection). */
const federatedQuery = `query KienGiangDistricts($province: ID!) {
  units(filter: { parentId: $province, levels: [DISTRICT], asOf: "2020-10-19" }, first: 50) {
    nodes {
      code
      name
      indicators(period: "2020", codes: ["ON_TIME_RATE"]) { value }
      findings(first: 3) { nodes { text severity } }
    }
  }
}`;

interface Target {
  name: string;
  url: string;
}
type QueryName = 'S' | 'S′' | 'F';
interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and 200s carrying GraphQL errors. */
  failures: number;
}

let platform: TestPlatform;
let ourGateway: OwnProcess | undefined;
let apolloBaseline: OwnProcess | undefined;
let workerModulesDir = '';
let bodies: Record<'S' | 'F', string>;
/** The request setup autocannon's worker runs for S′, as a file; bodyOn(day) gives the body for one date. */
let datedSmallRequestFile = '';
let datedSmallRequest: { bodyOn(day: number): string };

beforeAll(async () => {
  platform = await startPlatform('bench_gateway');
  ourGateway = await startOurGateway(platform);
  apolloBaseline = await startApolloBaseline(platform);
  const province = await platform.query<{ unitByCode: { id: string } }>(
    `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
  );
  bodies = {
    S: JSON.stringify({ query: smallQuery }),
    F: JSON.stringify({ query: federatedQuery, variables: { province: province.data?.unitByCode.id } }),
  };
  // autocannon's worker thread takes its body check and request setup as files to require.
  workerModulesDir = await mkdtemp(path.join(os.tmpdir(), 'gateway-bench-'));
  await writeFile(
    path.join(workerModulesDir, 'no-graphql-errors.cjs'),
    `module.exports = (body) => !body.includes('"errors"');\n`,
  );
  datedSmallRequestFile = path.join(workerModulesDir, 'dated-small-request.cjs');
  await writeFile(datedSmallRequestFile, datedSmallRequestModule());
  datedSmallRequest = createRequire(import.meta.url)(datedSmallRequestFile);
}, 240_000);

/**
 * Each request takes the next day after context.firstDay: the connections of one worker share the module, so
 * no date repeats within a run of autocannon, and load() starts the next run where this one stopped.
 */
function datedSmallRequestModule() {
  return `const query = ${JSON.stringify(datedSmallQuery)};
const firstDate = Date.parse(${JSON.stringify(firstAsOf)});
const bodyOn = (day) =>
  JSON.stringify({ query, variables: { asOf: new Date(firstDate + day * 86400000).toISOString().slice(0, 10) } });
let prepared = 0;
module.exports = Object.assign((request, context) => ({ ...request, body: bodyOn(context.firstDay + prepared++) }), {
  bodyOn,
});
`;
}

afterAll(async () => {
  await ourGateway?.stop();
  await apolloBaseline?.stop();
  await platform?.stop();
  if (workerModulesDir) await rm(workerModulesDir, { recursive: true });
});

const subgraphUrlsOf = (platform: TestPlatform) => ({
  'unit-registry': `${platform.unitRegistry.url}/graphql`,
  inspection: `${platform.inspection.url}/graphql`,
  'e-government-metrics': `${platform.metrics.url}/graphql`,
});

/** Our gateway as `npm start` runs it, verifying the platform's tokens (the bench sends the admin's). */
async function startOurGateway(platform: TestPlatform) {
  const subgraphUrls = subgraphUrlsOf(platform);
  return startInOwnProcess({
    script: path.join(repoRoot, 'services/gateway/dist/main.js'),
    environment: {
      LOG_LEVEL: 'warn',
      UNIT_REGISTRY_URL: subgraphUrls['unit-registry'],
      INSPECTION_URL: subgraphUrls.inspection,
      METRICS_URL: subgraphUrls['e-government-metrics'],
      AUTH_JWKS: platform.authEnvironment.AUTH_JWKS,
      RATE_LIMIT_PER_MINUTE: '100000000',
    },
    graphqlPath: '/graphql',
    readiness: { path: '/readyz' },
  });
}

/** A bare Apollo Gateway with nothing of ours (apollo-baseline.mjs) on the same supergraph file and subgraphs. */
async function startApolloBaseline(platform: TestPlatform) {
  return startInOwnProcess({
    script: fileURLToPath(new URL('apollo-baseline.mjs', import.meta.url)),
    environment: {
      APOLLO_TELEMETRY_DISABLED: 'true',
      SUPERGRAPH_PATH: path.join(repoRoot, 'schema/supergraph.graphql'),
      SUBGRAPH_URLS: JSON.stringify(subgraphUrlsOf(platform)),
    },
    graphqlPath: '/',
    // Apollo Server's own health check: a GET its CSRF prevention lets through.
    readiness: { path: '/?query=%7B__typename%7D', headers: { 'apollo-require-preflight': 'true' } },
  });
}

interface OwnProcess {
  /** The GraphQL endpoint. */
  url: string;
  /** SIGTERM, then the process's exit. */
  stop: () => Promise<void>;
}

/**
 * `node <script>` on a free loopback port, with only the environment given (not vitest's NODE_ENV=test), its
 * logs on this terminal; resolved once GET readiness.path answers 200.
 */
async function startInOwnProcess(options: {
  script: string;
  environment: Record<string, string>;
  graphqlPath: string;
  readiness: { path: string; headers?: Record<string, string> };
}): Promise<OwnProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [options.script], {
    env: { NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port), ...options.environment },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = once(child, 'exit');
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (running()) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${origin}${options.readiness.path}`, options.readiness.headers))) {
    if (!running() || Date.now() > deadline) {
      await stop();
      throw new Error(`${options.script} did not get ready (exit: ${child.exitCode ?? child.signalCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `${origin}${options.graphqlPath}`, stop };
}

const answers = (url: string, headers?: Record<string, string>) =>
  fetch(url, { headers }).then(
    (response) => response.ok,
    () => false,
  );

const requestOptions = () => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.adminToken}` },
});

/** A few requests, to fail loudly before measuring when a target does not answer the query in full. */
async function checkAnswers(target: Target, query: QueryName) {
  const requestBodies =
    query === 'S′'
      ? [0, Math.floor(datedDays / 2), datedDays - 1].map((day) => datedSmallRequest.bodyOn(day))
      : [bodies[query]];
  for (const requestBody of requestBodies) await checkAnswer(target, query, requestBody);
}

async function checkAnswer(target: Target, query: QueryName, requestBody: string) {
  const response = await fetch(target.url, { ...requestOptions(), body: requestBody });
  const body = (await response.json()) as {
    data?: {
      unitByCode?: { name: string; parent: { name: string } };
      units?: { nodes: { indicators: { value: number | null }[]; findings: { nodes: unknown[] } }[] };
    };
    errors?: unknown[];
  };
  const fail = (why: string) => {
    throw new Error(
      `${target.name}, query ${query} (${requestBody}): ${why}: ${response.status} ${JSON.stringify(body)}`,
    );
  };
  if (!response.ok || body.errors) fail('errors');
  if (query !== 'F') {
    const unit = body.data?.unitByCode;
    if (unit?.name !== 'Hòn Đất' || unit.parent.name !== 'Kiên Giang') fail('not Hòn Đất in Kiên Giang');
    return;
  }
  const districts = body.data?.units?.nodes ?? [];
  if (districts.length !== 15) fail(`${districts.length} districts instead of 15`);
  if (districts.some((unit) => unit.indicators[0]?.value == null))
    fail('a district without its on-time rate');
  if (!districts.some((unit) => unit.findings.nodes.length > 0)) fail('no district with findings');
}

/** A short run first, so that each measurement starts on warm code and open connections. */
async function measure(target: Target, query: QueryName): Promise<Measurement> {
  await load(target, query, warmupSeconds);
  const result = await load(target, query, measureSeconds);
  return {
    requestsPerSecond: result.requests.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.non2xx + result.mismatches,
  };
}

/** S′ days already given to each target (by URL): a date is never sent twice to the same target in a run. */
const datedDaysUsed = new Map<string, number>();

/**
 * autocannon fires from a worker thread, off the event loop the services share. In that mode it takes the
 * body check and the request setup as files to require (its README, "workers"); @types/autocannon knows only
 * the function form of verifyBody.
 */
async function load(target: Target, query: QueryName, duration: number) {
  const verifyBody = path.join(
    workerModulesDir,
    'no-graphql-errors.cjs',
  ) as unknown as autocannon.Options['verifyBody'];
  const firstDay = datedDaysUsed.get(target.url) ?? 0;
  const result = await autocannon({
    url: target.url,
    ...requestOptions(),
    ...(query === 'S′'
      ? { requests: [{ setupRequest: datedSmallRequestFile }], initialContext: { firstDay } }
      : { body: bodies[query] }),
    connections,
    duration,
    workers: 1,
    verifyBody,
  });
  if (query === 'S′') {
    // Each connection prepares one request more than it sends.
    const nextDay = firstDay + result.requests.sent + connections;
    if (nextDay > datedDays) throw new Error(`S′ ran out of distinct dates for ${target.name}`);
    datedDaysUsed.set(target.url, nextDay);
  }
  return result;
}

/** Each round measures every case, the second in the reverse order, so that no target always goes first. */
async function measureAll() {
  const direct = { name: 'straight to unit-registry', url: `${platform.unitRegistry.url}/graphql` };
  const ours = { name: 'our gateway', url: ourGateway!.url };
  const apollo = { name: 'bare @apollo/gateway', url: apolloBaseline!.url };
  const measured = (target: Target, query: QueryName) => ({ target, query, runs: [] as Measurement[] });
  const cases = {
    directSmall: measured(direct, 'S'),
    oursSmall: measured(ours, 'S'),
    apolloSmall: measured(apollo, 'S'),
    directDatedSmall: measured(direct, 'S′'),
    oursDatedSmall: measured(ours, 'S′'),
    apolloDatedSmall: measured(apollo, 'S′'),
    oursFederated: measured(ours, 'F'),
    apolloFederated: measured(apollo, 'F'),
  };
  const inOrder = Object.values(cases);
  for (const { target, query } of inOrder) await checkAnswers(target, query);
  for (let round = 1; round <= rounds; round++) {
    for (const { target, query, runs } of round % 2 ? inOrder : [...inOrder].reverse()) {
      runs.push(await measure(target, query));
    }
  }
  const failed = inOrder.filter(({ runs }) => runs.some((run) => run.failures > 0));
  if (failed.length) throw new Error(`requests failed under load: ${JSON.stringify(failed)}`);

  const mean = (runs: Measurement[], figure: keyof Measurement) =>
    runs.reduce((sum, run) => sum + run[figure], 0) / runs.length;
  const federatedSpeedup =
    mean(cases.oursFederated.runs, 'requestsPerSecond') /
    mean(cases.apolloFederated.runs, 'requestsPerSecond');
  const smallLatencyRatio = mean(cases.oursSmall.runs, 'p50') / mean(cases.directSmall.runs, 'p50');
  const datedSmallLatencyRatio =
    mean(cases.oursDatedSmall.runs, 'p50') / mean(cases.directDatedSmall.runs, 'p50');
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  await report(inOrder, [
    `- F throughput, ours / Apollo Gateway: ${federatedSpeedup.toFixed(2)}× (target ≥ 5×: ${verdict(federatedSpeedup >= 5)})`,
    `- S p50, ours / direct: ${smallLatencyRatio.toFixed(2)}× (target ≤ 1.3×: ${verdict(smallLatencyRatio <= 1.3)})`,
    `- S′ p50, ours / direct (nothing cached): ${datedSmallLatencyRatio.toFixed(2)}× (S's target ≤ 1.3×: ${verdict(datedSmallLatencyRatio <= 1.3)})`,
  ]);
}

/** Prints the figures and appends them to docs/benchmarks.md: each cell is the range over the rounds. */
async function report(
  measured: { target: Target; query: QueryName; runs: Measurement[] }[],
  ratios: string[],
) {
  const range = (values: number[]) => {
    const [low, high] = [Math.min(...values), Math.max(...values)].map((value) => value.toFixed(0));
    return low === high ? low : `${low}–${high}`;
  };
  const rows = measured.map(({ target, query, runs }) =>
    [
      target.name,
      query,
      range(runs.map((run) => run.requestsPerSecond)),
      range(runs.map((run) => run.p50)),
      range(runs.map((run) => run.p99)),
      runs.reduce((sum, run) => sum + run.failures, 0),
    ].join(' | '),
  );
  const setting =
    `${machine()}. Each gateway in its own process; subgraphs in the bench process. ` +
    `Loopback, ${connections} connections, ${measureSeconds} s per measurement after ` +
    `${warmupSeconds} s of warm-up, ${rounds} rounds in alternating order (ranges over the rounds, ratios of their means). ` +
    'S: unitByCode 903 with its parent; S′: the same with asOf a different day per request (from 1900, none sent ' +
    'twice to a target), which no cache can answer; F: Kiên Giang’s 15 districts with their 2020 on-time rate and ' +
    'first 3 findings.';
  const block = [
    `## Gateway, ${new Date().toISOString().slice(0, 10)}`,
    '',
    setting,
    '',
    '| target | query | req/s (mean) | p50 ms | p99 ms | errors |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    ...ratios,
  ].join('\n');
  process.stdout.write(`\n${block}\n`);
  await appendToBenchmarks(block);
}

// vitest bench needs a bench, but tinybench cannot hold 50 connections: the one iteration is the whole autocannon
// run (its time in vitest's table is the run's length); the figures are the table printed above it.
describe('the gateway under load', () => {
  bench('S, S′ and F straight, through our gateway and through Apollo Gateway (autocannon)', measureAll, {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
});
