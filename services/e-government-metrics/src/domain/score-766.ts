import { type ComponentSpec, GROUPS_766, type GroupSpec, type Sums } from './score-766-catalogue.js';

/**
 * The 100-point score of Quyết định 766/QĐ-TTg (23/6/2022), computed from a unit's SUMMED measures.
 * Sources, the grouping, every approximation and the N/A policy: docs/decision-766.md.
 *
 * Policy for anything without data — a sub-indicator our measures cannot express, or a ratio whose
 * denominator is 0 in the period (the formula description says "mẫu số = 0: hiển thị 0 hoặc N/A"; we
 * take N/A) — is one rule: it is excluded and the remaining points are rescaled. Shown per component,
 * that means an excluded component gets its maximum × the achievement rate of the measured components
 * of its group; a group with nothing measured gets its maximum × the achievement rate of the groups
 * that were measured. Nothing measured at all (or `months` ≤ 0) scores 0.
 */

/** A sub-indicator of the catalogue with the points it scored. */
export interface ScoreComponent
  extends Pick<ComponentSpec, 'code' | 'nameVi' | 'nameEn' | 'maxPoints' | 'formula'> {
  points: number;
  /** False when scored by the N/A rule above (no data here, or a denominator of 0). */
  measurable: boolean;
}

/** A group of the catalogue with the points it scored. */
export interface ScoreGroup extends Pick<GroupSpec, 'code' | 'nameVi' | 'nameEn' | 'maxPoints'> {
  points: number;
  components: ScoreComponent[];
}

export interface Score766 {
  total: number;
  /** Always 100. */
  maxTotal: number;
  groups: ScoreGroup[];
  approximate: boolean;
}

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * The Decision 766 score of a unit (or a roll-up) from measures summed over `months` unit-months.
 * Every ratio is a ratio of the sums, so two months score as their sums, not as the mean of two scores.
 * `months` ≤ 0 means no data: every point is 0.
 */
export function score766(sums: Sums, months: number): Score766 {
  const hasData = months > 0;
  let approximate = false;

  const measured = GROUPS_766.map((group) => {
    const components = group.components.map((spec) => {
      const value = hasData && spec.measure ? spec.measure(sums) : null;
      const points = value === null ? null : spec.maxPoints * Math.min(1, value / spec.target);
      if (points === null || spec.proxy) approximate = true;
      return { spec, points };
    });
    let got = 0;
    let of = 0;
    for (const c of components) {
      if (c.points === null) continue;
      got += c.points;
      of += c.spec.maxPoints;
    }
    return { group, components, rate: of > 0 ? got / of : null };
  });

  let got = 0;
  let of = 0;
  for (const m of measured) {
    if (m.rate === null) continue;
    got += m.rate * m.group.maxPoints;
    of += m.group.maxPoints;
  }
  const overallRate = of > 0 ? got / of : 0;

  let total = 0;
  const groups: ScoreGroup[] = measured.map(({ group, components, rate }) => {
    const groupRate = rate ?? overallRate;
    const points = groupRate * group.maxPoints;
    total += points;
    return {
      code: group.code,
      nameVi: group.nameVi,
      nameEn: group.nameEn,
      maxPoints: group.maxPoints,
      points: round2(points),
      components: components.map(({ spec, points: p }) => ({
        code: spec.code,
        nameVi: spec.nameVi,
        nameEn: spec.nameEn,
        maxPoints: spec.maxPoints,
        points: round2(p ?? spec.maxPoints * groupRate),
        formula: spec.formula,
        measurable: p !== null,
      })),
    };
  });

  return { total: round2(total), maxTotal: 100, groups, approximate };
}
