import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../database.js';
import { templatePrefix } from './postgres-setup.js';

export * from './local-processes.js';
export * from './migration-round-trip.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresServerUrl: string;
    /** Names this run's template databases, so that another run on the same server never copies them. */
    testRunId: string;
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A server connection for one piece of administration (creating, copying, dropping databases). */
async function withServer<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: inject('postgresServerUrl') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh database for one test file on the run's PostgreSQL server (see postgres-setup): empty, or a copy of a
 * template database (`templateDatabases`), made by the server in milliseconds.
 */
export async function createTestDatabase(
  label: string,
  options: { template?: string } = {},
): Promise<TestDatabase> {
  const serverUrl = inject('postgresServerUrl');
  const name = `test_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const copied = options.template ? ` TEMPLATE "${options.template}"` : '';
  await withServer((admin) => admin.query(`CREATE DATABASE "${name}"${copied}`));
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      withServer((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * Databases filled once per test run and copied by every test file that asks for them (`createTestDatabase`'s
 * `template`): `fill` gets the URLs of fresh databases, one per name, and leaves them as every copy starts. The
 * first file to ask fills them under a lock; the others wait for it and then find them. Answers their names.
 */
export async function templateDatabases(
  kind: string,
  names: string[],
  fill: (urls: string[]) => Promise<void>,
): Promise<string[]> {
  const serverUrl = inject('postgresServerUrl');
  const templates = names.map((name) => `${templatePrefix(inject('testRunId'))}${kind}_${name}`);
  const lock = new pg.Client({ connectionString: serverUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [templates[0]]);
    // A template is marked as one only once filled: a file that died while filling leaves none marked.
    const ready = await lock.query('SELECT 1 FROM pg_database WHERE datname = ANY($1) AND datistemplate', [
      templates,
    ]);
    if (ready.rowCount === templates.length) return templates;
    for (const template of templates) {
      await lock.query(`ALTER DATABASE "${template}" IS_TEMPLATE false`).catch(() => undefined);
      await lock.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await lock.query(`CREATE DATABASE "${template}"`);
    }
    await fill(templates.map((template) => withDatabase(serverUrl, template)));
    for (const template of templates) await lock.query(`ALTER DATABASE "${template}" IS_TEMPLATE true`);
    return templates;
  } finally {
    await lock.end();
  }
}
