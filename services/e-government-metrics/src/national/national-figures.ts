import { isInForce, type NationalOptions, type NationalResult } from '@cchc/kit';
import type { UnitDescription } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { v5 as uuidV5 } from 'uuid';
import { type BulkFigures, insertFiguresInBulk } from '../db/figures-bulk.js';
import { demoStatus, demoValues } from '../demo/demo-figures.js';
import { firstDayOf } from '../domain/period.js';

/** Not the demo's: a national row never takes a demo row's id. */
const NAMESPACE = '2ba0c105-efc6-497c-92c5-9d9973071713';
const GENERATOR = 'national-generator';
/** Rows per statement: large enough to be cheap, small enough to stay far below the statement timeout. */
const CHUNK = 10_000;

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
    units: reporting.filter((unit) => isInForce(unit, period)),
  }));
  const generated = unitsOfMonth.reduce((total, month) => total + month.units.length, 0);
  let done = 0;
  let inserted = 0;
  let chunk: BulkFigures[] = [];
  const flush = async () => {
    inserted += await insertFiguresInBulk(dataSource, chunk, GENERATOR);
    done += chunk.length;
    chunk = [];
    options.onProgress?.(`monthly figures ${done}/${generated}`);
  };
  for (const { period, units: inForce } of unitsOfMonth) {
    const status = demoStatus(period, months);
    for (const unit of inForce) {
      chunk.push({
        id: uuidV5(`${options.seed}|${unit.id}|${period}`, NAMESPACE),
        unitId: unit.id,
        period,
        status,
        values: demoValues(unit, period, options.seed),
        updatedAt: filedAt(period),
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
