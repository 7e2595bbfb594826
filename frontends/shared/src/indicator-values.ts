import { formatNumber, i18n } from './i18n.js';

/** A ratio ×100 without the float noise (0.8765 × 100 = 87.64999…), so that halves round up. */
export const ratioInPercent = (ratio: number) => Number((ratio * 100).toPrecision(12));

/** A ratio (0–1) as a percentage the Vietnamese way: 0.825 → `82,5%`. */
export const percentText = (ratio: number) => `${formatNumber(ratioInPercent(ratio), 1)}%`;

/**
 * An indicator's value as its unit reads (a ratio as a percentage, days and cases per unit-month with their unit);
 * "no figures" without a value. In the user's language, or in `lng` (a finding's text is written in Vietnamese
 * whoever types it).
 */
export function indicatorValueText(
  value: number | null | undefined,
  valueUnit: string,
  lng?: string,
): string {
  if (value === null || value === undefined) return i18n.t('common:noData', { lng });
  if (valueUnit === 'RATIO')
    return i18n.t('common:indicatorValues.RATIO', { lng, value: formatNumber(ratioInPercent(value), 1) });
  if (valueUnit === 'DAYS' || valueUnit === 'PER_UNIT_MONTH')
    return i18n.t(`common:indicatorValues.${valueUnit}`, { lng, value: formatNumber(value, 2) });
  return formatNumber(value, 2);
}
