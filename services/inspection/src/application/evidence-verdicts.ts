import { EvidenceVerdict, type FindingEvidence } from '../domain/evidence.js';
import type { Figures } from './figures.js';

/**
 * The ids of the findings whose verdict is one of those asked: the verdicts of all measured candidates
 * come from e-government-metrics in one request (the rule lives there, and may find a reading without
 * figures NOT_MEASURED too); a finding without a reading is NOT_MEASURED without asking.
 */
export async function findingIdsWithVerdicts(
  candidates: FindingEvidence[],
  verdicts: EvidenceVerdict[],
  figures: Figures,
): Promise<string[]> {
  const wanted = new Set(verdicts);
  const unmeasured = candidates.filter((c) => !c.evidenceReading);
  const measured = candidates.filter((c) => c.evidenceReading);
  const judged = await figures.verdicts(measured.map((c) => ({ kind: c.kind, reading: c.evidenceReading! })));
  return [
    ...(wanted.has(EvidenceVerdict.NOT_MEASURED) ? unmeasured.map((c) => c.id) : []),
    ...measured.filter((_, i) => judged[i] && wanted.has(judged[i])).map((c) => c.id),
  ];
}
