/** A finding's kind and its evidence verdict, as the API names them; their words are `common:findingKinds` and `common:evidenceVerdicts`. */
export type FindingKindName = 'STRENGTH' | 'LIMITATION' | 'VIOLATION';
export type EvidenceVerdictName = 'CONSISTENT' | 'CONTRADICTED' | 'REVISED' | 'NOT_MEASURED';

/** In the order every list, filter and chart shows them. */
export const FINDING_KINDS: FindingKindName[] = ['STRENGTH', 'LIMITATION', 'VIOLATION'];
export const EVIDENCE_VERDICTS: EvidenceVerdictName[] = [
  'CONSISTENT',
  'CONTRADICTED',
  'REVISED',
  'NOT_MEASURED',
];

/** Solid colours under white text, dark enough for AA contrast: the findings' tags and the reporting charts alike. */
export const FINDING_KIND_COLORS: Record<FindingKindName, string> = {
  STRENGTH: '#237804',
  LIMITATION: '#873800',
  VIOLATION: '#a8071a',
};
