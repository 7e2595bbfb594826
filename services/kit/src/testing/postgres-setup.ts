import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { freePort } from './local-processes.js';

/** The prefix of a run's template databases (`templateDatabases`), dropped when the run ends. */
export const templatePrefix = (runId: string) => `tmpl_${runId}_`;

/** Drops the run's template databases from a server that outlives the run. */
async function dropTemplates(serverUrl: string, runId: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [templatePrefix(runId)],
    );
    for (const { datname } of rows) {
      await admin.query(`ALTER DATABASE "${datname}" IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * Vitest global setup: one PostgreSQL server per test run, shared by the run's test files (each makes
 * its own database). DATABASE_URL points the run at an external server; otherwise an embedded one is
 * started in a temporary folder and removed afterwards.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  project.provide('testRunId', runId);
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('postgresServerUrl', external);
    return () => dropTemplates(external, runId);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cchc-test-pg-'));
  // Thrown away after the run: no fsync, which a durable server needs and a test run does not.
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    durable: false,
  });
  project.provide('postgresServerUrl', postgres.url);
  return () => postgres.stop();
}
