import type { IndicatorStatus } from './indicators.js';

export type FindingKind = 'STRENGTH' | 'LIMITATION' | 'VIOLATION';
export type EvidenceVerdict = 'CONSISTENT' | 'CONTRADICTED' | 'REVISED' | 'NOT_MEASURED';

/** The figures a finding was written on (its snapshot), or the unit's figures now. */
export interface Figures {
  numerator: number;
  denominator: number;
}

/**
 * What the unit's figures say of a finding, judged once here for every caller:
 * - no reading (or no figures for its period) → NOT_MEASURED;
 * - the figures changed since the snapshot → REVISED (the finding needs a second look);
 * - a limitation or violation on an indicator past its target (WARNING or ALERT), or a strength on a GOOD
 *   indicator → CONSISTENT;
 * - otherwise CONTRADICTED.
 */
export function evidenceVerdict(
  kind: FindingKind,
  snapshot: Figures | null,
  current: (Figures & { status: IndicatorStatus }) | null,
): EvidenceVerdict {
  if (!snapshot || !current || current.status === 'NO_DATA') return 'NOT_MEASURED';
  if (snapshot.numerator !== current.numerator || snapshot.denominator !== current.denominator)
    return 'REVISED';
  const pastTarget = current.status === 'WARNING' || current.status === 'ALERT';
  const backed = kind === 'STRENGTH' ? current.status === 'GOOD' : pastTarget;
  return backed ? 'CONSISTENT' : 'CONTRADICTED';
}
