import { DEFAULT_DATABASE_LIMITS } from '@cchc/kit';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';
import { expectedData, MARGIN_MS, SUBGRAPH_TIMEOUT_MS, unitAndCatalog } from './unit-and-catalog.js';

/**
 * Inspection's database slow to answer: a session holds an exclusive lock on the criteria catalogs (as a long
 * migration or a stuck maintenance job would), so every read of them waits. The gateway gives up on time and
 * answers the rest; inspection's own lock timeout ends the waits, so its connection pool drains back to idle while
 * the lock is still held, and it answers in full once the lock goes.
 */

/** More than inspection's pool holds (10): some requests wait for a connection, not only for the lock. */
const REQUESTS = 20;

let platform: TestPlatform;
let locker: pg.Client | undefined;

beforeAll(async () => {
  platform = await startPlatform('faults_slow_database', { subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS });
});
afterAll(async () => {
  await locker?.end();
  await platform?.stop();
});

it(`answers ${REQUESTS} requests on time while inspection's database is stuck, and inspection's pool drains by its lock timeout while it still is`, async () => {
  const { dataSource } = platform.inspection;
  // TypeORM's postgres driver keeps its node-postgres pool as `master`.
  const pool = () => (dataSource.driver as unknown as { master: pg.Pool }).master;
  expect((await platform.query(unitAndCatalog(REQUESTS))).data).toEqual(
    expectedData(REQUESTS, { year: 2020 }),
  );

  locker = new pg.Client({ connectionString: (dataSource.options as { url: string }).url });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE criteria_catalogs IN ACCESS EXCLUSIVE MODE');
  const replies = await Promise.all(
    Array.from({ length: REQUESTS }, async (_, request) => {
      const started = Date.now();
      const response = await platform.query(unitAndCatalog(request));
      return { ...response, request, elapsed: Date.now() - started };
    }),
  );
  for (const reply of replies) {
    expect(reply.elapsed).toBeLessThan(SUBGRAPH_TIMEOUT_MS + MARGIN_MS);
    expect(reply.status).toBe(200);
    expect(reply.data).toEqual(expectedData(reply.request, null));
    expect(reply.errors).toContainEqual(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', serviceName: 'inspection' }),
      }),
    );
  }
  const whileStuck = { connections: pool().totalCount, idle: pool().idleCount, waiting: pool().waitingCount };
  expect(whileStuck.waiting + whileStuck.connections - whileStuck.idle).toBeGreaterThan(0);

  // Each wait ends at the lock timeout (5 s by default), each queued request after it: the pool drains.
  const stuckAt = Date.now();
  await expect
    .poll(() => ({ waiting: pool().waitingCount, busy: pool().totalCount - pool().idleCount }), {
      timeout: 3 * DEFAULT_DATABASE_LIMITS.lockTimeoutMs,
      interval: 100,
    })
    .toEqual({ waiting: 0, busy: 0 });
  const drainedMs = Date.now() - stuckAt;
  await locker.query('ROLLBACK');
  await locker.end();
  locker = undefined;
  console.info(
    `Inspection's database stuck: its pool held ${whileStuck.connections} connections (${whileStuck.idle} idle), ` +
      `${whileStuck.waiting} requests waiting for one; drained ${drainedMs} ms later, the lock still held`,
  );
  const fresh = REQUESTS + 1;
  const recovered = await platform.query(unitAndCatalog(fresh));
  expect(recovered.errors).toBeUndefined();
  expect(recovered.data).toEqual(expectedData(fresh, { year: 2020 }));
}, 60_000);
