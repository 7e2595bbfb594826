import { readdir, readFile } from 'node:fs/promises';
import { type RunningPostgres, startEmbeddedPostgres } from '@cchc/kit/embedded-postgres';
import { freePort, processIsRunning } from '@cchc/kit/testing';
import { waitFor } from './wait-for.js';

/** The processes whose parent is `pid` (PostgreSQL's backends and workers under its postmaster), from /proc. */
async function childrenOf(pid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (command) state ppid …": the command may hold spaces, so fields are counted after its ")".
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === pid) children.push(Number(entry));
  }
  return children;
}

/**
 * A durable (fsync on) embedded PostgreSQL on its own data folder and port, which a test can crash as a power cut
 * or the OOM killer would — SIGKILL to the postmaster — and start again on the same folder and port, where it
 * recovers from its write-ahead log.
 */
export async function startCrashablePostgres(dataDir: string) {
  const port = await freePort();
  let server: RunningPostgres | undefined = await startEmbeddedPostgres({ dataDir, port, durable: true });
  const url = server.url;

  return {
    /** The server's URL (database `postgres`), the same across restarts. */
    url,
    /**
     * SIGKILL to the postmaster (the first line of postmaster.pid), then waits until it and its backends are gone:
     * a backend left behind would hold the shared memory that the next start needs.
     */
    kill: async () => {
      const postmaster = Number((await readFile(`${dataDir}/postmaster.pid`, 'utf8')).split('\n')[0]);
      const backends = await childrenOf(postmaster);
      process.kill(postmaster, 'SIGKILL');
      // The package's handle would wait for ever on a process that is gone: it is dropped, not stopped.
      server = undefined;
      await waitFor(
        () => ![postmaster, ...backends].some(processIsRunning),
        10_000,
        `PostgreSQL (pid ${postmaster}) and its backends did not exit`,
      );
    },
    restart: async () => {
      server = await startEmbeddedPostgres({ dataDir, port, durable: true });
    },
    stop: async () => {
      await server?.stop();
      server = undefined;
    },
  };
}
