import { groupBy } from '@cchc/kit';
import { classifyLinks, type LinkDraft } from './classify-links.js';
import type { LineageLink } from './types.js';

/** A provincial agency record: its id and code ("89-SNV"), its province's id and its abbreviation ("SNV"). */
export interface AgencyUnit {
  id: string;
  code: string;
  provinceId: string;
  abbr: string;
}

/**
 * Where an old agency's tasks went in the province succeeding its own: `to` takes the whole of it (the first
 * listed that the province has), each of `partlyTo` a part (the first existing alternative; none, no link).
 */
export interface SuccessionRule {
  to: string[];
  partlyTo: string[][];
}

export interface AgencyLineage {
  links: LineageLink[];
  /** Old agencies with no rule or no successor in their new province: the data needs fixing. */
  problems: string[];
}

/**
 * Lineage from the agencies of the old provinces to those of the provinces that succeeded them (the province
 * links), following the transfer of functions: Sở Kế hoạch và Đầu tư went to Sở Tài chính, and so on.
 */
export function buildAgencyLineage(
  former: AgencyUnit[],
  current: AgencyUnit[],
  provinceLinks: { predecessorId: string; successorId: string }[],
  rules: Record<string, SuccessionRule>,
): AgencyLineage {
  const formerOf = groupBy(former, (a) => a.provinceId);
  const currentOf = new Map(
    [...groupBy(current, (a) => a.provinceId)].map(([id, list]) => [
      id,
      new Map(list.map((a) => [a.abbr, a])),
    ]),
  );
  const drafts: LinkDraft[] = [];
  const problems: string[] = [];
  for (const { predecessorId, successorId } of provinceLinks) {
    const successors = currentOf.get(successorId) ?? new Map<string, AgencyUnit>();
    const firstOf = (abbrs: string[]) => abbrs.map((abbr) => successors.get(abbr)).find(Boolean);
    for (const agency of formerOf.get(predecessorId) ?? []) {
      const rule = rules[agency.abbr];
      const whole = rule && firstOf(rule.to);
      if (!rule || !whole) {
        const missing = rule ? `none of ${rule.to.join(', ')} in its new province` : 'no succession rule';
        problems.push(`${agency.code}: ${missing}`);
        continue;
      }
      drafts.push(draft(agency, whole, false));
      for (const alternatives of rule.partlyTo) {
        const part = firstOf(alternatives);
        if (part && part !== whole) drafts.push(draft(agency, part, true));
      }
    }
  }
  return { links: classifyLinks(drafts), problems };
}

const draft = (from: AgencyUnit, to: AgencyUnit, partial: boolean): LinkDraft => ({
  predecessorId: from.id,
  successorId: to.id,
  partial,
  continues: from.abbr === to.abbr,
});
