import { callerOf, ErrorCode, Role } from '@cchc/kit';
import type { UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FiguresService } from '../application/figures.service.js';
import { MEASURE_KEYS, MEASURES } from '../domain/measures.js';
import { openFiguresService, refusal } from '../testing/figures-database.js';
import { deflatedZeros, MB, zipOf } from './test-zip.js';

const PERIOD = '2021-05-01';
const TODAY = '2021-06-15';
const HEADER = ['unit_code', ...MEASURE_KEYS.map((key) => MEASURES[key].column), 'website_last_update'];

/** A well-formed CSV of these units' figures, every measure 0. */
const csvOf = (codes: string[]) =>
  Buffer.from([HEADER, ...codes.map((code) => [code, ...MEASURE_KEYS.map(() => '0'), ''])].join('\n'));

/** Unit ids the fake registry gives: code "U7" is unit …007; codes starting with "X" are no unit. */
const idOf = (code: string) =>
  code.startsWith('X') ? null : `00000000-0000-4000-8000-${code.slice(1).padStart(12, '0')}`;

/** The registry's code lookups, counted: one request per call, whatever the number of codes in it. */
const calls = { idsByCode: 0, idByCode: 0, largestBatch: 0 };
const registry = {
  idsByCode: async (codes: string[]) => {
    calls.idsByCode += 1;
    calls.largestBatch = Math.max(calls.largestBatch, codes.length);
    return new Map(codes.map((code) => [code, idOf(code)]));
  },
  idByCode: async (code: string) => {
    calls.idByCode += 1;
    return idOf(code);
  },
  descendantsOf: async () => [],
} as unknown as UnitRegistryClient;

const admin = () =>
  callerOf({ subject: 'a', username: 'admin', roles: [Role.ADMIN], unitId: null }, registry);

let dataSource: DataSource;
let service: FiguresService;
let close: () => Promise<void>;

const importCsv = (codes: string[], fileName = 'thang-5.csv') =>
  service.importFile(admin(), { period: PERIOD, fileName, content: csvOf(codes) }, TODAY);

beforeAll(async () => {
  ({ dataSource, service, close } = await openFiguresService('metrics_figures_import', registry));
});

afterAll(() => close?.());

describe('resolving the unit codes of an import', () => {
  it('asks the registry client once for all the distinct codes, never once per row', async () => {
    Object.assign(calls, { idsByCode: 0, idByCode: 0, largestBatch: 0 });
    // 450 codes that name no unit: the attack of the issue, in small (the client splits them into requests the
    // registry accepts: tests/src/subgraph-exposure.e2e.test.ts).
    const codes = Array.from({ length: 450 }, (_, i) => `X${i}`);
    const report = await importCsv(codes);
    expect(calls).toEqual({ idsByCode: 1, idByCode: 0, largestBatch: 450 });
    expect(report.applied).toBe(false);
    expect(report.errors).toHaveLength(450);
    expect(report.errors[0]).toEqual({ row: 2, column: 'unit_code', message: 'No unit X0 on 2021-05-01' });
  });

  it('writes the rows of codes that all resolve, in one request for them', async () => {
    calls.idsByCode = 0;
    const report = await importCsv(['U1', 'U2', 'U3']);
    expect(calls.idsByCode).toBe(1);
    expect(report).toMatchObject({ applied: true, inserted: 3, errors: [] });
  });
});

describe('one import at a time per unit', () => {
  it('refuses with CONFLICT an import touching a unit another import is writing; other units go ahead', async () => {
    await importCsv(['U11']);
    // A row the first import reads for update, held by another connection: that import waits there, mid-transaction.
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT 1 FROM monthly_figures WHERE unit_id = $1 FOR UPDATE', [idOf('U11')]);
    const first = importCsv(['U11', 'U12'], 'a.csv');
    await until(async () => (await advisoryLocksHeld()) >= 2);

    expect(await refusal(importCsv(['U12', 'U13'], 'b.csv'))).toEqual({
      code: ErrorCode.CONFLICT,
      message: expect.stringContaining('Another import of figures for U12 is running'),
    });
    expect(await importCsv(['U14'], 'c.csv')).toMatchObject({ applied: true, inserted: 1 });

    await holder.commitTransaction();
    await holder.release();
    expect(await first).toMatchObject({ applied: true, inserted: 1, unchanged: 1 });
    // The locks went with the first import's transaction: the second can now run.
    expect(await importCsv(['U12', 'U13'], 'b.csv')).toMatchObject({
      applied: true,
      inserted: 1,
      unchanged: 1,
    });
  });
});

describe('an .xlsx bomb given to the import', () => {
  it('is refused with BAD_USER_INPUT naming the file, before the workbook is parsed', async () => {
    const { deflated, crc } = await deflatedZeros(200);
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', deflated, crc, declaredSize: 200 * MB }]);
    const refused = await refusal(
      service.importFile(admin(), { period: PERIOD, fileName: 'bom.xlsx', content: bomb }, TODAY),
    );
    expect(refused).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: expect.stringContaining('The file "bom.xlsx" inflates to more than 50 MB'),
    });
  });
});

async function advisoryLocksHeld(): Promise<number> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS n FROM pg_locks JOIN pg_database d ON d.oid = pg_locks.database
      WHERE locktype = 'advisory' AND granted AND d.datname = current_database()`,
  );
  return row.n;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
