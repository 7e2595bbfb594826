import { groupBy } from '@cchc/kit';
import { LineageKind } from '../unit-kind.js';
import type { LineageLink } from './types.js';

/** A link whose kind is still to be told from the other links of its two ends. */
export interface LinkDraft {
  predecessorId: string;
  successorId: string;
  partial: boolean;
  /** Alone, the predecessor would go on as before: same name, or kept as it was ("giữ nguyên"). */
  continues: boolean;
  note?: string;
}

/**
 * Tells each link's kind: a part is PART_TRANSFERRED; a whole spread over several successors is SPLIT; one of
 * several predecessors is MERGED; the only one CONTINUED or RENAMED.
 */
export function classifyLinks(drafts: LinkDraft[]): LineageLink[] {
  const wholeIn = groupBy(
    drafts.filter((d) => !d.partial),
    (d) => d.predecessorId,
  );
  const predecessorsOf = groupBy(drafts, (d) => d.successorId);
  const kindOf = (d: LinkDraft): LineageKind => {
    if (d.partial) return LineageKind.PART_TRANSFERRED;
    if ((wholeIn.get(d.predecessorId)?.length ?? 0) > 1) return LineageKind.SPLIT;
    if (predecessorsOf.get(d.successorId)?.length !== 1) return LineageKind.MERGED;
    return d.continues ? LineageKind.CONTINUED : LineageKind.RENAMED;
  };
  return drafts.map((d) => ({
    predecessorId: d.predecessorId,
    successorId: d.successorId,
    kind: kindOf(d),
    partial: d.partial,
    note: d.note,
  }));
}
