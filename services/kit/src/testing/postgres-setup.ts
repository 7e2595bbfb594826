import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { freePort } from './local-processes.js';

/**
 * Vitest global setup: one PostgreSQL server per test run, shared by the run's test files (each makes
 * its own database). DATABASE_URL points the run at an external server; otherwise an embedded one is
 * started in a temporary folder and removed afterwards.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('postgresServerUrl', external);
    return;
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
