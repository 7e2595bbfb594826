/** A unit record with its validity and its lineage links in one direction (successors or predecessors). */
export interface LinkedUnit {
  id: string;
  validFrom?: string | null;
  validTo?: string | null;
  links: { unit: LinkedUnit }[];
}

/** In force on a day (`YYYY-MM-DD`; validity bounds are inclusive, null is open). */
export const inForce = (unit: { validFrom?: string | null; validTo?: string | null }, day: string) =>
  (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || day <= unit.validTo);

/**
 * The units in force on a day that a unit became (following successors) or was formed from (following
 * predecessors), through as many reorganisations as the links hold: the unit itself when it is in force then.
 * Hòn Đất's Sóc Sơn (2020) → today's Mỹ Thuận; today's An Giang → Kiên Giang and the former An Giang in 2020.
 */
export function counterpartsOn(unit: LinkedUnit, day: string): string[] {
  if (inForce(unit, day)) return [unit.id];
  const found = new Set<string>();
  const seen = new Set([unit.id]);
  let frontier = unit.links.map((link) => link.unit);
  while (frontier.length) {
    const next: LinkedUnit[] = [];
    for (const candidate of frontier) {
      if (seen.has(candidate.id)) continue;
      seen.add(candidate.id);
      if (inForce(candidate, day)) found.add(candidate.id);
      else next.push(...candidate.links.map((link) => link.unit));
    }
    frontier = next;
  }
  return [...found];
}
