import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createTestDatabase, freePort } from '@cchc/kit/testing';
import { inject } from 'vitest';
import type { GraphQLResponse } from './platform.js';

const LAUNCHER = new URL('../../../infra/local/dist/start.js', import.meta.url).pathname;
const REPO_ROOT = new URL('../../../', import.meta.url).pathname;

/** The processes `npm start` runs, by the names its launcher prints, in the order it starts them. */
export const LAUNCHED_SERVICES = [
  'unit-registry',
  'e-government-metrics',
  'inspection',
  'gateway',
  'shell',
] as const;
export type LaunchedService = (typeof LAUNCHED_SERVICES)[number];

/** The pid the launcher announced last for a service in one line of its output ("… started (pid 123)"), if any. */
export function announcedPid(line: string, service: LaunchedService): number | undefined {
  const match = line.match(new RegExp(`^${service} (?:started|restarted) \\(pid (\\d+)`));
  return match ? Number(match[1]) : undefined;
}

/** A demo user's token from a gateway (password `demo`). */
export async function loginAs(gatewayUrl: string, username: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`login as ${username}: HTTP ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A GraphQL request with a bearer token, to a gateway or a subgraph (`url` ends in /graphql). */
export async function queryAs(
  url: string,
  token: string,
  document: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse;
}

export interface Launched {
  gatewayUrl: string;
  /** Each service's own database. */
  databaseUrls: { units: string; inspection: string; metrics: string; gateway: string };
  /** The launcher's output so far, one line per entry. */
  output: string[];
  process: ChildProcess;
  /** Resolves with the launcher's exit code. */
  exited: Promise<number | null>;
  /** The pids the launcher announced for a service, in order ("inspection started (pid 123)", "… restarted (pid 456, …"). */
  pidsOf(service: LaunchedService): number[];
  /** A demo user's token (password `demo`). */
  login(username: string): Promise<string>;
  query(token: string, document: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** Kills the launcher if it still runs, and drops its databases and folder. */
  stop(): Promise<void>;
}

/**
 * `npm start`'s launcher as a user runs it (`node infra/local/dist/start.js`), each service its own process, on
 * the test run's PostgreSQL server (a fresh database per service) and on free ports. `environment` adds to or
 * overrides the launcher's.
 */
export async function startLauncher(
  label: string,
  environment: Record<string, string> = {},
): Promise<Launched> {
  const databases = await Promise.all(
    ['units', 'inspection', 'metrics', 'gateway'].map((name) => createTestDatabase(`${label}_${name}`)),
  );
  const [units, inspection, metrics, gateway] = databases.map((database) => database.url);
  const dataFolder = await mkdtemp(path.join(tmpdir(), `${label}-`));
  const [gatewayPort, shellPort, unitRegistryPort, inspectionPort, metricsPort] = await Promise.all(
    Array.from({ length: 5 }, freePort),
  );
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const output: string[] = [];

  const launcher = spawn(process.execPath, [LAUNCHER], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
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
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (launcher.exitCode === null && launcher.signalCode === null) {
      launcher.kill('SIGKILL');
      await exited;
    }
    for (const database of databases) await database.drop();
    await rm(dataFolder, { recursive: true, force: true });
  };
  const platformUp = new Promise<void>((resolve, reject) => {
    for (const stream of [launcher.stdout, launcher.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line);
        if (line.startsWith('The platform is up')) resolve();
      });
    }
    void exited.then((code) =>
      reject(new Error(`the launcher exited (code ${code}):\n${output.slice(-20).join('\n')}`)),
    );
  });
  await platformUp.catch(async (error: Error) => {
    await stop();
    throw error;
  });

  return {
    gatewayUrl,
    databaseUrls: { units: units!, inspection: inspection!, metrics: metrics!, gateway: gateway! },
    output,
    process: launcher,
    exited,
    pidsOf: (service) =>
      output.flatMap((line) => {
        const pid = announcedPid(line, service);
        return pid === undefined ? [] : [pid];
      }),
    login: (username) => loginAs(gatewayUrl, username),
    query: (token, document, variables) => queryAs(`${gatewayUrl}/graphql`, token, document, variables),
    stop,
  };
}
