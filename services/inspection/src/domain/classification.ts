/** Xếp loại: the grade a unit's assessment earns, from the catalog's thresholds. */
export enum Classification {
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  AVERAGE = 'AVERAGE',
  WEAK = 'WEAK',
}

/** A grade and the least share of the maximum points (in %) that earns it; the catalog lists them. */
export interface ClassificationThreshold {
  classification: Classification;
  minPercent: number;
  nameVi: string;
  nameEn: string;
}

/** The share of the maximum, in %, rounded to two decimals (as the province publishes it). */
export function percentOf(total: number, maxTotal: number): number {
  return maxTotal > 0 ? Math.round((total / maxTotal) * 10_000) / 100 : 0;
}

/**
 * The highest grade whose threshold the total reaches (Tốt ≥ 90 %, Khá ≥ 70 %… in the 2020 catalog); null
 * while nothing is scored, or when the catalog states no threshold the total reaches.
 */
export function classify(
  total: number,
  maxTotal: number,
  thresholds: readonly ClassificationThreshold[],
): Classification | null {
  if (maxTotal <= 0) return null;
  const percent = percentOf(total, maxTotal);
  const reached = [...thresholds]
    .sort((a, b) => b.minPercent - a.minPercent)
    .find((t) => percent >= t.minPercent);
  return reached?.classification ?? null;
}

/** A catalog's grades, best first (the order a reader expects: Tốt, Khá, Trung bình, Yếu). */
export const gradesBestFirst = (thresholds: readonly ClassificationThreshold[]): ClassificationThreshold[] =>
  [...thresholds].sort((a, b) => b.minPercent - a.minPercent);
