import type { DataSource } from 'typeorm';
import { MEASURE_KEYS, MEASURES, type MonthlyValues } from '../domain/measures.js';
import type { SubmissionStatus } from '../domain/submission.js';

/** A unit-month written in bulk by a loader (the demo's, the national generator's), not through the API. */
export interface BulkFigures {
  id: string;
  unitId: string;
  period: string;
  status: SubmissionStatus;
  values: MonthlyValues;
  /** When it was filed; now when absent. */
  updatedAt?: string;
}

/** A column of the insert: its name, its SQL type and its value in a row. */
type Column = [name: string, type: string, value: (row: BulkFigures, now: string) => unknown];

const COLUMNS: Column[] = [
  ['id', 'uuid', (r) => r.id],
  ['unit_id', 'uuid', (r) => r.unitId],
  ['period', 'date', (r) => r.period],
  ['status', 'text', (r) => r.status],
  ['website_last_update', 'date', (r) => r.values.websiteLastUpdate],
  ['updated_at', 'timestamptz', (r, now) => r.updatedAt ?? now],
  ...MEASURE_KEYS.map((key): Column => [MEASURES[key].column, 'integer', (r) => r.values[key]]),
];

/**
 * Inserts the rows in one statement, one typed array per column (far cheaper for PostgreSQL to read than JSON
 * records), leaving a unit-month already there as it is; answers how many were inserted. `by` is the writer
 * the rows are recorded as.
 */
export async function insertFiguresInBulk(
  dataSource: DataSource,
  rows: BulkFigures[],
  by: string,
): Promise<number> {
  const now = new Date().toISOString();
  const [{ inserted }] = await dataSource.query(
    `WITH inserted AS (
       INSERT INTO monthly_figures (${COLUMNS.map(([name]) => name).join(', ')}, updated_by)
       SELECT *, $${COLUMNS.length + 1} FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
       ON CONFLICT (unit_id, period) DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS inserted FROM inserted`,
    [...COLUMNS.map(([, , value]) => rows.map((row) => value(row, now))), by],
  );
  return inserted;
}
