const yearMonth = (date: Date) => date.toISOString().slice(0, 7);

/**
 * The twelve whole months before a day, as `Unit.indicators` names a period: 2020-10-19 → `2019-10..2020-09`
 * (the months the server reads when a finding names an indicator without a period).
 */
export function twelveMonthsBefore(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 13, 1));
  const last = new Date(Date.UTC(year, month - 2, 1));
  return `${yearMonth(first)}..${yearMonth(last)}`;
}

/** `2019-10..2020-09` in the user's words: `10/2019 – 09/2020`. */
export function periodText(period: string): string {
  const [from, to] = period.split('..').map((month) => month.split('-').reverse().join('/'));
  return to ? `${from} – ${to}` : (from ?? '');
}
