import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig as readMetricsConfig, startMetrics } from '@cchc/e-government-metrics';
import type { Gateway } from '@cchc/gateway';
import { readConfig as readInspectionConfig, startInspection } from '@cchc/inspection';
import { createLogger, type RunningSubgraph } from '@cchc/kit';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleMonthOfFigures } from '../testkit/figures.js';
import { type GraphQLResponse, startPlatform, type TestPlatform } from '../testkit/platform.js';
import { startCrashablePostgres } from './crashable-postgres.js';
import { waitFor } from './wait-for.js';
import { startWriteStream, type Write, type WriteStream } from './write-stream.js';

/**
 * PostgreSQL killed (SIGKILL to the postmaster) in the middle of a stream of writes through the gateway, then
 * started again on the same data folder: every write the platform acknowledged is in the database, and no write
 * it refused is. Inspection and e-government-metrics run on a durable server of this test's own; the rest of
 * the platform (unit-registry, the login) on the run's server, which stays up.
 */

const RECORD_FINDING = `mutation($t: ID!, $f: FindingInput!) { recordFinding(targetId: $t, finding: $f) { id } }`;
const SAVE_FIGURES = `mutation($u: ID!, $p: Date!, $values: MeasureValuesInput!) {
  saveMonthlyFigures(unitId: $u, period: $p, version: 0, values: $values) { id } }`;
/** Marks this run's findings: their text is the marker and the write's number. */
const MARKER = `fault-write-${Date.now()}`;
/** Figure saves go to months no demo data holds, one month each, counted back from December 2018. */
const monthOf = (n: number) => {
  const year = 2018 - Math.floor(n / 12);
  return `${year}-${String(12 - (n % 12)).padStart(2, '0')}-01`;
};
/** Past this many months (back to 1902) the figures stream would leave the years a period may name. */
const MONTHS_AVAILABLE = 1_400;

let platform: TestPlatform;
let postgres: Awaited<ReturnType<typeof startCrashablePostgres>>;
let dataDir: string;
let inspection: RunningSubgraph;
let metrics: RunningSubgraph;
let gateway: Gateway;
const databaseUrls = { inspection: '', metrics: '' };
const streams: WriteStream[] = [];

const logger = (service: string) => createLogger(service, 'silent');

async function post<T>(token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<T>;
}

/** The id of an acknowledged write (HTTP 200, no error, an id in the answer); else throws the error's code. */
function acknowledgedId(response: GraphQLResponse<Record<string, { id?: string } | null>>, field: string) {
  const id = response.data?.[field]?.id;
  if (response.status === 200 && !response.errors && id) return id;
  throw new Error(String(response.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`));
}

async function sql<T>(url: string, text: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  platform = await startPlatform('faults_database_killed');
  dataDir = await mkdtemp(path.join(tmpdir(), 'faults-postgres-'));
  postgres = await startCrashablePostgres(dataDir);
  const environment = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: postgres.url,
    UNIT_REGISTRY_URL: `${platform.unitRegistry.url}/graphql`,
    ...platform.authEnvironment,
  };
  const metricsConfig = readMetricsConfig(environment);
  metrics = await startMetrics(metricsConfig, logger('e-government-metrics'));
  const inspectionConfig = readInspectionConfig({
    ...environment,
    METRICS_URL: `${metrics.url}/graphql`,
    LOAD_DEMO_DATA: 'true',
    DEMO_METRICS_TOKEN: platform.adminToken,
  });
  inspection = await startInspection(inspectionConfig, logger('inspection'));
  databaseUrls.inspection = inspectionConfig.databaseUrl;
  databaseUrls.metrics = metricsConfig.databaseUrl;
  gateway = await platform.anotherGateway({
    INSPECTION_URL: `${inspection.url}/graphql`,
    METRICS_URL: `${metrics.url}/graphql`,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
});

afterAll(async () => {
  for (const stream of streams) await stream.stop();
  await gateway?.stop();
  await inspection?.stop();
  await metrics?.stop();
  await postgres?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await platform?.stop();
});

it('keeps every acknowledged finding and figure save across a PostgreSQL kill, and none that it refused', async () => {
  const inspectorToken = await platform.login('thanhtra');
  const { inspectionPlans } = (
    await post<{ inspectionPlans: { nodes: { targets: { id: string }[] }[] } }>(
      inspectorToken,
      'query($f: PlanFilter) { inspectionPlans(filter: $f) { nodes { targets { id } } } }',
      { f: { year: 2020 } },
    )
  ).data!;
  const targets = inspectionPlans.nodes[0]!.targets.map((target) => target.id);
  const { data: units } = await platform.query<{ unitByCode: { id: string } }>(
    '{ unitByCode(code: "30817", asOf: "2020-10-19") { id } }',
  );
  const commune = units!.unitByCode.id;

  const findings = startWriteStream(async (n) => {
    const response = await post<{ recordFinding: { id: string } }>(inspectorToken, RECORD_FINDING, {
      t: targets[n % targets.length],
      f: { areaCode: 'TTHC', kind: 'LIMITATION', severity: 'LOW', text: `${MARKER} ${n}` },
    });
    return acknowledgedId(response, 'recordFinding');
  }, 4);
  const figures = startWriteStream(async (n) => {
    if (n >= MONTHS_AVAILABLE) throw new Error('no month left for the figures stream');
    const response = await post<{ saveMonthlyFigures: { id: string } }>(platform.adminToken, SAVE_FIGURES, {
      u: commune,
      p: monthOf(n),
      values: sampleMonthOfFigures(),
    });
    return acknowledgedId(response, 'saveMonthlyFigures');
  }, 2);
  streams.push(findings, figures);

  await waitFor(
    () => findings.acknowledgedSince() >= 40 && figures.acknowledgedSince() >= 20,
    30_000,
    'the writes were not acknowledged before the kill',
  );
  const killedAt = Date.now();
  await postgres.kill();
  await waitFor(
    () => findings.refusedSince(killedAt) >= 10 && figures.refusedSince(killedAt) >= 10,
    10_000,
    'the writes were not refused while PostgreSQL was down',
  );
  const restartedAt = Date.now();
  await postgres.restart();
  const restartMs = Date.now() - restartedAt;
  const recoveryMs = await waitFor(
    () => findings.acknowledgedSince(restartedAt) >= 20 && figures.acknowledgedSince(restartedAt) >= 10,
    30_000,
    'inspection and e-government-metrics did not acknowledge writes again after PostgreSQL restarted',
  );
  await findings.stop();
  await figures.stop();

  const storedFindings = new Map(
    (
      await sql<{ id: string; text: string }>(
        databaseUrls.inspection,
        'SELECT id, text FROM findings WHERE text LIKE $1',
        [`${MARKER} %`],
      )
    ).map((row) => [Number(row.text.slice(MARKER.length + 1)), row.id]),
  );
  const storedFigures = new Map(
    (
      await sql<{ id: string; period: string }>(
        databaseUrls.metrics,
        `SELECT id, to_char(period, 'YYYY-MM-DD') AS period FROM monthly_figures WHERE unit_id = $1`,
        [commune],
      )
    ).map((row) => [row.period, row.id]),
  );
  /** Acknowledged writes not stored under the id the client was given, and refused writes stored anyway. */
  const check = (writes: Write[], stored: (n: number) => string | undefined) => ({
    lost: writes.filter((w) => w.id && stored(w.n) !== w.id).map((w) => w.n),
    storedThoughRefused: writes.filter((w) => !w.id && stored(w.n)).map((w) => w.n),
  });
  const findingCheck = check(findings.writes, (n) => storedFindings.get(n));
  const figureCheck = check(figures.writes, (n) => storedFigures.get(monthOf(n)));

  const summary = (stream: WriteStream, stored: number) =>
    `${stream.acknowledgedSince()} of ${stream.writes.length} acknowledged, ${stored} stored, refused ${JSON.stringify(stream.refusals())}`;
  console.info(
    `PostgreSQL killed during writes: findings ${summary(findings, storedFindings.size)}; figure saves ${summary(figures, storedFigures.size)}; ` +
      `PostgreSQL restarted in ${restartMs} ms, writes acknowledged again ${recoveryMs} ms later`,
  );
  expect(findingCheck).toEqual({ lost: [], storedThoughRefused: [] });
  expect(figureCheck).toEqual({ lost: [], storedThoughRefused: [] });
  // Writes refused while the database was away, in flight or sent then, are named an outage: worth retrying.
  expect(Object.keys({ ...findings.refusals(), ...figures.refusals() })).toEqual(['SERVICE_UNAVAILABLE']);
  expect(storedFindings.size).toBe(findings.acknowledgedSince());
  expect(storedFigures.size).toBe(figures.acknowledgedSince());
});
