import { type UnitDescription, type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { ScopeMember } from '../db/figures.repository.js';
import type { MonthRange } from '../domain/period.js';

/**
 * Which units' figures make up each root unit's roll-up over a range: the root and everything under it
 * (from unit-registry), and — for a root created after the range began (e.g. a province formed on
 * 1 July 2025) — its predecessors' scopes, so that its 2020 figures are those of the units it came from.
 * A partial predecessor makes the roll-up approximate. A province with units under it is marked `aggregate`:
 * its figures are those of its departments, districts and communes, so coverage counts it only if it
 * reported figures of its own. Registry calls are batched per round, not per unit.
 */
export async function buildScope(
  units: UnitRegistryClient,
  rootIds: string[],
  range: MonthRange,
  asOf: string | undefined,
): Promise<ScopeMember[]> {
  const members = new Map<string, ScopeMember>();
  const add = (m: ScopeMember) => {
    const key = `${m.root}|${m.unitId}`;
    const existing = members.get(key);
    if (!existing || (existing.partial && !m.partial)) members.set(key, m);
  };
  let frontier = rootIds.map((root) => ({ root, unitId: root, partial: false }));
  const seen = new Set<string>();
  while (frontier.length > 0) {
    const described = await units.describe([...new Set(frontier.map((f) => f.unitId))]);
    const expand: { root: string; unit: UnitDescription; partial: boolean }[] = [];
    const next: typeof frontier = [];
    for (const item of frontier) {
      const unit = described.get(item.unitId);
      const key = `${item.root}|${item.unitId}`;
      if (!unit || seen.has(key)) continue;
      seen.add(key);
      if (unit.validFrom === null || unit.validFrom <= range.to)
        expand.push({ root: item.root, unit, partial: item.partial });
      if (unit.validFrom !== null && unit.validFrom > range.from) {
        for (const p of unit.predecessors)
          next.push({ root: item.root, unitId: p.unitId, partial: item.partial || p.partial });
      }
    }
    const descendants = await units.descendantsOfEach(
      expand.map((e) => e.unit.id),
      asOf,
    );
    for (const { root, unit, partial } of expand) {
      const under = descendants.get(unit.id) ?? [];
      add({ root, unitId: unit.id, partial, aggregate: unit.level === 'PROVINCE' && under.length > 0 });
      for (const id of under) add({ root, unitId: id, partial, aggregate: false });
    }
    frontier = next;
  }
  return [...members.values()];
}
