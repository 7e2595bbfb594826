import { createLogger, openDatabase } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities, migrations } from './schema.js';

/** Findings written before the search column existed are folded by the migration that adds it. */
let database: TestDatabase;
const open: DataSource[] = [];
const logger = createLogger('inspection-test', 'warn');

const ids = {
  catalog: '00000000-0000-4000-8000-000000000001',
  area: '00000000-0000-4000-8000-000000000002',
  criterion: '00000000-0000-4000-8000-000000000003',
  plan: '00000000-0000-4000-8000-000000000004',
  target: '00000000-0000-4000-8000-000000000005',
  unit: '00000000-0000-4000-8000-000000000006',
  withCriterion: '00000000-0000-4000-8000-000000000007',
  without: '00000000-0000-4000-8000-000000000008',
};

async function migrate(upTo: number): Promise<DataSource> {
  const dataSource = await openDatabase({
    url: database.url,
    entities,
    migrations: migrations.slice(0, upTo),
    logger,
  });
  open.push(dataSource);
  return dataSource;
}

beforeAll(async () => {
  database = await createTestDatabase('inspection_finding_search');
  const before = await migrate(migrations.length - 1);
  const { catalog, area, criterion, plan, target, unit } = ids;
  const rows: [string, unknown[]][] = [
    ["INSERT INTO criteria_catalogs (id, year, title) VALUES ($1, 2020, 'Bộ tiêu chí 2020')", [catalog]],
    [
      `INSERT INTO content_areas (id, catalog_id, code, position, name_vi, name_en)
       VALUES ($1, $2, 'TTHC', 3, 'Cải cách thủ tục hành chính', 'Administrative procedures')`,
      [area, catalog],
    ],
    [
      `INSERT INTO criteria (id, catalog_id, area_id, code, position, name_vi, name_en)
       VALUES ($1, $2, $3, 'TTHC.3', 3, 'Giải quyết TTHC', 'Handling procedures')`,
      [criterion, catalog, area],
    ],
    [
      `INSERT INTO inspection_plans (id, year, title, period_from, period_to, lead_unit_id, status, catalog_id)
       VALUES ($1, 2020, 'Kiểm tra CCHC 2020', '2020-10-01', '2020-10-30', $2, 'IN_PROGRESS', $3)`,
      [plan, unit, catalog],
    ],
    ['INSERT INTO inspection_targets (id, plan_id, unit_id) VALUES ($1, $2, $3)', [target, plan, unit]],
    [
      `INSERT INTO findings (id, plan_id, target_id, unit_id, area_id, criterion_id, kind, severity, text, status)
       VALUES ($1, $3, $4, $5, $6, $7, 'LIMITATION', 'MEDIUM', 'Vẫn còn hồ sơ trễ hẹn', 'OPEN'),
              ($2, $3, $4, $5, $6, NULL, 'STRENGTH', 'LOW', 'Đã công khai TTHC đầy đủ', 'NOTED')`,
      [ids.withCriterion, ids.without, plan, target, unit, area, criterion],
    ],
  ];
  for (const [sql, params] of rows) await before.query(sql, params);
});

afterAll(async () => {
  for (const dataSource of open) await dataSource.destroy();
  await database?.drop();
});

describe('the migration adding the search text', () => {
  it('folds the text and criterion code of the findings already there, and leaves their keys empty', async () => {
    const after = await migrate(migrations.length);
    const rows = await after.query('SELECT id, search_text, client_key FROM findings ORDER BY id');
    expect(rows).toEqual([
      { id: ids.withCriterion, search_text: 'van con ho so tre hen tthc 3', client_key: null },
      { id: ids.without, search_text: 'da cong khai tthc day du', client_key: null },
    ]);
  });
});
