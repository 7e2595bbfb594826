import { badInput, isIsoDate, isUuid } from '@cchc/kit';
import type { EvidenceReading, Finding } from './evidence.types.js';

const isDate = (value: unknown) => typeof value === 'string' && isIsoDate(value);
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

/** What inspection stores of a reading (the gateway leaves out a null value); anything else was not sent by it. */
const isReading = (reading: EvidenceReading) =>
  isUuid(reading.unitId) &&
  typeof reading.indicatorCode === 'string' &&
  isDate(reading.from) &&
  isDate(reading.to) &&
  isNumber(reading.numerator) &&
  isNumber(reading.denominator) &&
  (reading.value === null || reading.value === undefined || isNumber(reading.value));

/**
 * Federation: the gateway sends inspection's finding with its kind and evidence reading (@requires), so the
 * reference is the finding. Sent to this subgraph directly, the reading may be anything: one that is not a reading
 * is refused here rather than failing in the database.
 */
export const findingReference = {
  __resolveReference: (finding: Finding) => {
    if (finding.evidenceReading && !isReading(finding.evidenceReading)) {
      throw badInput(
        'representations',
        'evidenceReading must be a reading: unitId (UUID), indicatorCode, from, to…',
      );
    }
    return finding;
  },
};
