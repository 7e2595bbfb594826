import { badInput } from '@cchc/kit';

/** A span of whole months: `from` and `to` are first days of months, inclusive. */
export interface MonthRange {
  from: string;
  to: string;
}

export type Grain = 'MONTH' | 'QUARTER' | 'YEAR';

/** The first day of a month (1–12): how a period is stored, e.g. 2020-10-01. */
export const firstDayOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** The first day of the month a date falls in: any day of October 2020 is the period 2020-10-01. */
export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/** The month's last day, for a period written YYYY-MM-01. */
export function lastDayOf(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Reads the periods people write: "2020", "2020-Q3", "2020-10", or a range of any two of those
 * joined by ".." ("2020-01..2020-06", "2019..2021").
 */
export function parsePeriod(text: string): MonthRange {
  const [start = '', end = start] = text.trim().split('..');
  const first = parseOne(start, 'period');
  const last = parseOne(end, 'period');
  if (last.to < first.from) throw badInput('period', `The period ${text} ends before it starts`);
  return { from: first.from, to: last.to };
}

/** The years a period may name: the platform's figures start in the 2000s; PostgreSQL has no year 0. */
const PERIOD_YEARS = { from: 1900, to: 2100 } as const;

function parseOne(text: string, field: string): MonthRange {
  const refused = () =>
    badInput(
      field,
      `"${text}" is not a period: write 2020, 2020-Q3, 2020-10, or a range such as 2020-01..2020-06 (years ${PERIOD_YEARS.from}–${PERIOD_YEARS.to})`,
    );
  const match = /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/i.exec(text);
  const year = Number(match?.[1]);
  if (!match || year < PERIOD_YEARS.from || year > PERIOD_YEARS.to) throw refused();
  const [, , quarter, month] = match;
  if (quarter)
    return { from: firstDayOf(year, Number(quarter) * 3 - 2), to: firstDayOf(year, Number(quarter) * 3) };
  if (month === undefined) return { from: firstDayOf(year, 1), to: firstDayOf(year, 12) };
  if (Number(month) < 1 || Number(month) > 12) throw refused();
  return { from: firstDayOf(year, Number(month)), to: firstDayOf(year, Number(month)) };
}

/** A month range from two dates (any day in the first and last months). */
export function monthsBetween(from: string, to: string): MonthRange {
  if (to < from) throw badInput('to', 'to must not be before from');
  return { from: monthStart(from), to: monthStart(to) };
}

/** The last day of the range, e.g. to resolve a unit "as of the end of the period". */
export const endOf = (range: MonthRange) => lastDayOf(range.to);

/** How a bucket (first month of a grain) is named in facts: "2020-10", "2020-Q4", "2020". */
export function bucketLabel(bucket: string, grain: Grain | null, range: MonthRange): string {
  if (grain === null)
    return range.from === range.to
      ? range.from.slice(0, 7)
      : `${range.from.slice(0, 7)}..${range.to.slice(0, 7)}`;
  if (grain === 'YEAR') return bucket.slice(0, 4);
  if (grain === 'QUARTER')
    return `${bucket.slice(0, 4)}-Q${Math.floor((Number(bucket.slice(5, 7)) - 1) / 3) + 1}`;
  return bucket.slice(0, 7);
}
