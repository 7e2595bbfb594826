import { formatNumber, ratioInPercent } from '@cchc/web-shared';

/** A count the Vietnamese way: 1234 → `1.234`. */
export const countText = (count: number) => formatNumber(count, 0);

/** The number a file holds for an indicator's value: a ratio in % (one decimal), others to two decimals. */
export function indicatorFileValue(value: number | null | undefined, valueUnit: string): number | null {
  if (value === null || value === undefined) return null;
  return valueUnit === 'RATIO' ? Math.round(ratioInPercent(value) * 10) / 10 : Math.round(value * 100) / 100;
}
