import { formatNumber, i18n } from '@cchc/web-shared';

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

/**
 * An indicator's value as its unit reads (a ratio as a percentage); "no figures" when it has none. In the
 * user's language, or in `lng` (a finding's text is written in Vietnamese whoever types it).
 */
export function indicatorValueText(
  value: number | null | undefined,
  valueUnit: string,
  lng?: string,
): string {
  if (value === null || value === undefined) return i18n.t('findings:noData', { lng });
  if (valueUnit === 'RATIO')
    return i18n.t('findings:values.RATIO', {
      lng,
      // toPrecision drops the float noise of ×100 (0.8765 × 100 = 87.64999…), so halves round up.
      value: formatNumber(Number((value * 100).toPrecision(12)), 1),
    });
  if (valueUnit === 'DAYS' || valueUnit === 'PER_UNIT_MONTH')
    return i18n.t(`findings:values.${valueUnit}`, { lng, value: formatNumber(value, 2) });
  return formatNumber(value, 2);
}
