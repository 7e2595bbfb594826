import {
  createDataSource,
  createLogger,
  databaseEnvironment,
  databaseLimits,
  ErrorCode,
  migrateDatabase,
  readEnvironment,
  toClientError,
} from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import { GraphQLError } from 'graphql';
import type pg from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The kit's database limits on a real PostgreSQL: a statement too long, a lock held too long and a pool with no
 * free connection each end in SERVICE_UNAVAILABLE within their limit, and leave the pool with nothing busy.
 */

const logger = createLogger('database-limits-test', 'silent');
let database: TestDatabase;
const opened: DataSource[] = [];

async function open(limits: Parameters<typeof createDataSource>[0]['limits']) {
  const dataSource = createDataSource({ url: database.url, entities: [], migrations: [], logger, limits });
  await dataSource.initialize();
  opened.push(dataSource);
  return dataSource;
}
// TypeORM's postgres driver keeps its node-postgres pool as `master`.
const poolOf = (dataSource: DataSource) => (dataSource.driver as unknown as { master: pg.Pool }).master;
const busy = (dataSource: DataSource) => {
  const pool = poolOf(dataSource);
  return { busy: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };
};

/** What a client would get for the failure, as a subgraph's error formatting gives it. */
async function refusalOf(work: Promise<unknown>) {
  const failure = await work.then(
    () => undefined,
    (error: Error) => error,
  );
  if (!failure) throw new Error('the work was expected to fail');
  const error = new GraphQLError(failure.message, { originalError: failure });
  return { client: toClientError(error.toJSON(), error) };
}

beforeAll(async () => {
  database = await createTestDatabase('database_limits');
  const setUp = await open({});
  await setUp.query('CREATE TABLE catalog (id int PRIMARY KEY)');
});
afterEach(async () => {
  for (const dataSource of opened.splice(0)) await dataSource.destroy();
});
afterAll(async () => {
  await database?.drop();
});

describe('a data source within its limits', () => {
  it('cancels a statement past statementTimeoutMs: SERVICE_UNAVAILABLE, the connection back in the pool', async () => {
    const dataSource = await open({ statementTimeoutMs: 300 });
    const started = performance.now();
    const { client } = await refusalOf(dataSource.query('SELECT pg_sleep(5)'));
    const elapsed = performance.now() - started;
    expect(client).toMatchObject({
      message: expect.stringMatching(/too busy to answer in time/),
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(4_000);
    expect(busy(dataSource)).toEqual({ busy: 0, waiting: 0 });
    expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('gives up a lock another session holds past lockTimeoutMs', async () => {
    const holder = await open({});
    const runner = holder.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('LOCK TABLE catalog IN ACCESS EXCLUSIVE MODE');
    try {
      const dataSource = await open({ lockTimeoutMs: 300 });
      const { client } = await refusalOf(dataSource.query('SELECT count(*) FROM catalog'));
      expect(client.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
      expect(busy(dataSource)).toEqual({ busy: 0, waiting: 0 });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('fails a request that waited poolWaitMs for a connection, and serves the next once one is free', async () => {
    const dataSource = await open({ poolSize: 1, poolWaitMs: 300 });
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const { client } = await refusalOf(dataSource.query('SELECT 1'));
      expect(client.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(busy(dataSource)).toEqual({ busy: 0, waiting: 0 });
  });

  it('sets the limits on every connection it opens, and ends a transaction a dead request left idle after 1 min', async () => {
    const dataSource = await open({});
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    const settings = await runner.query(
      "SELECT current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock",
    );
    await runner.release();
    expect(settings).toEqual([{ idle: '1min', statement: '30s', lock: '5s' }]);
  });
});

describe('migrations', () => {
  it('run without the service’s time limits (a migration may take longer than any request)', async () => {
    class SlowMigration1700000000000 implements MigrationInterface {
      async up(runner: QueryRunner) {
        await runner.query('SELECT pg_sleep(0.6)');
        await runner.query('CREATE TABLE migrated (id int)');
      }
      async down(runner: QueryRunner) {
        await runner.query('DROP TABLE migrated');
      }
    }
    await migrateDatabase({
      url: database.url,
      entities: [],
      migrations: [SlowMigration1700000000000],
      logger,
      limits: { statementTimeoutMs: 200 },
    });
    const dataSource = await open({ statementTimeoutMs: 200 });
    expect(await dataSource.query('SELECT count(*)::int AS rows FROM migrated')).toEqual([{ rows: 0 }]);
    const { client } = await refusalOf(dataSource.query('SELECT pg_sleep(0.6)'));
    expect(client.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
  });
});

describe('the DB_* environment', () => {
  const read = (env: Record<string, string>) =>
    databaseLimits(readEnvironment(z.object(databaseEnvironment('INSPECTION')), env));

  it('defaults to 30 s per statement, 5 s per lock and per pool wait, 10 connections, 16 MB to sort', () => {
    expect(read({})).toEqual({
      statementTimeoutMs: 30_000,
      lockTimeoutMs: 5_000,
      poolWaitMs: 5_000,
      poolSize: 10,
      workMemMb: 16,
    });
  });

  it('gives each connection the memory to sort in that it was told', async () => {
    const dataSource = await open({ workMemMb: 24 });
    expect(await dataSource.query('SHOW work_mem')).toEqual([{ work_mem: '24MB' }]);
  });

  it('reads each limit, and refuses one that is not a positive whole number', () => {
    expect(
      read({
        DB_STATEMENT_TIMEOUT_MS: '1500',
        DB_LOCK_TIMEOUT_MS: '250',
        DB_POOL_WAIT_MS: '900',
        DB_POOL_SIZE: '4',
        DB_WORK_MEM_MB: '64',
      }),
    ).toEqual({ statementTimeoutMs: 1_500, lockTimeoutMs: 250, poolWaitMs: 900, poolSize: 4, workMemMb: 64 });
    expect(() => read({ DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    expect(() => read({ DB_POOL_SIZE: 'many' })).toThrow(/DB_POOL_SIZE/);
    expect(() => read({ DB_WORK_MEM_MB: '0' })).toThrow(/DB_WORK_MEM_MB/);
  });
});
