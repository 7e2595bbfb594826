import type { IndicatorStatus } from './generated/graphql.js';

export interface Reading {
  unitId: string;
  value: number | null;
  status: IndicatorStatus;
  coverage: number;
}

export interface RankedRow<Unit> extends Reading {
  unit: Unit;
  /** 1 is the best; units with the same value share a rank; null without figures. */
  rank: number | null;
  /** The best and the worst of the ranked units (none when all share one value). */
  mark: 'best' | 'worst' | null;
}

/**
 * Units ranked on an indicator, best first in the indicator's direction, those without figures last and
 * unranked; the best and the worst marked.
 */
export function rankUnits<Unit extends { id: string }>(
  units: readonly Unit[],
  readings: readonly Reading[],
  direction: string,
): RankedRow<Unit>[] {
  const byUnit = new Map(readings.map((reading) => [reading.unitId, reading]));
  const sign = direction === 'LOWER_IS_BETTER' ? 1 : -1;
  const rows = units.map((unit) => ({
    unit,
    ...(byUnit.get(unit.id) ?? { unitId: unit.id, value: null, status: 'NO_DATA' as const, coverage: 0 }),
  }));
  const measured = rows
    .filter((row): row is typeof row & { value: number } => row.value !== null)
    .sort((a, b) => sign * (a.value - b.value));
  const values = measured.map((row) => row.value);
  const best = values[0];
  const worst = values.at(-1);
  const ranked = measured.map((row) => ({
    ...row,
    rank: values.indexOf(row.value) + 1,
    mark:
      best === worst
        ? null
        : row.value === best
          ? ('best' as const)
          : row.value === worst
            ? ('worst' as const)
            : null,
  }));
  const unmeasured = rows
    .filter((row) => row.value === null)
    .map((row) => ({ ...row, rank: null, mark: null }));
  return [...ranked, ...unmeasured];
}

/** Departments and other provincial agencies are ranked among themselves, apart from the territorial units. */
export type RankingGroup = 'territorial' | 'agencies';

const AGENCY_KINDS = new Set(['DEPARTMENT', 'PROVINCIAL_AGENCY']);

export const rankingGroupOf = (unit: { kind: string }): RankingGroup =>
  AGENCY_KINDS.has(unit.kind) ? 'agencies' : 'territorial';

/** The groups the units fall into, territorial units first, each with its units (empty groups left out). */
export function rankingGroups<Unit extends { kind: string }>(
  units: readonly Unit[],
): [RankingGroup, Unit[]][] {
  const groups: [RankingGroup, Unit[]][] = [
    ['territorial', units.filter((unit) => rankingGroupOf(unit) === 'territorial')],
    ['agencies', units.filter((unit) => rankingGroupOf(unit) === 'agencies')],
  ];
  return groups.filter(([, members]) => members.length > 0);
}
