import type { FindingKind } from '../domain/enums.js';
import type { EvidenceReading, EvidenceVerdict, ReadingPeriod } from '../domain/evidence.js';

export interface ReadingRequest extends ReadingPeriod {
  unitId: string;
  indicatorCode: string;
}

/** A finding as the verdict rule reads it: its kind and its snapshot. */
export interface JudgedEvidence {
  kind: FindingKind;
  reading: EvidenceReading;
}

/**
 * What this service asks e-government-metrics, on behalf of the caller: indicator readings (the same
 * numbers as `Unit.indicators`), the catalogue's codes, and the verdicts on findings' snapshots.
 */
export interface Figures {
  /** In the order asked; an unknown indicator code is refused naming `reading.indicatorCode`. */
  readings(requests: ReadingRequest[]): Promise<Omit<EvidenceReading, 'takenAt'>[]>;
  indicatorCodes(): Promise<string[]>;
  /** In the order asked. */
  verdicts(evidence: JudgedEvidence[]): Promise<EvidenceVerdict[]>;
}
