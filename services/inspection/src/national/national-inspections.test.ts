import type { NationalResult } from '@cchc/kit';
import type { UnitDescription } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanStatus } from '../domain/enums.js';
import { findingSearchText } from '../domain/finding-search.js';
import { openTestDatabase, SEEDED, seedFindingAndAction, seedPlan } from '../testing/inspection-database.js';
import { generateNationalInspections } from './national-inspections.js';

/*
 * A country of two provinces: 90 (in force throughout) with its Sở Nội vụ, a department, a district until the
 * 2025 reform with two communes (one merged away at the end of 2022), and a commune of the reform; 89, which
 * ends on 2025-06-30 with its one commune.
 */
const id = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const unit = (
  n: number,
  code: string,
  level: string,
  parent: number | null,
  validFrom: string | null,
  validTo: string | null,
): UnitDescription => ({
  id: id(n),
  code,
  name: `Đơn vị ${code}`,
  level,
  parentId: parent === null ? null : id(parent),
  validFrom,
  validTo,
  predecessors: [],
});
const P = unit(1, '90', 'PROVINCE', null, null, null);
const SNV = unit(2, '90-SNV', 'PROVINCE', 1, null, null);
const STP = unit(3, '90-STP', 'PROVINCE', 1, null, null);
const D = unit(4, '900', 'DISTRICT', 1, null, '2025-06-30');
const C1 = unit(5, '09001', 'COMMUNE', 4, null, '2025-06-30');
const C2 = unit(6, '09002', 'COMMUNE', 4, null, '2022-12-31');
const C3 = unit(7, '09010', 'COMMUNE', 1, '2025-07-01', null);
const Q = unit(8, '89', 'PROVINCE', null, null, '2025-06-30');
const Q1 = unit(9, '08901', 'COMMUNE', 8, null, '2025-06-30');
const UNITS = [P, SNV, STP, D, C1, C2, C3, Q, Q1];

const YEARS = [2021, 2022, 2023, 2024, 2025];
/** The units each plan may inspect (the Sở Nội vụ leads the team), by province code and year. */
const IN_FORCE: Record<string, UnitDescription[]> = {
  '90|2021': [STP, D, C1, C2],
  '90|2022': [STP, D, C1, C2],
  '90|2023': [STP, D, C1],
  '90|2024': [STP, D, C1],
  '90|2025': [STP, D, C1, C3],
  '89|2021': [Q1],
  '89|2022': [Q1],
  '89|2023': [Q1],
  '89|2024': [Q1],
};

const TABLES: [table: string, key: string][] = [
  ['criteria_catalogs', 'id'],
  ['content_areas', 'id'],
  ['criteria', 'id'],
  ['inspection_plans', 'id'],
  ['team_members', 'id'],
  ['inspection_targets', 'id'],
  ['visits', 'target_id'],
  ['findings', 'id'],
  ['corrective_actions', 'id'],
  ['action_reports', 'id'],
  ['conclusions', 'plan_id'],
];

async function checksums(dataSource: DataSource): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const [table, key] of TABLES) {
    const [{ sum }] = await dataSource.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.${key}), '')) AS sum FROM ${table} t`,
    );
    sums[table] = sum;
  }
  return sums;
}

const count = async (dataSource: DataSource, sql: string, params: unknown[] = []) =>
  Number((await dataSource.query(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);

const generate = (dataSource: DataSource, seed: string, scale: number) =>
  generateNationalInspections(dataSource, UNITS, { seed, years: YEARS, scale });

const inserted = (result: NationalResult) =>
  Object.fromEntries(result.tables.map((t) => [t.table, t.inserted]));

/** Each plan's province code and year, with the codes of its targets' units. */
async function targetsByPlan(dataSource: DataSource): Promise<Record<string, string[]>> {
  const codes = new Map(UNITS.map((u) => [u.id, u.code]));
  const rows: { lead: string; year: number; units: string[] }[] = await dataSource.query(
    `SELECT p.lead_unit_id AS lead, p.year, array_agg(t.unit_id::text ORDER BY t.unit_id) AS units
     FROM inspection_plans p JOIN inspection_targets t ON t.plan_id = p.id
     WHERE p.id <> $1 GROUP BY p.id`,
    [SEEDED.plan],
  );
  return Object.fromEntries(
    rows.map((r) => [`${codes.get(r.lead)}|${r.year}`, r.units.map((u) => codes.get(u)!).sort()]),
  );
}

const codesOf = (units: UnitDescription[]) => units.map((u) => u.code).sort();

const databases: { dataSource: DataSource; close(): Promise<void> }[] = [];
let first: DataSource;
let second: DataSource;
let otherSeed: DataSource;
let withDemo: DataSource;
let firstRun: NationalResult;

async function open(label: string): Promise<DataSource> {
  const database = await openTestDatabase(label);
  databases.push(database);
  return database.dataSource;
}

beforeAll(async () => {
  first = await open('national_first');
  second = await open('national_second');
  otherSeed = await open('national_other');
  withDemo = await open('national_demo');
  firstRun = await generate(first, 'test-seed', 0.002);
});

afterAll(async () => {
  for (const database of databases) await database.close();
});

describe('national inspections at scale 0.002', () => {
  it('write one plan per province in force on 1 July of each year, each with a team of four and one target', async () => {
    const lv = await count(first, `findings WHERE kind <> 'STRENGTH'`);
    const done = await count(first, `corrective_actions WHERE status <> 'OPEN'`);
    // 90 every year and 89 until 2024: 9 plans; one target each (0.97 × 0.002 × units rounds to 0: at least 1);
    // five findings per target; a conclusion for every plan but the last year's.
    const expected = {
      criteria_catalogs: 5,
      content_areas: 5 * 7,
      criteria: 5 * 53,
      inspection_plans: 9,
      team_members: 36,
      inspection_targets: 9,
      visits: 9,
      findings: 45,
      corrective_actions: lv,
      action_reports: done,
      conclusions: 8,
    };
    expect(firstRun.tables).toEqual(
      Object.entries(expected).map(([table, n]) => ({ table, generated: n, inserted: n })),
    );
    for (const [table, n] of Object.entries(expected)) expect(await count(first, table), table).toBe(n);
    expect(lv).toBeGreaterThan(0);
  });

  it('choose each target among the units of its province in force in the plan’s year', async () => {
    const byPlan = await targetsByPlan(first);
    expect(Object.keys(byPlan).sort()).toEqual(Object.keys(IN_FORCE).sort());
    for (const [plan, units] of Object.entries(byPlan)) {
      expect(units).toHaveLength(1);
      expect(codesOf(IN_FORCE[plan]!)).toContain(units[0]);
    }
  });

  it('are the same rows for the same seed on another database', async () => {
    await generate(second, 'test-seed', 0.002);
    expect(await checksums(second)).toEqual(await checksums(first));
  });

  it('are other rows for another seed', async () => {
    await generate(otherSeed, 'another-seed', 0.002);
    const [mine, theirs] = [await checksums(first), await checksums(otherSeed)];
    for (const [table] of TABLES) expect(theirs[table], table).not.toBe(mine[table]);
  });

  it('insert nothing and change nothing when run again', async () => {
    const before = await checksums(first);
    const again = await generate(first, 'test-seed', 0.002);
    expect(Object.values(inserted(again)).every((n) => n === 0)).toBe(true);
    expect(again.tables.find((t) => t.table === 'findings')?.generated).toBe(45);
    expect(await checksums(first)).toEqual(before);
  });

  it('keep each finding in its target’s plan and unit, in an area (and criterion) of the plan’s catalog', async () => {
    const misplaced = await count(
      first,
      `findings f JOIN inspection_targets t ON t.id = f.target_id JOIN inspection_plans p ON p.id = f.plan_id
       JOIN content_areas a ON a.id = f.area_id LEFT JOIN criteria c ON c.id = f.criterion_id
       WHERE t.plan_id <> f.plan_id OR t.unit_id <> f.unit_id OR a.catalog_id <> p.catalog_id
         OR (c.id IS NOT NULL AND c.area_id <> f.area_id)`,
    );
    expect(misplaced).toBe(0);
    const searched: { text: string; code: string | null; search: string }[] = await first.query(
      `SELECT f.text, c.code, f.search_text AS search FROM findings f LEFT JOIN criteria c ON c.id = f.criterion_id`,
    );
    for (const f of searched) expect(f.search).toBe(findingSearchText(f.text, f.code));
    expect(searched.filter((f) => f.code !== null).length).toBeGreaterThan(0);
  });

  it('give statuses by kind and age: strengths noted, one action per limitation or violation, resolved once verified', async () => {
    const wrong = await count(
      first,
      `findings f LEFT JOIN corrective_actions a ON a.finding_id = f.id
       WHERE (f.kind = 'STRENGTH' AND (f.status <> 'NOTED' OR a.id IS NOT NULL))
          OR (f.kind <> 'STRENGTH' AND (a.id IS NULL
              OR f.status <> CASE WHEN a.status = 'VERIFIED' THEN 'RESOLVED' ELSE 'OPEN' END))`,
    );
    expect(wrong).toBe(0);
    const reportsAmiss = await count(
      first,
      `corrective_actions a WHERE (a.status = 'OPEN') = EXISTS (SELECT 1 FROM action_reports r WHERE r.action_id = a.id)
         OR (a.status = 'VERIFIED') <> (a.verified_on IS NOT NULL) OR a.verified_on > '2025-12-31'`,
    );
    expect(reportsAmiss).toBe(0);
    const plans: { year: number; status: string; concluded: boolean }[] = await first.query(
      `SELECT p.year, p.status, c.plan_id IS NOT NULL AS concluded
       FROM inspection_plans p LEFT JOIN conclusions c ON c.plan_id = p.id`,
    );
    for (const p of plans) {
      expect(p.status).toBe(p.year === 2025 ? PlanStatus.IN_PROGRESS : PlanStatus.CONCLUDED);
      expect(p.concluded).toBe(p.year !== 2025);
    }
  });

  it('lead each plan by its province, with the Sở Nội vụ in the team, and title it as national-scale data', async () => {
    const [plan] = await first.query(
      'SELECT title, lead_unit_id, period_from, period_to FROM inspection_plans WHERE year = 2023 AND lead_unit_id = $1',
      [P.id],
    );
    expect(plan).toEqual({
      title: 'Kế hoạch kiểm tra CCHC năm 2023 — Đơn vị 90 (dữ liệu quy mô quốc gia)',
      lead_unit_id: P.id,
      period_from: '2023-01-01',
      period_to: '2023-12-31',
    });
    const team: { role: string; agency: string | null }[] = await first.query(
      `SELECT m.role, m.agency_unit_id AS agency FROM team_members m JOIN inspection_plans p ON p.id = m.plan_id
       WHERE p.year = 2023 AND p.lead_unit_id = $1 ORDER BY m.role`,
      [P.id],
    );
    expect(team).toEqual([
      { role: 'DEPUTY_LEAD', agency: SNV.id },
      { role: 'LEAD', agency: SNV.id },
      { role: 'MEMBER', agency: null },
      { role: 'SECRETARY', agency: SNV.id },
    ]);
  });
});

describe('national inspections at scale 1, beside the demo data', () => {
  let demoBefore: unknown[];
  const demoRows = (dataSource: DataSource) =>
    Promise.all([
      dataSource.query('SELECT * FROM criteria_catalogs WHERE id = $1', [SEEDED.catalog]),
      dataSource.query('SELECT * FROM content_areas WHERE catalog_id = $1', [SEEDED.catalog]),
      dataSource.query('SELECT * FROM inspection_plans WHERE id = $1', [SEEDED.plan]),
      dataSource.query('SELECT * FROM team_members WHERE plan_id = $1 ORDER BY id', [SEEDED.plan]),
      dataSource.query('SELECT * FROM inspection_targets WHERE plan_id = $1', [SEEDED.plan]),
      dataSource.query('SELECT * FROM findings WHERE plan_id = $1', [SEEDED.plan]),
      dataSource.query('SELECT * FROM corrective_actions WHERE finding_id = $1', [SEEDED.finding]),
    ]);

  beforeAll(async () => {
    await seedPlan(withDemo, PlanStatus.CONCLUDED);
    await seedFindingAndAction(withDemo);
    demoBefore = await demoRows(withDemo);
    await generate(withDemo, 'test-seed', 1);
  });

  it('inspect every unit in force in the plan’s year (0.97 of 1 to 4 units rounds to all), and only those', async () => {
    const expected = Object.fromEntries(
      Object.entries(IN_FORCE).map(([plan, units]) => [plan, codesOf(units)]),
    );
    expect(await targetsByPlan(withDemo)).toEqual(expected);
    expect(await count(withDemo, 'inspection_targets WHERE plan_id <> $1', [SEEDED.plan])).toBe(22);
    expect(await count(withDemo, 'findings WHERE plan_id <> $1', [SEEDED.plan])).toBe(110);
  });

  it('visit each unit within the plan’s period and the unit’s validity, a commune under its district’s target', async () => {
    const visits: { unit: string; date: string; parent: string | null; from: string; to: string }[] =
      await withDemo.query(
        `SELECT t.unit_id AS unit, v.actual_date AS date, pt.unit_id AS parent, p.period_from AS "from",
           p.period_to AS "to"
         FROM visits v JOIN inspection_targets t ON t.id = v.target_id JOIN inspection_plans p ON p.id = t.plan_id
         LEFT JOIN inspection_targets pt ON pt.id = t.parent_target_id WHERE p.id <> $1`,
        [SEEDED.plan],
      );
    const byId = new Map(UNITS.map((u) => [u.id, u]));
    for (const v of visits) {
      const u = byId.get(v.unit)!;
      expect(v.date >= v.from && v.date <= v.to, `${u.code} ${v.date}`).toBe(true);
      expect(
        v.date >= (u.validFrom ?? v.date) && v.date <= (u.validTo ?? v.date),
        `${u.code} ${v.date}`,
      ).toBe(true);
      expect(v.parent).toBe(u === C1 || u === C2 ? D.id : null);
    }
    expect(visits).toHaveLength(22);
  });

  it('copy each missing year’s catalog from the year before, starting from the demo’s', async () => {
    const catalogs: { id: string; year: number; title: string; copied_from_id: string | null }[] =
      await withDemo.query('SELECT id, year, title, copied_from_id FROM criteria_catalogs ORDER BY year');
    expect(catalogs.map((c) => [c.year, c.title])).toEqual([
      [2020, 'Bộ tiêu chí 2020'],
      [2021, 'Bộ tiêu chí 2021'],
      [2022, 'Bộ tiêu chí 2022'],
      [2023, 'Bộ tiêu chí 2023'],
      [2024, 'Bộ tiêu chí 2024'],
      [2025, 'Bộ tiêu chí 2025'],
    ]);
    expect(catalogs.slice(1).map((c) => c.copied_from_id)).toEqual(catalogs.slice(0, -1).map((c) => c.id));
    expect(await count(withDemo, `content_areas WHERE code = 'TTHC'`)).toBe(6);
    expect(await count(withDemo, 'content_areas')).toBe(6);
  });

  it('leave the demo rows exactly as they were', async () => {
    expect(await demoRows(withDemo)).toEqual(demoBefore);
  });
});
