import type { NationalResult } from '@cchc/kit';
import type { UnitDescription, UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoValues } from '../demo/demo-figures.js';
import { type FiguresTestDatabase, openFiguresService } from '../testing/figures-database.js';
import { generateNationalFigures } from './national-figures.js';

const unit = (
  n: number,
  code: string,
  level: string,
  parentId: string | null,
  validFrom: string | null = null,
  validTo: string | null = null,
): UnitDescription => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  code,
  name: code,
  level,
  parentId,
  validFrom,
  validTo,
  predecessors: [],
});

// A province with a department, a district and its two communes abolished on 30 June 2025, and the commune
// they merged into from 1 July 2025.
const PROVINCE = unit(1, '90', 'PROVINCE', null);
const DEPARTMENT = unit(2, '90-SNV', 'PROVINCE', PROVINCE.id);
const DISTRICT = unit(3, '900', 'DISTRICT', PROVINCE.id, null, '2025-06-30');
const COMMUNE_A = unit(4, '30001', 'COMMUNE', DISTRICT.id, null, '2025-06-30');
const COMMUNE_B = unit(5, '30002', 'COMMUNE', DISTRICT.id, null, '2025-06-30');
const MERGED = {
  ...unit(6, '30100', 'COMMUNE', PROVINCE.id, '2025-07-01'),
  predecessors: [COMMUNE_A, COMMUNE_B].map((u) => ({ unitId: u.id, partial: false, validFrom: null })),
};
const UNITS = [PROVINCE, DEPARTMENT, DISTRICT, COMMUNE_A, COMMUNE_B, MERGED];
const YEARS = [2024, 2025];
const SEED = 'national-test';
/** Department 24 months, district and communes 18 each (to June 2025), the merged commune 6, the province none. */
const ROWS = 24 + 18 * 3 + 6;

/** The generator gets its units as an argument: the registry is never asked. */
const registry = {} as UnitRegistryClient;
const databases: FiguresTestDatabase[] = [];
const open = async (label: string) => {
  const database = await openFiguresService(label, registry);
  databases.push(database);
  return database.dataSource;
};
const generate = (dataSource: DataSource, seed = SEED, onProgress?: (message: string) => void) =>
  generateNationalFigures(dataSource, UNITS, { seed, years: YEARS, onProgress });

/** Every row, ordered by id. */
const checksum = async (dataSource: DataSource): Promise<string> =>
  (
    await dataSource.query(`SELECT md5(string_agg(f::text, ',' ORDER BY f.id)) AS sum FROM monthly_figures f`)
  )[0].sum;
/** Every row but its id, in unit and month order: the figures themselves. */
const figuresChecksum = async (dataSource: DataSource): Promise<string> =>
  (
    await dataSource.query(
      `SELECT md5(string_agg((to_jsonb(f) - 'id')::text, ',' ORDER BY f.unit_id, f.period)) AS sum FROM monthly_figures f`,
    )
  )[0].sum;

let first: DataSource;
let firstRun: NationalResult;
const progress: string[] = [];

beforeAll(async () => {
  first = await open('metrics_national_first');
  firstRun = await generate(first, SEED, (message) => progress.push(message));
});

afterAll(() => Promise.all(databases.map((database) => database.close())));

describe('national monthly figures', () => {
  it('write one row per unit and month it is in force, none for a province itself', async () => {
    expect(firstRun.tables).toEqual([{ table: 'monthly_figures', generated: ROWS, inserted: ROWS }]);
    expect(progress).toEqual([`monthly figures ${ROWS}/${ROWS}`]);
    const months = await first.query(
      `SELECT unit_id AS "unitId", count(*)::int AS months, min(period)::text AS "from", max(period)::text AS "to"
       FROM monthly_figures GROUP BY unit_id ORDER BY unit_id`,
    );
    expect(months).toEqual([
      { unitId: DEPARTMENT.id, months: 24, from: '2024-01-01', to: '2025-12-01' },
      { unitId: DISTRICT.id, months: 18, from: '2024-01-01', to: '2025-06-01' },
      { unitId: COMMUNE_A.id, months: 18, from: '2024-01-01', to: '2025-06-01' },
      { unitId: COMMUNE_B.id, months: 18, from: '2024-01-01', to: '2025-06-01' },
      { unitId: MERGED.id, months: 6, from: '2025-07-01', to: '2025-12-01' },
    ]);
  });

  it('lock the past year, approve the last one and leave its last month submitted', async () => {
    const statuses = await first.query(
      'SELECT status, count(*)::int AS rows FROM monthly_figures GROUP BY status ORDER BY status',
    );
    // 2024: four units × 12; 2025 to November: department 11, district and communes 6 each, merged commune 5.
    expect(statuses).toEqual([
      { status: 'APPROVED', rows: 11 + 6 * 3 + 5 },
      { status: 'LOCKED', rows: 4 * 12 },
      { status: 'SUBMITTED', rows: 2 },
    ]);
    const submitted = await first.query(
      `SELECT unit_id AS "unitId", period::text FROM monthly_figures WHERE status = 'SUBMITTED' ORDER BY unit_id`,
    );
    expect(submitted).toEqual([
      { unitId: DEPARTMENT.id, period: '2025-12-01' },
      { unitId: MERGED.id, period: '2025-12-01' },
    ]);
  });

  it('sign the rows as the generator, filed the morning after the month ends (Vietnam time)', async () => {
    const filed = await first.query(
      `SELECT period::text, updated_by AS "updatedBy", updated_at AS "updatedAt", version FROM monthly_figures
       WHERE unit_id = $1 AND period IN ('2025-03-01', '2025-12-01') ORDER BY period`,
      [DEPARTMENT.id],
    );
    expect(filed).toEqual([
      {
        period: '2025-03-01',
        updatedBy: 'national-generator',
        updatedAt: new Date('2025-04-01T01:00:00Z'),
        version: 1,
      },
      {
        period: '2025-12-01',
        updatedBy: 'national-generator',
        updatedAt: new Date('2026-01-01T01:00:00Z'),
        version: 1,
      },
    ]);
  });

  it('are the same rows on another database with the same seed, and other figures with another seed', async () => {
    const same = await open('metrics_national_same');
    const other = await open('metrics_national_other');
    await generate(same);
    await generate(other, 'another-seed');
    expect(await checksum(same)).toBe(await checksum(first));
    expect(await checksum(other)).not.toBe(await checksum(first));
    expect(await figuresChecksum(other)).not.toBe(await figuresChecksum(first));
  });

  it('insert nothing on a second run and leave every row as it was', async () => {
    const before = await checksum(first);
    const again = await generate(first);
    expect(again.tables).toEqual([{ table: 'monthly_figures', generated: ROWS, inserted: 0 }]);
    expect(await checksum(first)).toBe(before);
  });

  it("leave the demo's row of a unit-month as it was", async () => {
    const withDemo = await open('metrics_national_demo');
    await withDemo.query(
      `INSERT INTO monthly_figures (id, unit_id, period, status, received_direct, received_online, received_postal,
        resolved, resolved_early, resolved_on_time, resolved_late, pending, late_with_apology, not_updated_one_stop,
        procedures_announced, procedures_published_desk, procedures_published_website, procedures_total,
        procedures_full_online, procedures_partial_online, dossiers_with_fees, online_payments, dossiers_digitised,
        survey_responses, survey_satisfied, complaints_received, complaints_handled_on_time, website_posts,
        joint_births_done, joint_births_total, joint_deaths_done, joint_deaths_total, website_last_update,
        received_of_online_procedures, discipline_cases, updated_by)
      VALUES ('00000000-0000-4000-8000-0000000000f1', $1, '2025-03-01', 'LOCKED', 120, 80, 5, 190, 20, 165, 5, 15, 5, 0,
        300, 300, 298, 310, 120, 90, 60, 40, 150, 50, 47, 2, 2, 12, 0, 0, 0, 0, '2025-03-28', 150, 1, 'demo-generator')`,
      [DEPARTMENT.id],
    );
    const run = await generate(withDemo);
    expect(run.tables).toEqual([{ table: 'monthly_figures', generated: ROWS, inserted: ROWS - 1 }]);
    const kept = await withDemo.query(
      `SELECT id, received_direct AS "receivedDirect", updated_by AS "updatedBy" FROM monthly_figures
       WHERE unit_id = $1 AND period = '2025-03-01'`,
      [DEPARTMENT.id],
    );
    expect(kept).toEqual([
      { id: '00000000-0000-4000-8000-0000000000f1', receivedDirect: 120, updatedBy: 'demo-generator' },
    ]);
  });
});

describe("the demo's figures under a seed", () => {
  it('are another draw than the demo, the same one each time', () => {
    const commune = { code: '30001', level: 'COMMUNE' };
    expect(demoValues(commune, '2025-03-01', SEED)).toEqual(demoValues(commune, '2025-03-01', SEED));
    expect(demoValues(commune, '2025-03-01', SEED)).not.toEqual(demoValues(commune, '2025-03-01'));
    expect(demoValues(commune, '2025-03-01', '')).toEqual(demoValues(commune, '2025-03-01'));
  });
});
