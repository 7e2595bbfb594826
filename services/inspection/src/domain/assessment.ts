import { badInput } from '@cchc/kit';
import { type Classification, type ClassificationThreshold, classify } from './classification.js';

/** A criterion the team scores: one without sub-criteria (a parent's maximum is the sum of its own). */
export interface ScorableCriterion {
  id: string;
  areaCode: string;
  maxPoints: number;
}

export interface AreaTotal {
  areaCode: string;
  score: number;
  maxScore: number;
}

export interface AssessmentTotals {
  areas: AreaTotal[];
  total: number;
  maxTotal: number;
  classification: Classification | null;
}

export interface ScoreInput {
  criterionId: string;
  points: number;
}

/** Sums of points kept to two decimals, so that 0.5 + 0.25… add up as on paper. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A target's totals per area (in the catalog's area order) and overall, out of the catalog's maximum: an
 * unscored criterion counts 0. Classified only once something is scored.
 */
export function assessmentTotals(
  areaCodes: readonly string[],
  criteria: readonly ScorableCriterion[],
  points: ReadonlyMap<string, number>,
  thresholds: readonly ClassificationThreshold[],
): AssessmentTotals {
  const areas = areaCodes.map((areaCode) => {
    const own = criteria.filter((c) => c.areaCode === areaCode);
    return {
      areaCode,
      score: round2(own.reduce((sum, c) => sum + (points.get(c.id) ?? 0), 0)),
      maxScore: round2(own.reduce((sum, c) => sum + c.maxPoints, 0)),
    };
  });
  const total = round2(areas.reduce((sum, a) => sum + a.score, 0));
  const maxTotal = round2(areas.reduce((sum, a) => sum + a.maxScore, 0));
  return {
    areas,
    total,
    maxTotal,
    classification: points.size ? classify(total, maxTotal, thresholds) : null,
  };
}

/** A criterion's maximum (điểm tối đa): its own, or the sum of its sub-criteria's when it has some. */
export function maxPointsOf(
  criterion: { id: string; maxPoints: number },
  criteria: readonly { parentId: string | null; maxPoints: number }[],
): number {
  const subCriteria = criteria.filter((c) => c.parentId === criterion.id);
  return subCriteria.length
    ? round2(subCriteria.reduce((sum, c) => sum + c.maxPoints, 0))
    : criterion.maxPoints;
}

/** Standard competition ranking, highest first: ties share a rank and the next rank skips (1, 2, 2, 4). */
export function competitionRanks<K>(entries: readonly { key: K; value: number }[]): Map<K, number> {
  const sorted = [...entries].sort((a, b) => b.value - a.value);
  const ranks = new Map<K, number>();
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    ranks.set(entry.key, previous && previous.value === entry.value ? ranks.get(previous.key)! : index + 1);
  });
  return ranks;
}

/** Points within 0..maxPoints (two decimals at most) on a scorable criterion of the plan's catalog, once each. */
export function assertScoresValid(
  scores: readonly ScoreInput[],
  scorable: ReadonlyMap<string, ScorableCriterion>,
): void {
  const seen = new Set<string>();
  scores.forEach((score, i) => {
    const criterion = scorable.get(score.criterionId);
    if (!criterion) {
      throw badInput(
        `scores[${i}].criterionId`,
        "Not a criterion of this plan's catalog to score (criteria with sub-criteria are scored through them)",
      );
    }
    if (seen.has(score.criterionId))
      throw badInput(`scores[${i}].criterionId`, 'This criterion is scored twice in the same request');
    seen.add(score.criterionId);
    if (score.points < 0 || score.points > criterion.maxPoints || round2(score.points) !== score.points) {
      throw badInput(
        `scores[${i}].points`,
        `Points must be between 0 and ${criterion.maxPoints} (two decimals at most), not ${score.points}`,
      );
    }
  });
}
