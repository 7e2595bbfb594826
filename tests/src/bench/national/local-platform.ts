import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '@cchc/kit/testing';
import {
  announcedPid,
  LAUNCHED_SERVICES,
  type LaunchedService,
  loginAs,
  queryAs,
} from '../../testkit/launcher.js';
import { sqlStatements } from '../../testkit/platform.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Where one platform of the bench lives: its own embedded PostgreSQL folder and ports, apart from `npm start`'s. */
export interface LocalPlace {
  folder: string;
  ports: {
    postgres: number;
    gateway: number;
    shell: number;
    registry: number;
    inspection: number;
    metrics: number;
  };
}

export async function newPlace(folder: string): Promise<LocalPlace> {
  // Run as root, the embedded PostgreSQL runs as a `postgres` user of its own, who must reach the folder.
  await chmod(folder, 0o755);
  const names = ['postgres', 'gateway', 'shell', 'registry', 'inspection', 'metrics'] as const;
  const free = await Promise.all(names.map(() => freePort()));
  const ports = Object.fromEntries(names.map((name, i) => [name, free[i]!])) as LocalPlace['ports'];
  return { folder, ports };
}

/**
 * The environment `npm start` and `npm run data:national` get for a place: the embedded PostgreSQL (whatever
 * server the suite itself uses), no Redis, the demo users, a rate limit no bench reaches, and the cluster's heap
 * size.
 */
function environmentOf(place: LocalPlace, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.endsWith('DATABASE_URL') || name === 'REDIS_URL' || name === 'NODE_ENV') delete env[name];
  }
  return {
    ...env,
    EMBEDDED_PG_DATA_DIR: `${place.folder}/postgres`,
    EMBEDDED_PG_PORT: String(place.ports.postgres),
    GATEWAY_PORT: String(place.ports.gateway),
    SHELL_PORT: String(place.ports.shell),
    UNIT_REGISTRY_PORT: String(place.ports.registry),
    INSPECTION_PORT: String(place.ports.inspection),
    METRICS_PORT: String(place.ports.metrics),
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOG_LEVEL: 'warn',
    // Each service's heap as the cluster bounds it (infra/k8s: --max-old-space-size=384), so that its resident
    // memory is what it holds, not what a process on a large machine leaves uncollected.
    NODE_OPTIONS: '--max-old-space-size=384',
    ...extra,
  };
}

/** A command of the repository's (a compiled script) as `npm` runs it, its output kept, with the lines it printed. */
function run(script: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [`${repoRoot}/${script}`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        for (const listener of listeners) listener(line);
      }
    });
  }
  return { child, lines, onLine: (listener: (line: string) => void) => listeners.push(listener) };
}

const lastLines = (lines: string[]) => lines.slice(-15).join('\n');

async function stopped(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await exit;
  clearTimeout(timer);
}

/**
 * `npm start` on a place (`node infra/local/dist/start.js`, what `npm start` runs after building): every service in
 * its own process, as an official's machine or a server runs them. Resolves once the gateway has answered a first
 * query, with the time from the command to that answer.
 */
export async function startLocalPlatform(place: LocalPlace) {
  const started = performance.now();
  const { child, lines, onLine } = run('infra/local/dist/start.js', environmentOf(place));
  const pids = new Map<LaunchedService, number>();
  onLine((line) => {
    for (const service of LAUNCHED_SERVICES) {
      const pid = announcedPid(line, service);
      if (pid !== undefined) pids.set(service, pid);
    }
  });
  const exited = once(child, 'exit').then(() => {
    throw new Error(`npm start stopped:\n${lastLines(lines)}`);
  });
  const local = (port: number) => `http://127.0.0.1:${port}`;
  const gateway = local(place.ports.gateway);
  const firstAnswer = async () => {
    for (;;) {
      const token = await loginAs(gateway, 'admin').catch(() => undefined);
      if (token) {
        const answer = await queryAs(`${gateway}/graphql`, token, '{ units(first: 1) { totalCount } }').catch(
          () => undefined,
        );
        if (answer?.data) return token;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const adminToken = await Promise.race([firstAnswer(), exited]);
  const startedInMs = performance.now() - started;
  exited.catch(() => {});
  // The shell is started last: the platform is whole once it is.
  while (!pids.has('shell')) await new Promise((resolve) => setTimeout(resolve, 100));
  const database = (name: string) => `postgres://postgres:postgres@127.0.0.1:${place.ports.postgres}/${name}`;
  return {
    startedInMs,
    pids,
    adminToken,
    gatewayUrl: `${gateway}/graphql`,
    unitRegistry: { url: local(place.ports.registry) },
    metrics: { url: local(place.ports.metrics) },
    inspection: { url: local(place.ports.inspection) },
    databaseUrls: {
      units: database('cchc_unit_registry'),
      metrics: database('cchc_e_government_metrics'),
      inspection: database('cchc_inspection'),
    },
    query: (query: string, variables?: Record<string, unknown>) =>
      queryAs(`${gateway}/graphql`, adminToken, query, variables),
    queryUnitRegistry: (query: string, variables?: Record<string, unknown>) =>
      queryAs(`${local(place.ports.registry)}/graphql`, adminToken, query, variables),
    sqlStatements,
    /** Each process's resident memory now, in bytes (from /proc). */
    memory: async () => {
      const rss = new Map<LaunchedService, number>();
      for (const [name, pid] of pids) {
        const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
        const kB = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
        if (kB) rss.set(name, Number(kB) * 1024);
      }
      return rss;
    },
    stop: () => stopped(child, 60_000),
  };
}

export type LocalPlatform = Awaited<ReturnType<typeof startLocalPlatform>>;

/**
 * `npm run data:national` on a place while its platform runs, with NATIONAL_* set: resolves with its time, the
 * rows each table got and the databases' sizes, as it printed them.
 */
export async function generateNationalData(
  place: LocalPlace,
  national: { years: number[]; provinces?: string[]; scale: number },
) {
  const started = performance.now();
  const { child, lines } = run(
    'infra/local/dist/national-data.js',
    environmentOf(place, {
      NATIONAL_SEED: 'cchc-national',
      NATIONAL_YEARS: national.years.join(','),
      NATIONAL_SCALE: String(national.scale),
      ...(national.provinces ? { NATIONAL_PROVINCES: national.provinces.join(',') } : {}),
    }),
  );
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`npm run data:national failed:\n${lastLines(lines)}`);
  const inserted = lines.flatMap((line) => {
    const match = /^\S+\s+[\d,]+ wanted,\s+([\d,]+) inserted/.exec(line.trim());
    return match ? [Number(match[1]!.replaceAll(',', ''))] : [];
  });
  const sizes = lines.flatMap((line) => {
    const match = /^\s+(cchc_\w+): (.+)$/.exec(line);
    return match ? [`${match[1]} ${match[2]}`] : [];
  });
  return {
    milliseconds: performance.now() - started,
    rows: inserted.reduce((sum, rows) => sum + rows, 0),
    sizes,
  };
}
