import { type Caller, createLogger, openDatabase, Role } from '@cchc/kit';
import { createTestDatabase } from '@cchc/kit/testing';
import type { DataSource } from 'typeorm';
import { entities, migrations } from '../db/schema.js';

/** One migrated database for a test file, on the run's PostgreSQL server (the kit's `createTestDatabase`). */
export async function openTestDatabase(
  label: string,
): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const database = await createTestDatabase(label);
  const logger = createLogger('inspection-test', 'error');
  const dataSource = await openDatabase({ url: database.url, entities, migrations, logger });
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** The ids of the plan `seedPlan` writes: written by hand, so that expectations can name them. */
export const SEEDED = {
  catalog: '10000000-0000-4000-8000-000000000001',
  area: '10000000-0000-4000-8000-000000000002',
  plan: '10000000-0000-4000-8000-000000000003',
  target: '10000000-0000-4000-8000-000000000004',
  leadUnit: '10000000-0000-4000-8000-000000000005',
  targetUnit: '10000000-0000-4000-8000-000000000006',
  lead: '10000000-0000-4000-8000-000000000007',
  member: '10000000-0000-4000-8000-000000000008',
  finding: '10000000-0000-4000-8000-0000000000f1',
  action: '10000000-0000-4000-8000-0000000000a1',
};

/**
 * A 2020 catalog with one area (TTHC), and a plan in the status given with one target and a team of two:
 * `truongdoan` its lead, `thanhtra` a member.
 */
export async function seedPlan(dataSource: DataSource, status: string): Promise<void> {
  const s = SEEDED;
  const rows: [string, unknown[]][] = [
    ["INSERT INTO criteria_catalogs (id, year, title) VALUES ($1, 2020, 'Bộ tiêu chí 2020')", [s.catalog]],
    [
      `INSERT INTO content_areas (id, catalog_id, code, position, name_vi, name_en)
       VALUES ($1, $2, 'TTHC', 1, 'Cải cách thủ tục hành chính', 'Administrative procedures')`,
      [s.area, s.catalog],
    ],
    [
      `INSERT INTO inspection_plans (id, year, title, period_from, period_to, lead_unit_id, status, catalog_id)
       VALUES ($1, 2020, 'Kiểm tra CCHC 2020', '2020-10-19', '2020-11-02', $2, $3, $4)`,
      [s.plan, s.leadUnit, status, s.catalog],
    ],
    [
      'INSERT INTO inspection_targets (id, plan_id, unit_id) VALUES ($1, $2, $3)',
      [s.target, s.plan, s.targetUnit],
    ],
    [
      `INSERT INTO team_members (id, plan_id, full_name, role, username)
       VALUES ($1, $3, 'Trần Thị Bình', 'LEAD', 'truongdoan'), ($2, $3, 'Phạm Thị Dung', 'MEMBER', 'thanhtra')`,
      [s.lead, s.member, s.plan],
    ],
  ];
  for (const [sql, params] of rows) await dataSource.query(sql, params);
}

/** A limitation recorded on the seeded target, with one OPEN action its unit must carry out. */
export async function seedFindingAndAction(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO findings (id, plan_id, target_id, unit_id, area_id, kind, severity, text, search_text, status)
     VALUES ($1, $2, $3, $4, $5, 'LIMITATION', 'MEDIUM', 'Hồ sơ trễ hẹn', 'ho so tre hen', 'OPEN')`,
    [SEEDED.finding, SEEDED.plan, SEEDED.target, SEEDED.targetUnit, SEEDED.area],
  );
  await dataSource.query(
    `INSERT INTO corrective_actions (id, finding_id, responsible_unit_id, required_action, deadline, status)
     VALUES ($1, $2, $3, 'Gửi phiếu xin lỗi', '2099-12-31', 'OPEN')`,
    [SEEDED.action, SEEDED.finding, SEEDED.targetUnit],
  );
}

/** A caller with these roles (and, for a unit officer, this scope). */
export function testCaller(username: string, roles: Role[], scope?: string[]): Caller {
  return { username, roles, unitScope: async () => scope, publishedOnly: false };
}
