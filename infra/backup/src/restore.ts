import path from 'node:path';
import { withDatabase } from '@cchc/kit';
import pg from 'pg';
import type { ServiceDatabase } from './environment.js';
import { type DatabaseBackup, readManifest, verifyFiles } from './manifest.js';
import { findPgTools, majorOf, type PgTools, runTool, serverMajor } from './pg-tools.js';
import { figureDifferences, tableFigures } from './table-figures.js';

export interface RestoreOptions {
  folder: string;
  /** Where each service's database goes (by service); the database there is dropped and made anew. */
  databases: ServiceDatabase[];
  pgBinDir?: string;
  log?: (line: string) => void;
}

/**
 * Restores every database of a backup: the files' checksums first (a damaged backup changes nothing),
 * then per database drop, create, pg_restore in one transaction, and its tables' rows and checksums compared
 * with the manifest.
 */
export async function restoreBackup(options: RestoreOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const manifest = await readManifest(options.folder);
  await verifyFiles(options.folder, manifest);
  const targets = manifest.databases.map((backup) => {
    const target = options.databases.find((d) => d.service === backup.service);
    if (!target) throw new Error(`No database to restore ${backup.service} into`);
    return { backup, url: target.url };
  });
  const majors = await Promise.all(targets.map(({ url }) => withClient(url, 'postgres', serverMajor)));
  const tools = await findPgTools(Math.max(majorOf(manifest.pgDump), ...majors), options.pgBinDir);

  for (const { backup, url } of targets) {
    const started = performance.now();
    await restoreDatabase(backup, url, tools, options.folder);
    const differences = figureDifferences(backup.tables, await withClient(url, undefined, tableFigures));
    if (differences.length) {
      throw new Error(`${backup.service}: restored, but not as backed up:\n  ${differences.join('\n  ')}`);
    }
    const rows = backup.tables.reduce((sum, t) => sum + t.rows, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `${backup.service}: ${backup.tables.length} tables, ${rows} rows restored and checked (${seconds} s)`,
    );
  }
}

async function restoreDatabase(backup: DatabaseBackup, url: string, tools: PgTools, folder: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withClient(url, 'postgres', async (admin) => {
    const quoted = admin.escapeIdentifier(name);
    await admin.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8'`);
  });
  const options = ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction'];
  await runTool(tools.pgRestore, [...options, path.join(folder, backup.file)], url);
}

/** Runs `work` on a connection to `url`, or to its server's `database` when given. */
async function withClient<T>(
  url: string,
  database: string | undefined,
  work: (client: pg.Client) => Promise<T>,
) {
  const client = new pg.Client({ connectionString: database ? withDatabase(url, database) : url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
