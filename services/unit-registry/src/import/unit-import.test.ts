import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLogger, openDatabase } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities, migrations } from '../db/schema.js';
import { UnitRepository } from '../db/unit.repository.js';
import { normaliseSearch } from '../domain/unit-search.js';
import { type AdminUnitFiles, DEFAULT_DATA_DIR, readAdminUnitFiles } from './admin-unit-files.js';
import { importAdminUnits } from './unit-import.js';

const logger = createLogger('test', 'silent');

async function freshDatabase(label: string): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  const db = await createTestDatabase(label);
  const dataSource = await openDatabase({ url: db.url, entities, migrations, logger });
  return { db, dataSource };
}

const countBy = async (dataSource: DataSource, sql: string) =>
  Object.fromEntries(
    (await dataSource.query(sql)).map((row: { key: string; n: string }) => [row.key, Number(row.n)]),
  );

describe('importing the national administrative units', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ db, dataSource } = await freshDatabase('import'));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('imports every unit of both systems with the official counts', async () => {
    const report = await importAdminUnits(dataSource);
    console.log(
      `national import: ${report.seconds.toFixed(2)} s, ${report.units.total} units, ${report.links.total} links`,
    );
    expect(report.units.inserted).toBe(report.units.total);

    const before = await countBy(
      dataSource,
      `SELECT level AS key, count(*) AS n FROM units
       WHERE valid_to = '2025-06-30' AND kind NOT IN ('DEPARTMENT', 'PROVINCIAL_AGENCY') GROUP BY level`,
    );
    expect(before).toEqual({ PROVINCE: 63, DISTRICT: 696, COMMUNE: 10_035 });
    const after = await countBy(
      dataSource,
      `SELECT level AS key, count(*) AS n FROM units
       WHERE valid_from = '2025-07-01' AND kind NOT IN ('DEPARTMENT', 'PROVINCIAL_AGENCY') GROUP BY level`,
    );
    expect(after).toEqual({ PROVINCE: 34, COMMUNE: 3_321 });
    const agencies = await dataSource.query(
      `SELECT a.name FROM units a JOIN units p ON p.id = a.parent_id
       WHERE a.kind IN ('DEPARTMENT', 'PROVINCIAL_AGENCY') AND p.code = '91' AND p.valid_to = '2025-06-30'`,
    );
    expect(agencies.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining([
        'Sở Nội vụ',
        'Sở Kế hoạch và Đầu tư',
        'Sở Lao động - Thương binh và Xã hội',
        'Sở Tài nguyên và Môi trường',
        'Sở Tài chính',
        'Sở Văn hóa và Thể thao',
        'Sở Giáo dục và Đào tạo',
      ]),
    );
  });

  it('builds the 2025 lineage: An Giang was formed from Kiên Giang and An Giang', async () => {
    const predecessors = await dataSource.query(
      `SELECT p.full_name, l.kind, l.partial FROM unit_lineage l
       JOIN units p ON p.id = l.predecessor_id JOIN units s ON s.id = l.successor_id
       WHERE s.code = '91' AND s.valid_from = '2025-07-01' ORDER BY p.full_name`,
    );
    expect(predecessors).toEqual([
      { full_name: 'Tỉnh An Giang', kind: 'MERGED', partial: false },
      { full_name: 'Tỉnh Kiên Giang', kind: 'MERGED', partial: false },
    ]);
  });

  it('gives every province of both systems its departments and agencies', async () => {
    const provincesWithAgencies = await countBy(
      dataSource,
      `SELECT CASE WHEN p.valid_to = '2025-06-30' THEN 'before' ELSE 'after' END AS key,
         count(DISTINCT p.id) AS n
       FROM units a JOIN units p ON p.id = a.parent_id
       WHERE a.kind IN ('DEPARTMENT', 'PROVINCIAL_AGENCY') GROUP BY 1`,
    );
    expect(provincesWithAgencies).toEqual({ before: 63, after: 34 });
    // The core of the standard set of each decree, in every province of its period.
    const missing = await dataSource.query(
      `SELECT p.code, p.valid_from, abbr FROM units p
       CROSS JOIN unnest(CASE WHEN p.valid_to = '2025-06-30'
         THEN ARRAY['VPUBND', 'SNV', 'STP', 'SKHDT', 'STC', 'STNMT', 'SLDTBXH', 'SGDDT', 'SYT', 'TTT']
         ELSE ARRAY['VPUBND', 'SNV', 'STP', 'STC', 'SCT', 'SNNMT', 'SXD', 'SKHCN', 'SGDDT', 'SYT', 'TTT'] END) AS abbr
       WHERE p.kind IN ('PROVINCE', 'CENTRAL_CITY')
         AND NOT EXISTS (SELECT 1 FROM units a WHERE a.parent_id = p.id AND a.code = p.code || '-' || abbr)`,
    );
    expect(missing).toEqual([]);
  });

  it('keeps Kiên Giang’s 2020 agencies as they were', async () => {
    const codes = await dataSource.query(
      `SELECT code FROM units WHERE code LIKE '91-%' AND valid_to = '2025-06-30' ORDER BY code`,
    );
    expect(codes.map((c: { code: string }) => c.code)).toEqual(
      [
        'BDT',
        'BQLKKT',
        'SCT',
        'SDL',
        'SGDDT',
        'SGTVT',
        'SKHCN',
        'SKHDT',
        'SLDTBXH',
        'SNNPTNT',
        'SNV',
        'STC',
        'STNMT',
        'STP',
        'STTTT',
        'SVHTT',
        'SXD',
        'SYT',
        'TTT',
        'VPUBND',
      ].map((abbr) => `91-${abbr}`),
    );
  });

  it('finds the Sở Nội vụ of the merged An Giang in 2026', async () => {
    const snv = await new UnitRepository(dataSource).byCode('91-SNV', '2026-01-01');
    expect(snv).toMatchObject({
      fullName: 'Sở Nội vụ tỉnh An Giang',
      kind: 'DEPARTMENT',
      validFrom: '2025-07-01',
    });
  });

  const successorsOf = (code: string) =>
    dataSource.query(
      `SELECT s.code, s.valid_from, l.kind, l.partial FROM unit_lineage l
       JOIN units p ON p.id = l.predecessor_id JOIN units s ON s.id = l.successor_id
       WHERE p.code = $1 AND p.valid_to = '2025-06-30' ORDER BY s.code`,
      [code],
    );

  it('links the old departments to the merged province’s, by function', async () => {
    expect(await successorsOf('91-SKHDT')).toEqual([
      { code: '91-STC', valid_from: '2025-07-01', kind: 'MERGED', partial: false },
    ]);
    expect(await successorsOf('89-SNV')).toEqual(
      expect.arrayContaining([{ code: '91-SNV', valid_from: '2025-07-01', kind: 'MERGED', partial: false }]),
    );
    expect(await successorsOf('89-SLDTBXH')).toEqual([
      { code: '91-SGDDT', valid_from: '2025-07-01', kind: 'PART_TRANSFERRED', partial: true },
      { code: '91-SNV', valid_from: '2025-07-01', kind: 'MERGED', partial: false },
      { code: '91-SYT', valid_from: '2025-07-01', kind: 'PART_TRANSFERRED', partial: true },
    ]);
    // Hà Nội was not merged: its Sở Tư pháp simply goes on.
    expect(await successorsOf('01-STP')).toEqual([
      { code: '01-STP', valid_from: '2025-07-01', kind: 'CONTINUED', partial: false },
    ]);
  });

  it('every old agency has a whole successor', async () => {
    const orphans = await dataSource.query(
      `SELECT a.code FROM units a WHERE a.kind IN ('DEPARTMENT', 'PROVINCIAL_AGENCY') AND a.valid_to = '2025-06-30'
       AND NOT EXISTS (SELECT 1 FROM unit_lineage l WHERE l.predecessor_id = a.id AND NOT l.partial)`,
    );
    expect(orphans).toEqual([]);
  });

  it.each([
    { search: '91-SNV', asOf: '2026-01-01', first: 'Sở Nội vụ tỉnh An Giang' },
    { search: '91-snv', asOf: '2020-10-19', first: 'Sở Nội vụ tỉnh Kiên Giang' },
    { search: '903', asOf: '2020-10-19', first: 'Huyện Hòn Đất' },
  ])('finds $search by its code first (as of $asOf)', async ({ search, asOf, first }) => {
    const page = await new UnitRepository(dataSource).find(
      { search: normaliseSearch(search), asOf, order: 'RELEVANCE' },
      0,
      5,
    );
    expect(page.nodes[0]?.fullName).toBe(first);
  });

  it('changes nothing when the same files are imported again', async () => {
    const again = await importAdminUnits(dataSource);
    expect(again.units).toMatchObject({ inserted: 0, updated: 0, unchanged: again.units.total });
    expect(again.links).toMatchObject({ inserted: 0, updated: 0, unchanged: again.links.total });
  });
});

describe('importing broken files', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let files: AdminUnitFiles;

  beforeAll(async () => {
    ({ db, dataSource } = await freshDatabase('broken_import'));
    files = await readAdminUnitFiles();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const unitCount = async () => Number((await dataSource.query('SELECT count(*) AS n FROM units'))[0].n);

  /** Imports a copy of the data directory in which `edit` has changed the records of one admin-units file. */
  async function importEdited<T>(file: string, edit: (records: T[]) => void) {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-broken-units-'));
    try {
      await cp(fileURLToPath(DEFAULT_DATA_DIR), dir, { recursive: true });
      const copy = path.join(dir, 'admin-units', file);
      const records = JSON.parse(await readFile(copy, 'utf8'));
      edit(records);
      await writeFile(copy, JSON.stringify(records));
      return await importAdminUnits(dataSource, { dataDir: pathToFileURL(`${dir}/`) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('names the malformed record in a file and writes nothing', async () => {
    let kienGiang = -1;
    type Province = { Code: string; District: { Ward: { Name?: string }[] }[] };
    const importing = importEdited<Province>('units-before-2025-07-01.json', (provinces) => {
      kienGiang = provinces.findIndex((p) => p.Code === '91');
      delete provinces[kienGiang]?.District[3]?.Ward[5]?.Name;
    });
    const failure = await importing.then(
      () => 'imported',
      (error: Error) => error.message,
    );
    expect(failure).toContain(
      `units-before-2025-07-01.json: record [${kienGiang}] (code 91) at District.3.Ward.5.Name`,
    );
    expect(await unitCount()).toBe(0);
  });

  it('names a bad field of the predecessor file by the file’s own key', async () => {
    const importing = importEdited<{ truocsapnhap: string }>('merger-2025-predecessors.json', (records) => {
      records[6]!.truocsapnhap = ''; // An Giang's record, code 91
    });
    await expect(importing).rejects.toThrow(
      'merger-2025-predecessors.json: record [6] (code 91) at truocsapnhap',
    );
    expect(await unitCount()).toBe(0);
  });

  it('rolls the whole import back when the database rejects part of it', async () => {
    const broken = structuredClone(files);
    // The same code twice in the same period: the upsert fails half-way through.
    broken.current[1]!.communes.push({ ...broken.current[1]!.communes[0]! });
    await expect(importAdminUnits(dataSource, { files: broken })).rejects.toThrow();
    expect(await unitCount()).toBe(0);
  });

  it('refuses a unit whose kind cannot be told from its name, naming it', async () => {
    const broken = structuredClone(files);
    broken.current[0]!.communes[0]!.fullName = 'Khu phố Không Rõ';
    await expect(importAdminUnits(dataSource, { files: broken })).rejects.toThrow(
      /code \d+.*Khu phố Không Rõ/,
    );
    expect(await unitCount()).toBe(0);
  });

  it('refuses agencies it cannot place after 2025, naming them', async () => {
    const broken = structuredClone(files);
    delete broken.agencies.successors.rules.SKHDT;
    await expect(importAdminUnits(dataSource, { files: broken })).rejects.toThrow(
      /provincial-agencies\.json: successors: .*91-SKHDT: no succession rule/,
    );
    expect(await unitCount()).toBe(0);
  });

  it('refuses a variation naming a province of the other period', async () => {
    const broken = structuredClone(files);
    broken.agencies.periods.after.variations[0]!.provinces.push('89');
    await expect(importAdminUnits(dataSource, { files: broken })).rejects.toThrow(
      'provincial-agencies.json: periods.after.variations.0: no province 89 in this period',
    );
  });
});
