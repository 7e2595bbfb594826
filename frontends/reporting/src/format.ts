import { formatNumber, i18n } from '@cchc/web-shared';

/** ×100 without the float noise (0.8765 × 100 = 87.64999…), so that halves round up. */
const hundredfold = (ratio: number) => Number((ratio * 100).toPrecision(12));

/** A ratio (0–1) as a percentage the Vietnamese way: 0.825 → `82,5%`. */
export const percentText = (ratio: number) => `${formatNumber(hundredfold(ratio), 1)}%`;

/** A count the Vietnamese way: 1234 → `1.234`. */
export const countText = (count: number) => formatNumber(count, 0);

/**
 * An indicator's value as its unit reads: a ratio as a percentage, days and cases per unit-month with their
 * unit; "no figures" without a value.
 */
export function indicatorValueText(value: number | null | undefined, valueUnit: string): string {
  if (value === null || value === undefined) return i18n.t('reporting:noData');
  if (valueUnit === 'RATIO') return percentText(value);
  if (valueUnit === 'DAYS' || valueUnit === 'PER_UNIT_MONTH')
    return i18n.t(`reporting:valueUnits.${valueUnit}`, { value: formatNumber(value, 2) });
  return formatNumber(value, 2);
}

/** The number a file holds for an indicator's value: a ratio in % (one decimal), others to two decimals. */
export function indicatorFileValue(value: number | null | undefined, valueUnit: string): number | null {
  if (value === null || value === undefined) return null;
  return valueUnit === 'RATIO' ? Math.round(hundredfold(value) * 10) / 10 : Math.round(value * 100) / 100;
}
