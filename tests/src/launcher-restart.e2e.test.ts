import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createTestDatabase, freePort, processIsRunning, type TestDatabase } from '@cchc/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphQLResponse } from './testkit/platform.js';

/**
 * `npm start`'s launcher as a user runs it (`node infra/local/dist/start.js`), on the test's PostgreSQL server
 * and on free ports; the test kills the inspection subgraph's process and watches the platform get over it.
 */
const LAUNCHER = new URL('../../infra/local/dist/start.js', import.meta.url).pathname;
const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Unit-registry only: asked for one unit before the kill (so the gateway has planned it) and for another after,
 * so that no cached answer can stand in for the registry.
 */
const REGISTRY_ONLY = 'query ($code: String!) { unitByCode(code: $code, asOf: "2020-10-19") { name } }';
/** A unit from unit-registry with the field inspection adds to it: an inspection outage nulls only that field. */
const WITH_INSPECTION = '{ unitByCode(code: "903", asOf: "2020-10-19") { name findings { totalCount } } }';
const PARTIAL = { unitByCode: { name: 'Hòn Đất', findings: null } };
const FULL = { unitByCode: { name: 'Hòn Đất', findings: { totalCount: expect.any(Number) } } };
/** Callers that keep asking while inspection dies and comes back. */
const CONCURRENT_CALLERS = 8;
const RESTART_BOUND_MS = 30_000;

let launcher: ChildProcess;
let launcherExit: Promise<number | null>;
const output: string[] = [];
const databases: TestDatabase[] = [];
let dataFolder: string;
let gatewayUrl: string;
let adminToken: string;

/** The pids the launcher announced for a service, in order ("inspection started (pid 123)", "… restarted (pid 456, …"). */
const pidsOf = (service: string) =>
  output.flatMap((line) => {
    const match = line.match(new RegExp(`^${service} (?:started|restarted) \\(pid (\\d+)`));
    return match ? [Number(match[1])] : [];
  });
/** Every answer is in full, or partial with only inspection's field missing and inspection named unavailable. */
function isFullOrNamedPartial(response: GraphQLResponse): boolean {
  if (response.status !== 200) return false;
  const unit = (response.data as { unitByCode?: { findings: { totalCount: number } | null } } | undefined)
    ?.unitByCode;
  if (response.errors === undefined) return typeof unit?.findings?.totalCount === 'number';
  return (
    JSON.stringify(response.data) === JSON.stringify(PARTIAL) &&
    response.errors.every(
      (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.serviceName === 'inspection',
    )
  );
}

/** CONCURRENT_CALLERS loops sending one query until stopped; answers the responses they got. */
function keepAsking(document: string) {
  const responses: GraphQLResponse[] = [];
  let stopped = false;
  const callers = Array.from({ length: CONCURRENT_CALLERS }, async () => {
    while (!stopped) responses.push(await query(document));
  });
  return async () => {
    stopped = true;
    await Promise.all(callers);
    return responses;
  };
}

const query = async (document: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse;
};

beforeAll(async () => {
  for (const name of ['units', 'inspection', 'metrics', 'gateway'])
    databases.push(await createTestDatabase(`e2e_launcher_${name}`));
  const [units, inspection, metrics, gateway] = databases.map((database) => database.url);
  dataFolder = await mkdtemp(path.join(tmpdir(), 'launcher-restart-'));
  const [gatewayPort, shellPort, unitRegistryPort, inspectionPort, metricsPort] = await Promise.all(
    Array.from({ length: 5 }, freePort),
  );
  gatewayUrl = `http://127.0.0.1:${gatewayPort}`;

  launcher = spawn(process.execPath, [LAUNCHER], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      // The callers that keep asking through the restart are one client, and ask more than a person would.
      RATE_LIMIT_PER_MINUTE: '100000',
      // A server given: no embedded PostgreSQL; the signing key goes beside this data folder.
      DATABASE_URL: inject('postgresServerUrl'),
      EMBEDDED_PG_DATA_DIR: path.join(dataFolder, 'postgres'),
      UNIT_REGISTRY_DATABASE_URL: units,
      INSPECTION_DATABASE_URL: inspection,
      METRICS_DATABASE_URL: metrics,
      GATEWAY_DATABASE_URL: gateway,
      GATEWAY_PORT: String(gatewayPort),
      SHELL_PORT: String(shellPort),
      UNIT_REGISTRY_PORT: String(unitRegistryPort),
      INSPECTION_PORT: String(inspectionPort),
      METRICS_PORT: String(metricsPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcherExit = new Promise((resolve) => launcher.once('exit', (code) => resolve(code)));
  const platformUp = new Promise<void>((resolve, reject) => {
    for (const stream of [launcher.stdout, launcher.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line);
        if (line.startsWith('The platform is up')) resolve();
      });
    }
    void launcherExit.then((code) =>
      reject(new Error(`the launcher exited (code ${code}):\n${output.slice(-20).join('\n')}`)),
    );
  });
  await platformUp;

  const login = await fetch(`${gatewayUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'demo' }),
  });
  adminToken = ((await login.json()) as { access_token: string }).access_token;
}, 300_000);

afterAll(async () => {
  if (launcher?.exitCode === null) {
    launcher.kill('SIGKILL');
    await launcherExit;
  }
  for (const database of databases) await database.drop();
  if (dataFolder) await rm(dataFolder, { recursive: true, force: true });
});

describe('the launcher (npm start) when the inspection subgraph dies', () => {
  it('keeps answering from the other subgraphs under load, restarts inspection, and answers in full again without restarting the gateway', async () => {
    const [gatewayPid] = pidsOf('gateway');
    const [inspectionPid] = pidsOf('inspection');
    expect(gatewayPid).toEqual(expect.any(Number));
    expect(inspectionPid).toEqual(expect.any(Number));
    expect((await query(REGISTRY_ONLY, { code: '903' })).data).toEqual({ unitByCode: { name: 'Hòn Đất' } });

    const stopAsking = keepAsking(WITH_INSPECTION);
    await expect.poll(() => query(WITH_INSPECTION).then((r) => r.data)).toEqual(FULL);
    process.kill(inspectionPid!, 'SIGKILL');
    const diedAt = performance.now();

    const registryOnly = await query(REGISTRY_ONLY, { code: '91' });
    const registryAnsweredMs = performance.now() - diedAt;
    expect(registryOnly).toEqual({ status: 200, data: { unitByCode: { name: 'Kiên Giang' } } });

    const partial = await query(WITH_INSPECTION);
    expect(partial.data).toEqual(PARTIAL);
    expect(partial.errors).toContainEqual(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', serviceName: 'inspection' }),
      }),
    );

    let full: GraphQLResponse | undefined;
    await expect
      .poll(
        async () => {
          full = await query(WITH_INSPECTION);
          return full.errors;
        },
        { timeout: RESTART_BOUND_MS, interval: 200 },
      )
      .toBeUndefined();
    const fullAnswerBackMs = performance.now() - diedAt;
    expect(full?.data).toEqual(FULL);
    const underLoad = await stopAsking();
    const partials = underLoad.filter((r) => r.errors !== undefined).length;
    expect(underLoad.filter((r) => !isFullOrNamedPartial(r))).toEqual([]);
    expect(partials).toBeGreaterThan(0);
    expect(underLoad.length - partials).toBeGreaterThan(0);

    // Inspection runs again as a new process; the gateway is the one process it was from the start.
    expect(pidsOf('inspection')).toHaveLength(2);
    expect(pidsOf('inspection')[1]).not.toBe(inspectionPid);
    expect(processIsRunning(pidsOf('inspection')[1]!)).toBe(true);
    expect(pidsOf('gateway')).toEqual([gatewayPid]);
    expect(processIsRunning(gatewayPid!)).toBe(true);
    expect(output).toContainEqual(
      expect.stringMatching(/^inspection stopped unexpectedly \(signal SIGKILL\)/),
    );
    // The launcher polls /readyz, so it may see inspection back a moment after the gateway did.
    await expect.poll(() => output.some((line) => line.startsWith('inspection is ready again'))).toBe(true);

    console.log(
      `death → registry-only query answered: ${registryAnsweredMs.toFixed(0)} ms; ` +
        `death → full answer back: ${fullAnswerBackMs.toFixed(0)} ms; under load from ${CONCURRENT_CALLERS} callers: ` +
        `${underLoad.length - partials} full and ${partials} partial answers, no other`,
    );
  }, 60_000);

  it('stops every service, restarting none, when the launcher gets SIGTERM', async () => {
    const pids = ['unit-registry', 'e-government-metrics', 'inspection', 'gateway', 'shell'].flatMap(pidsOf);
    const stoppingFrom = output.length;

    launcher.kill('SIGTERM');
    expect(await launcherExit).toBe(0);

    expect(pids.filter(processIsRunning)).toEqual([]);
    const afterStop = output.slice(stoppingFrom);
    expect(afterStop).toContain('Stopped.');
    expect(afterStop.filter((line) => /^\S+ (restarted|stopped unexpectedly)/.test(line))).toEqual([]);
  }, 60_000);
});
