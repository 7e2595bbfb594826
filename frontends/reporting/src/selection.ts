/** Which units a dashboard shows: as they were on the as-of date, or today's (figures and findings through the lineage). */
export type UnitsView = 'asOf' | 'today';

/** What a dashboard is about, besides its unit: the period, the as-of date and which units. */
export interface Selection {
  /** A year (`2020`) or whole months of one year (`2020-01..2020-06`), as `Unit.indicators` names periods. */
  period: string;
  /** The day the unit tree is read on (`YYYY-MM-DD`) while the view is `asOf`. */
  asOf: string;
  view: UnitsView;
}

const YEAR = /^\d{4}$/;
const MONTHS = /^(\d{4})-(0[1-9]|1[0-2])\.\.(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A year, or a span of months within one year, first month not after the last. */
export function isPeriod(text: string): boolean {
  if (YEAR.test(text)) return true;
  const months = MONTHS.exec(text);
  return months !== null && months[1] === months[3] && months[2]! <= months[4]!;
}

export const yearOf = (period: string) => Number(period.slice(0, 4));

/** The months of a period, `YYYY-MM`, in order. */
export function monthsOf(period: string): string[] {
  const year = period.slice(0, 4);
  const months = MONTHS.exec(period);
  const [first, last] = months ? [Number(months[2]), Number(months[4])] : [1, 12];
  return Array.from({ length: last - first + 1 }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
}

/** The first and last month of a period as days (any day names its month in `indicatorReadings`). */
export function periodBounds(period: string): { from: string; to: string } {
  const months = monthsOf(period);
  return { from: `${months[0]}-01`, to: `${months.at(-1)}-01` };
}

/** `2020` or `01/2020 – 06/2020`, as officials write periods. */
export function periodText(period: string): string {
  if (YEAR.test(period)) return period;
  const months = monthsOf(period).map((month) => month.split('-').reverse().join('/'));
  return `${months[0]} – ${months.at(-1)}`;
}

/** A past year is read as its units stood on its last day; the current year as they stand today. */
export const defaultAsOf = (year: number, today: string) =>
  year < Number(today.slice(0, 4)) ? `${year}-12-31` : today;

/** The day the unit tree is read on: the as-of date, or today for today's units. */
export const unitsAsOf = (selection: Selection, today: string) =>
  selection.view === 'today' ? today : selection.asOf;

/** The selection a page's query string asks for; what it lacks or gets wrong, from the defaults. */
export function selectionOf(search: string, defaults: { year: number; today: string }): Selection {
  const params = new URLSearchParams(search);
  const asked = params.get('period') ?? '';
  const period = isPeriod(asked) ? asked : String(defaults.year);
  const asOf = params.get('asOf') ?? '';
  return {
    period,
    asOf: DAY.test(asOf) ? asOf : defaultAsOf(yearOf(period), defaults.today),
    view: params.get('units') === 'today' ? 'today' : 'asOf',
  };
}

/** The query string of a selection (today's units marked, the default left out). */
export function searchOf(selection: Selection): string {
  const params = new URLSearchParams({ period: selection.period, asOf: selection.asOf });
  if (selection.view === 'today') params.set('units', 'today');
  return `?${params.toString()}`;
}
