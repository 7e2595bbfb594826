import type { NationalOptions, NationalResult } from '@cchc/kit';
import type { UnitDescription } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { v5 as uuidV5 } from 'uuid';
import { demoStatus, demoValues } from '../demo/demo-figures.js';
import { MEASURE_KEYS, MEASURES, type MonthlyValues } from '../domain/measures.js';
import { firstDayOf } from '../domain/period.js';
import type { SubmissionStatus } from '../domain/submission.js';

/** Not the demo's: a national row never takes a demo row's id. */
const NAMESPACE = '2ba0c105-efc6-497c-92c5-9d9973071713';
const GENERATOR = 'national-generator';
/** Rows per statement: large enough to be cheap, small enough to stay far below the statement timeout. */
const CHUNK = 10_000;

interface FigureRow {
  id: string;
  unit: UnitDescription;
  period: string;
  status: SubmissionStatus;
  values: MonthlyValues;
}
/** A column of the insert: its name, its SQL type and its value in a row. */
type Column = [name: string, type: string, value: (row: FigureRow) => unknown];

const inForceOn = (unit: UnitDescription, day: string) =>
  (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || unit.validTo >= day);

/** A province's own figures are the sum of its departments', agencies', districts' and communes' (see scope.ts). */
const reports = (unit: UnitDescription) => unit.parentId !== null;

/** Every month of the years, in order, as first days. */
const monthsOf = (years: number[]) =>
  [...new Set(years)]
    .sort((a, b) => a - b)
    .flatMap((year) => Array.from({ length: 12 }, (_, i) => firstDayOf(year, i + 1)));

/** The morning after the month ends, Vietnam time: a fixed time, so that a seed always gives the same rows. */
function filedAt(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const next = month === 12 ? firstDayOf(year + 1, 1) : firstDayOf(year, month + 1);
  return `${next}T08:00:00+07:00`;
}

const columns: Column[] = [
  ['id', 'uuid', (r) => r.id],
  ['unit_id', 'uuid', (r) => r.unit.id],
  ['period', 'date', (r) => r.period],
  ['status', 'text', (r) => r.status],
  ['website_last_update', 'date', (r) => r.values.websiteLastUpdate],
  ['updated_at', 'timestamptz', (r) => filedAt(r.period)],
  ...MEASURE_KEYS.map((key): Column => [MEASURES[key].column, 'integer', (r) => r.values[key]]),
];

/** One statement, one typed array per column (as the demo loads its figures); answers the rows inserted. */
async function insertFigures(dataSource: DataSource, rows: FigureRow[]): Promise<number> {
  const [{ inserted }] = await dataSource.query(
    `WITH inserted AS (
       INSERT INTO monthly_figures (${columns.map(([name]) => name).join(', ')}, updated_by)
       SELECT *, '${GENERATOR}' FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
       ON CONFLICT (unit_id, period) DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS inserted FROM inserted`,
    columns.map(([, , value]) => rows.map(value)),
  );
  return inserted;
}

/**
 * Monthly figures of every unit in force on each month's first day, for every month of `options.years`: the
 * departments, agencies, districts and communes (not the provinces themselves), with the demo's figures drawn
 * again under the seed and its statuses (past years locked, the last year approved, its last month submitted).
 * Rows already there (the demo's) are left as they are; a run cut short is completed by running it again.
 */
export async function generateNationalFigures(
  dataSource: DataSource,
  units: UnitDescription[],
  options: NationalOptions,
): Promise<NationalResult> {
  const started = Date.now();
  const months = monthsOf(options.years);
  const reporting = units.filter(reports);
  const unitsOfMonth = months.map((period) => ({
    period,
    units: reporting.filter((unit) => inForceOn(unit, period)),
  }));
  const generated = unitsOfMonth.reduce((total, month) => total + month.units.length, 0);
  let done = 0;
  let inserted = 0;
  let chunk: FigureRow[] = [];
  const flush = async () => {
    inserted += await insertFigures(dataSource, chunk);
    done += chunk.length;
    chunk = [];
    options.onProgress?.(`monthly figures ${done}/${generated}`);
  };
  for (const { period, units: inForce } of unitsOfMonth) {
    const status = demoStatus(period, months);
    for (const unit of inForce) {
      chunk.push({
        id: uuidV5(`${options.seed}|${unit.id}|${period}`, NAMESPACE),
        unit,
        period,
        status,
        values: demoValues(unit, period, options.seed),
      });
      if (chunk.length === CHUNK) await flush();
    }
  }
  if (chunk.length > 0) await flush();
  return {
    tables: [{ table: 'monthly_figures', generated, inserted }],
    milliseconds: Date.now() - started,
  };
}
