import type { Classification } from './generated/graphql.js';

/** A grade and the least share of the maximum points (in %) that earns it, as the catalogue states it. */
export interface Threshold {
  classification: Classification;
  minPercent: number;
  nameVi: string;
  nameEn: string;
}

interface PointedCriterion {
  id: string;
  maxPoints: number;
}

export interface ScoredArea {
  code: string;
  criteria: (PointedCriterion & { subCriteria: PointedCriterion[] })[];
}

export interface AssessmentTotals {
  areas: { code: string; score: number; maxScore: number }[];
  total: number;
  maxTotal: number;
  classification: Classification | null;
}

/** Sums kept to two decimals, as the server keeps them (0.5 + 0.25… add up as on paper). */
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The criteria a team scores: those without sub-criteria (a parent's maximum is the sum of its own). */
export const scorableOf = (area: ScoredArea): PointedCriterion[] =>
  area.criteria.flatMap((criterion) => (criterion.subCriteria.length ? criterion.subCriteria : [criterion]));

/**
 * The highest grade whose threshold the share of the maximum (in %, to two decimals) reaches; none without a
 * maximum or when no threshold is reached.
 */
export function classify(
  total: number,
  maxTotal: number,
  thresholds: readonly Threshold[],
): Classification | null {
  if (maxTotal <= 0) return null;
  const percent = Math.round((total / maxTotal) * 10_000) / 100;
  const reached = [...thresholds]
    .sort((a, b) => b.minPercent - a.minPercent)
    .find((threshold) => percent >= threshold.minPercent);
  return reached?.classification ?? null;
}

/**
 * The totals shown while the team types: per area and overall, out of the catalogue's maximum, a criterion
 * without points counting 0; graded once some criterion has points (the server grades what it saved the same way).
 */
export function assessmentTotals(
  areas: readonly ScoredArea[],
  points: Readonly<Record<string, number | null | undefined>>,
  thresholds: readonly Threshold[],
): AssessmentTotals {
  const sum = (values: number[]) => round2(values.reduce((total, value) => total + value, 0));
  const totals = areas.map((area) => {
    const criteria = scorableOf(area);
    return {
      code: area.code,
      score: sum(criteria.map((criterion) => points[criterion.id] ?? 0)),
      maxScore: sum(criteria.map((criterion) => criterion.maxPoints)),
    };
  });
  const total = sum(totals.map((area) => area.score));
  const maxTotal = sum(totals.map((area) => area.maxScore));
  const scored = Object.values(points).some((value) => typeof value === 'number');
  return {
    areas: totals,
    total,
    maxTotal,
    classification: scored ? classify(total, maxTotal, thresholds) : null,
  };
}

/** A grade in the words the catalogue gives it, in the user's language. */
export function classificationName(
  thresholds: readonly Threshold[],
  classification: Classification | null | undefined,
  language: string,
): string | null {
  const threshold = thresholds.find((candidate) => candidate.classification === classification);
  if (!threshold) return null;
  return language === 'en' ? threshold.nameEn : threshold.nameVi;
}
