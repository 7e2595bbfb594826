import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBackup } from './backup.js';
import type { ServiceDatabase } from './environment.js';
import { findPgTools, serverMajor } from './pg-tools.js';
import { restoreBackup } from './restore.js';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const sql = (url: string, text: string) => withClient(url, (client) => client.query(text));

/** Each table's row count and an md5 of its rows, computed here independently of the backup's own figures. */
const contentOf = (url: string, tables: string[]) =>
  withClient(url, async (client) => {
    const content: Record<string, { rows: number; md5: string }> = {};
    for (const table of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS md5 FROM ${table} t`,
      );
      content[table] = rows[0];
    }
    return content;
  });

const registryTables = ['public.units', 'audit.events'];
const inspectionTables = ['public.findings', 'public.notices'];

const serverUrl = inject('postgresServerUrl');
const major = await withClient(serverUrl, serverMajor);
// pg_dump cannot dump a server newer than itself: the round trip needs client tools of the server's version.
const tools = await findPgTools(major).catch(() => undefined);

describe('db:backup and db:restore', () => {
  let registry: TestDatabase;
  let inspection: TestDatabase;
  let folder = '';
  const databases = (): ServiceDatabase[] => [
    { service: 'unit-registry', url: registry.url },
    { service: 'inspection', url: inspection.url },
  ];

  beforeAll(async () => {
    registry = await createTestDatabase('backup_registry');
    inspection = await createTestDatabase('backup_inspection');
    folder = await mkdtemp(path.join(tmpdir(), 'cchc-backup-'));
    await sql(
      registry.url,
      `CREATE EXTENSION pg_trgm;
       CREATE TABLE units (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), code text NOT NULL, name text NOT NULL, valid_from date);
       CREATE INDEX units_name_trgm ON units USING gin (name gin_trgm_ops);
       INSERT INTO units (code, name, valid_from)
         SELECT lpad(g::text, 5, '0'), 'Xã Hòn Đất ' || g, date '2020-01-01' + g FROM generate_series(1, 500) g;
       CREATE SCHEMA audit;
       CREATE TABLE audit.events (id bigserial PRIMARY KEY, detail jsonb NOT NULL);
       INSERT INTO audit.events (detail) SELECT jsonb_build_object('unit', g, 'việc', 'sửa tên') FROM generate_series(1, 200) g;`,
    );
    await sql(
      inspection.url,
      `CREATE TABLE findings (id serial PRIMARY KEY, unit_code text NOT NULL, text text NOT NULL,
                              points numeric(5,2), recorded_at timestamptz NOT NULL);
       INSERT INTO findings (unit_code, text, points, recorded_at)
         SELECT lpad((g % 500 + 1)::text, 5, '0'), 'Chậm trả kết quả hồ sơ ' || g, (g % 1000) / 100.0,
                timestamptz '2026-01-01 08:00+07' + g * interval '1 hour'
         FROM generate_series(1, 1200) g;
       CREATE TABLE notices (id serial PRIMARY KEY, finding_id int REFERENCES findings);`,
    );
  });
  afterAll(async () => {
    await registry?.drop();
    await inspection?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it.runIf(tools)(
    'gives back every row of two databases after rows were changed, deleted and a table dropped',
    async () => {
      const before = {
        registry: await contentOf(registry.url, registryTables),
        inspection: await contentOf(inspection.url, inspectionTables),
      };
      expect(before.registry['public.units']!.rows).toBe(500);
      expect(before.inspection['public.findings']!.rows).toBe(1200);

      let started = performance.now();
      const manifest = await createBackup({ folder, databases: databases() });
      const backupMs = performance.now() - started;

      expect(await readdir(folder)).toEqual(['inspection.dump', 'manifest.json', 'unit-registry.dump']);
      const rowsIn = (service: string) =>
        Object.fromEntries(
          manifest.databases.find((d) => d.service === service)!.tables.map((t) => [t.table, t.rows]),
        );
      expect(rowsIn('unit-registry')).toEqual({ 'audit.events': 200, 'public.units': 500 });
      expect(rowsIn('inspection')).toEqual({ 'public.findings': 1200, 'public.notices': 0 });
      for (const database of manifest.databases) {
        const bytes = await readFile(path.join(folder, database.file));
        expect(database.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(database.bytes).toBe(bytes.length);
      }

      await sql(
        registry.url,
        `DELETE FROM units WHERE code > '00400'; UPDATE units SET name = 'đổi' WHERE code = '00001'; DROP TABLE audit.events;`,
      );
      await sql(
        inspection.url,
        `UPDATE findings SET points = 0; INSERT INTO notices (finding_id) VALUES (1);`,
      );
      expect(await contentOf(inspection.url, inspectionTables)).not.toEqual(before.inspection);

      started = performance.now();
      await restoreBackup({ folder, databases: databases() });
      const restoreMs = performance.now() - started;

      expect(await contentOf(registry.url, registryTables)).toEqual(before.registry);
      expect(await contentOf(inspection.url, inspectionTables)).toEqual(before.inspection);
      const { rows } = await sql(
        registry.url,
        "SELECT indexname FROM pg_indexes WHERE tablename = 'units' ORDER BY 1",
      );
      expect(rows.map((r) => r.indexname)).toEqual(['units_name_trgm', 'units_pkey']);

      const sizes = manifest.databases.map((d) => `${d.file} ${d.bytes} B`).join(', ');
      console.log(
        `backup round trip on PostgreSQL ${major} with ${tools!.version}: ${sizes}; backup ${backupMs.toFixed(0)} ms, restore and check ${restoreMs.toFixed(0)} ms`,
      );
    },
  );

  it.runIf(tools)(
    'refuses a backup with one byte flipped in a dump, before touching any database',
    async () => {
      const dump = path.join(folder, 'inspection.dump');
      const bytes = await readFile(dump);
      bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
      await writeFile(dump, bytes);
      await sql(registry.url, "INSERT INTO units (code, name) VALUES ('99999', 'written after the backup')");

      await expect(restoreBackup({ folder, databases: databases() })).rejects.toThrow(
        'inspection.dump: sha256 differs from the manifest',
      );
      const { rows } = await sql(registry.url, "SELECT name FROM units WHERE code = '99999'");
      expect(rows).toEqual([{ name: 'written after the backup' }]);
    },
  );

  it.skipIf(tools)(
    'refuses to back up a server newer than every pg_dump found, naming the version it needs',
    async () => {
      await expect(createBackup({ folder, databases: databases() })).rejects.toThrow(
        `No pg_dump/pg_restore of PostgreSQL ${major} or newer`,
      );
      expect(await readdir(folder)).toEqual([]);
    },
  );
});
