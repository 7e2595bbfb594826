import type { FindingKind } from './enums.js';

/**
 * What a finding's figures say, judged by e-government-metrics (`evidenceVerdicts`, the rule lives there
 * once); the values are the same in both subgraphs.
 */
export enum EvidenceVerdict {
  CONSISTENT = 'CONSISTENT',
  CONTRADICTED = 'CONTRADICTED',
  /** The unit's figures changed since the snapshot was taken. */
  REVISED = 'REVISED',
  /** The finding names no indicator reading. */
  NOT_MEASURED = 'NOT_MEASURED',
}

/** An indicator against its thresholds, as e-government-metrics reports it. */
export enum IndicatorStatus {
  GOOD = 'GOOD',
  WARNING = 'WARNING',
  ALERT = 'ALERT',
  NO_DATA = 'NO_DATA',
}

/** Past the indicator's target: what the alerts of a plan list (WARNING or ALERT). */
export const PAST_THRESHOLD: readonly IndicatorStatus[] = [IndicatorStatus.WARNING, IndicatorStatus.ALERT];

/** A span of whole months: the first day of the first month, the last day of the last. */
export interface ReadingPeriod {
  from: string;
  to: string;
}

/** An indicator over a unit and a period, copied from e-government-metrics when the finding was written. */
export interface EvidenceReading extends ReadingPeriod {
  unitId: string;
  indicatorCode: string;
  numerator: number;
  denominator: number;
  /** null without data. */
  value: number | null;
  status: IndicatorStatus;
  /** When the snapshot was taken (ISO). */
  takenAt: string;
}

/** What the verdict rule reads of a finding. */
export interface FindingEvidence {
  id: string;
  kind: FindingKind;
  evidenceReading: EvidenceReading | null;
}

const firstOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The twelve whole months before a day, e.g. 2020-10-19 → 2019-10-01..2020-09-30: the figures an
 * inspection looks at (the visit's date, or the plan's first day when the target has no visit).
 */
export function twelveMonthsBefore(day: string): ReadingPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1;
  const lastDay = new Date(firstOfMonth(year, month).getTime() - 86_400_000);
  return { from: isoDate(firstOfMonth(year - 1, month)), to: isoDate(lastDay) };
}

/** By default a reading covers the twelve months before the target's visit, or before the plan's first day. */
export const usualReadingPeriod = (visitDate: string | null | undefined, planStart: string) =>
  twelveMonthsBefore(visitDate ?? planStart);

/** The same months, whatever day of them two periods name. */
export const sameMonths = (a: ReadingPeriod, b: ReadingPeriod) =>
  a.from.slice(0, 7) === b.from.slice(0, 7) && a.to.slice(0, 7) === b.to.slice(0, 7);
