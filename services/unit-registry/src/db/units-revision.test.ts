import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger, openDatabase } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAdminUnits } from '../import/unit-import.js';
import { entities, migrations } from './schema.js';
import { UnitsRevision } from './units-revision.js';

const logger = createLogger('test', 'silent');

describe('the units revision', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let revision: UnitsRevision;

  beforeAll(async () => {
    db = await createTestDatabase('units_revision');
    dataSource = await openDatabase({ url: db.url, entities, migrations, logger });
    revision = await UnitsRevision.open(dataSource, db.url, logger);
  });
  afterAll(async () => {
    await revision.close();
    await dataSource.destroy();
    await db.drop();
  });

  const renameHonDat = (name: string) =>
    dataSource.query(`UPDATE units SET name = $1 WHERE code = '903' AND valid_to = '2025-06-30'`, [name]);
  /** Resolves with how long the promise took, and its value. */
  const timed = async <T>(promise: Promise<T>, since = performance.now()) => {
    const value = await promise;
    return { value, ms: performance.now() - since };
  };

  it('starts at 1 and rises with an import', async () => {
    expect(await revision.current()).toBe(1);
    await importAdminUnits(dataSource);
    expect(await revision.current()).toBeGreaterThan(1);
  });

  it('rises after an operator’s SQL on units or on lineage', async () => {
    const before = await revision.current();
    await renameHonDat('Hòn Đất (sửa)');
    expect(await revision.current()).toBe(before + 1);
    await dataSource.query(
      `UPDATE unit_lineage SET note = 'checked' WHERE id = (SELECT id FROM unit_lineage LIMIT 1)`,
    );
    expect(await revision.current()).toBe(before + 2);
  });

  it('stays as it was when the writing transaction is rolled back', async () => {
    const before = await revision.current();
    await expect(
      dataSource.transaction(async (tx) => {
        await tx.query(`UPDATE units SET name = 'never' WHERE code = '903'`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await revision.current()).toBe(before);
  });

  it('answers a wait started before a change as soon as the change is committed', async () => {
    const before = await revision.current();
    const waiting = revision.changedAfter(before, 10_000);
    await sleep(200);
    const changedAt = performance.now();
    await renameHonDat('Hòn Đất');
    const { value, ms } = await timed(waiting, changedAt);
    expect(value).toBe(before + 1);
    expect(ms).toBeLessThan(500);
  });

  it('answers at once when the revision already differs, and the same revision when nothing changed', async () => {
    const now = await revision.current();
    expect((await timed(revision.changedAfter(now - 1, 10_000))).ms).toBeLessThan(200);
    const { value, ms } = await timed(revision.changedAfter(now, 1_000));
    expect(value).toBe(now);
    expect(ms).toBeGreaterThanOrEqual(990);
    expect(ms).toBeLessThan(1_500);
  });

  it('still sees changes while its connection is down (reading the table), and listens again afterwards', async () => {
    const listeners = () =>
      dataSource.query(
        `SELECT pid FROM pg_stat_activity WHERE application_name = 'unit-registry:listen'
         AND datname = current_database() AND query = 'LISTEN units_changed'`,
      );
    const [terminated] = await dataSource.query(
      `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
       WHERE application_name = 'unit-registry:listen' AND datname = current_database()`,
    );
    expect(terminated).toEqual({ done: true });

    const before = await revision.current();
    const waiting = revision.changedAfter(before, 10_000);
    await sleep(100);
    const changedAt = performance.now();
    await renameHonDat('Hòn Đất (tạm)');
    const whileDown = await timed(waiting, changedAt);
    expect(whileDown.value).toBe(before + 1);
    expect(whileDown.ms).toBeLessThan(2_000);

    for (let tries = 0; (await listeners()).length === 0 && tries < 50; tries++) await sleep(100);
    expect(await listeners()).toHaveLength(1);
    const waitingAgain = revision.changedAfter(before + 1, 10_000);
    await sleep(200);
    const changedAgainAt = performance.now();
    await renameHonDat('Hòn Đất');
    const listening = await timed(waitingAgain, changedAgainAt);
    expect(listening.value).toBe(before + 2);
    expect(listening.ms).toBeLessThan(500);
  });
});
