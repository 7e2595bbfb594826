import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger, type RunningSubgraph } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUnitRegistry } from '../app.js';

describe('GET /units/revision', () => {
  let db: TestDatabase;
  let registry: RunningSubgraph;
  let stopped = false;

  beforeAll(async () => {
    db = await createTestDatabase('units_revision_route');
    registry = await startUnitRegistry(
      {
        environment: 'test',
        logLevel: 'silent',
        http: { host: '127.0.0.1', port: 0 },
        auth: {
          issuer: 'cchc-platform',
          audience: 'cchc-api',
          keys: { keys: [] },
          rolesClaim: 'roles',
          unitClaim: 'unit_id',
        },
        databaseUrl: db.url,
        loadDemoData: false,
      },
      createLogger('unit-registry', 'silent'),
    );
    await registry.dataSource.query(
      `INSERT INTO units (id, code, name, full_name, kind, level, search_name, search_text)
       VALUES (gen_random_uuid(), '91', 'Kiên Giang', 'Tỉnh Kiên Giang', 'PROVINCE', 'PROVINCE', 'kien giang',
         'tinh kien giang 91')`,
    );
  });
  afterAll(async () => {
    if (!stopped) await registry.stop();
    await db.drop();
  });

  const ask = async (query = '') => {
    const started = performance.now();
    const response = await fetch(`${registry.url}/units/revision${query}`);
    return { response, body: await response.json(), ms: performance.now() - started };
  };
  const renameKienGiang = (name: string) =>
    registry.dataSource.query(`UPDATE units SET name = $1 WHERE code = '91'`, [name]);
  const currentRevision = async () => ((await ask()).body as { revision: number }).revision;

  it('answers the current revision at once without `after`, never to be cached', async () => {
    const { response, body, ms } = await ask();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // 1 from the migration, then the INSERT above.
    expect(body).toEqual({ revision: 2 });
    expect(ms).toBeLessThan(500);
  });

  it('answers a long poll within a second of a change, with the new revision', async () => {
    const before = await currentRevision();
    const polling = ask(`?after=${before}&waitSeconds=10`);
    await sleep(300);
    const changedAt = performance.now();
    await renameKienGiang('Kiên Giang (đổi tên)');
    const { body } = await polling;
    expect(body).toEqual({ revision: before + 1 });
    expect(performance.now() - changedAt).toBeLessThan(1_000);
  });

  it('answers at once when `after` is already out of date', async () => {
    const now = await currentRevision();
    const { body, ms } = await ask(`?after=${now - 1}&waitSeconds=10`);
    expect(body).toEqual({ revision: now });
    expect(ms).toBeLessThan(500);
  });

  it('answers the same revision after waitSeconds when nothing changed', async () => {
    const now = await currentRevision();
    const { body, ms } = await ask(`?after=${now}&waitSeconds=1`);
    expect(body).toEqual({ revision: now });
    expect(ms).toBeGreaterThanOrEqual(990);
    expect(ms).toBeLessThan(2_000);
  });

  it.each([
    ['?after=abc', 'after: a revision number'],
    ['?after=-1', 'after: a revision number'],
    ['?after=1&waitSeconds=31', 'waitSeconds: at most 30'],
    ['?after=1&waitSeconds=1.5', 'waitSeconds: whole seconds'],
    ['?waitSeconds=', 'waitSeconds: whole seconds'],
  ])('refuses %s with 400 BAD_USER_INPUT', async (query, message) => {
    const { response, body } = await ask(query);
    expect(response.status).toBe(400);
    expect(body).toEqual({ error: { code: 'BAD_USER_INPUT', message } });
  });

  it('answers pending long polls at once when the service stops', async () => {
    const now = await currentRevision();
    const polling = ask(`?after=${now}&waitSeconds=30`);
    await sleep(300);
    const stopping = performance.now();
    stopped = true;
    await registry.stop();
    const { body } = await polling;
    expect(body).toEqual({ revision: now });
    expect(performance.now() - stopping).toBeLessThan(2_000);
  });
});
