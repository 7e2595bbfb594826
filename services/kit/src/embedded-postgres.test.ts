import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabase, withDatabase } from './database.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const postgresProcessesOn = (dataDir: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dataDir));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let dataDir = '';
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps its data across a restart, fsyncs unless told not to, and leaves no process behind when stopped', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cchc-kit-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const first = await startEmbeddedPostgres({ dataDir, port });
    const url = withDatabase(first.url, 'kept_across_restarts');
    await ensureDatabase(url);
    await ensureDatabase(url); // a second call finds it and does nothing
    await query(url, "CREATE TABLE t AS SELECT 'Hòn Đất'::text AS name");
    expect(await query(url, 'SHOW fsync')).toEqual([{ fsync: 'on' }]);
    expect(postgresProcessesOn(dataDir).length).toBeGreaterThan(0);
    await first.stop();
    expect(postgresProcessesOn(dataDir)).toEqual([]);

    const second = await startEmbeddedPostgres({ dataDir, port, durable: false });
    try {
      expect(await query(url, 'SELECT name FROM t')).toEqual([{ name: 'Hòn Đất' }]);
      expect(await query(url, 'SHOW fsync')).toEqual([{ fsync: 'off' }]);
      const extensions = await query(
        url,
        "SELECT name FROM pg_available_extensions WHERE name IN ('pg_trgm', 'unaccent') ORDER BY name",
      );
      expect(extensions.map((e) => e.name)).toEqual(['pg_trgm', 'unaccent']);
    } finally {
      await second.stop();
    }
  });
});
