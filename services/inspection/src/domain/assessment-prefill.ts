import { IndicatorStatus } from './evidence.js';

/** The share of a criterion's maximum points each status of its indicator proposes. */
export type IndicatorPoints = Partial<Record<IndicatorStatus, number>>;

/** Unless the catalog states otherwise: full points at target, half past the warning line, none past the alert line. */
export const USUAL_INDICATOR_POINTS: Readonly<Record<IndicatorStatus, number | null>> = {
  [IndicatorStatus.GOOD]: 1,
  [IndicatorStatus.WARNING]: 0.5,
  [IndicatorStatus.ALERT]: 0,
  [IndicatorStatus.NO_DATA]: null,
};

/**
 * The points a measurable criterion is pre-filled with from its indicator's status: the catalog's share for
 * that status (the usual one where it states none) of the maximum, to two decimals; none without data.
 */
export function prefilledPoints(
  maxPoints: number,
  status: IndicatorStatus,
  stated: IndicatorPoints | null | undefined,
): number | null {
  if (status === IndicatorStatus.NO_DATA) return null;
  const share = stated?.[status] ?? USUAL_INDICATOR_POINTS[status];
  return share === null ? null : Math.round(maxPoints * share * 100) / 100;
}

/** Shares as a catalog editor states them, 0..1 each; a status left out keeps the usual share. */
export interface StatedShares {
  good?: number | null;
  warning?: number | null;
  alert?: number | null;
}

export function indicatorPointsOf(shares: StatedShares): IndicatorPoints {
  const points: IndicatorPoints = {};
  if (shares.good != null) points.GOOD = shares.good;
  if (shares.warning != null) points.WARNING = shares.warning;
  if (shares.alert != null) points.ALERT = shares.alert;
  return points;
}

/** The share each status proposes for a criterion: the catalog's, or the usual one. */
export function effectiveShares(stated: IndicatorPoints | null | undefined) {
  const share = (status: IndicatorStatus) => stated?.[status] ?? USUAL_INDICATOR_POINTS[status]!;
  return {
    good: share(IndicatorStatus.GOOD),
    warning: share(IndicatorStatus.WARNING),
    alert: share(IndicatorStatus.ALERT),
  };
}
