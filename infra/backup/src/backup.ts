import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { ServiceDatabase } from './environment.js';
import { type BackupManifest, type DatabaseBackup, sha256Of, writeManifest } from './manifest.js';
import { findPgTools, type PgTools, runTool, serverMajor } from './pg-tools.js';
import { tableFigures } from './table-figures.js';

export interface BackupOptions {
  /** A new or empty folder. */
  folder: string;
  databases: ServiceDatabase[];
  pgBinDir?: string;
  log?: (line: string) => void;
}

const databaseNameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/**
 * Dumps each service's database that exists (pg_dump, custom format) into `folder`, with a manifest of
 * checksums and of every table's rows. A service whose database was never created (the partner example
 * when not started) is left out and said so.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => {});
  await mkdir(options.folder, { recursive: true });
  if ((await readdir(options.folder)).length) throw new Error(`${options.folder} is not empty`);

  const clients: { database: ServiceDatabase; client: pg.Client }[] = [];
  try {
    for (const database of options.databases) {
      const client = new pg.Client({ connectionString: database.url });
      const opened = await client.connect().then(
        () => true,
        (error: { code?: string; message: string }) => {
          if (error.code === '3D000') return false; // no such database
          throw new Error(
            `${database.service}: cannot reach its database (${error.message}); is \`npm start\` running, or DATABASE_URL set?`,
          );
        },
      );
      if (opened) clients.push({ database, client });
      else log(`${database.service}: no database ${databaseNameOf(database.url)}, left out`);
    }
    if (!clients.length) throw new Error('None of the services has a database to back up');
    const majors = await Promise.all(clients.map(({ client }) => serverMajor(client)));
    const tools = await findPgTools(Math.max(...majors), options.pgBinDir);

    const databases: DatabaseBackup[] = [];
    for (const { database, client } of clients) {
      const started = performance.now();
      const backup = await dumpDatabase(database, client, tools, options.folder);
      const rows = backup.tables.reduce((sum, t) => sum + t.rows, 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(
        `${database.service}: ${backup.file}, ${backup.bytes} bytes, ${backup.tables.length} tables, ${rows} rows (${seconds} s)`,
      );
      databases.push(backup);
    }
    const manifest: BackupManifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      pgDump: tools.version,
      databases,
    };
    await writeManifest(options.folder, manifest);
    return manifest;
  } finally {
    await Promise.all(clients.map(({ client }) => client.end()));
  }
}

/**
 * The figures and the dump come from one snapshot (exported by this transaction and handed to pg_dump), so
 * they agree even while the services keep writing.
 */
async function dumpDatabase(
  database: ServiceDatabase,
  client: pg.Client,
  tools: PgTools,
  folder: string,
): Promise<DatabaseBackup> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const { rows } = await client.query<{ snapshot: string; version: string }>(
      'SELECT pg_export_snapshot() AS snapshot, current_setting($1) AS version',
      ['server_version'],
    );
    const tables = await tableFigures(client);
    const file = `${database.service}.dump`;
    const location = path.join(folder, file);
    await runTool(
      tools.pgDump,
      ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, `--file=${location}`],
      database.url,
    );
    return {
      service: database.service,
      database: databaseNameOf(database.url),
      serverVersion: rows[0]!.version,
      file,
      bytes: (await stat(location)).size,
      sha256: await sha256Of(location),
      tables,
    };
  } finally {
    await client.query('COMMIT');
  }
}
