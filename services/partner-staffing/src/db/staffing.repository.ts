import type { DataSource } from 'typeorm';
import type { StaffingFigures } from '../domain/staffing.js';

/** The `staffing` table: one row per unit and year. */
export class StaffingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement for any number of units (the gateway asks for many `Unit` references at once). */
  async ofUnits(unitIds: readonly string[], year: number): Promise<StaffingFigures[]> {
    return this.dataSource.query(
      `SELECT unit_id AS "unitId", year, approved_posts AS "approvedPosts", staff_in_post AS "staffInPost",
         contract_staff AS "contractStaff"
       FROM staffing WHERE unit_id = ANY($1::uuid[]) AND year = $2`,
      [[...unitIds], year],
    );
  }

  async count(): Promise<number> {
    const [row] = (await this.dataSource.query('SELECT count(*)::int AS count FROM staffing')) as {
      count: number;
    }[];
    return row?.count ?? 0;
  }

  async insert(rows: readonly StaffingFigures[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO staffing (unit_id, year, approved_posts, staff_in_post, contract_staff)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[])`,
      [
        rows.map((r) => r.unitId),
        rows.map((r) => r.year),
        rows.map((r) => r.approvedPosts),
        rows.map((r) => r.staffInPost),
        rows.map((r) => r.contractStaff),
      ],
    );
  }
}
