import { readFile } from 'node:fs/promises';
import type { UnitRegistryClient } from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';

export interface StaffingRow {
  unitId: string;
  year: number;
  approvedPosts: number;
  staffInPost: number;
  contractStaff: number;
}

const DEMO_FILE = new URL('../../data/demo-staffing.json', import.meta.url);
const demoFile = z.object({
  asOf: z.string().date(),
  staffing: z.array(
    z.object({
      unitCode: z.string(),
      year: z.number().int(),
      approvedPosts: z.number().int().nonnegative(),
      staffInPost: z.number().int().nonnegative(),
      contractStaff: z.number().int().nonnegative(),
    }),
  ),
});

export class StaffingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement for any number of units (the gateway asks for many `Unit` references at once). */
  async ofUnits(unitIds: readonly string[], year: number): Promise<StaffingRow[]> {
    return this.dataSource.query(
      `SELECT unit_id AS "unitId", year, approved_posts AS "approvedPosts", staff_in_post AS "staffInPost",
         contract_staff AS "contractStaff"
       FROM staffing WHERE unit_id = ANY($1::uuid[]) AND year = $2`,
      [[...unitIds], year],
    );
  }

  /** Loads the illustrative figures when the table is empty; units are resolved by code through unit-registry. */
  async loadDemo(units: UnitRegistryClient): Promise<number> {
    const [existing] = (await this.dataSource.query('SELECT count(*)::int AS count FROM staffing')) as {
      count: number;
    }[];
    if (existing!.count > 0) return 0;
    const demo = demoFile.parse(JSON.parse(await readFile(DEMO_FILE, 'utf8')));
    const ids = new Map<string, string | null>();
    for (const code of new Set(demo.staffing.map((s) => s.unitCode))) {
      ids.set(code, await units.idByCode(code, demo.asOf));
    }
    const rows = demo.staffing.filter((s) => ids.get(s.unitCode));
    await this.dataSource.query(
      `INSERT INTO staffing (unit_id, year, approved_posts, staff_in_post, contract_staff)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[])`,
      [
        rows.map((r) => ids.get(r.unitCode)),
        rows.map((r) => r.year),
        rows.map((r) => r.approvedPosts),
        rows.map((r) => r.staffInPost),
        rows.map((r) => r.contractStaff),
      ],
    );
    return rows.length;
  }
}
