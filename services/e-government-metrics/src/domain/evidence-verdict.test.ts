import { describe, expect, it } from 'vitest';
import { type EvidenceVerdict, evidenceVerdict, type FindingKind } from './evidence-verdict.js';
import type { IndicatorStatus } from './indicators.js';

const snapshot = { numerator: 12, denominator: 100 };
const now = (status: IndicatorStatus, numerator = 12, denominator = 100) => ({
  numerator,
  denominator,
  status,
});

describe('the verdict of a finding against the figures', () => {
  it.each<[string, FindingKind, typeof snapshot | null, ReturnType<typeof now> | null, EvidenceVerdict]>([
    ['no reading', 'LIMITATION', null, now('ALERT'), 'NOT_MEASURED'],
    ['no figures any more', 'LIMITATION', snapshot, null, 'NOT_MEASURED'],
    [
      'figures without a denominator',
      'STRENGTH',
      { numerator: 0, denominator: 0 },
      now('NO_DATA', 0, 0),
      'NOT_MEASURED',
    ],
    ['a limitation on an alert', 'LIMITATION', snapshot, now('ALERT'), 'CONSISTENT'],
    ['a limitation on a warning', 'LIMITATION', snapshot, now('WARNING'), 'CONSISTENT'],
    ['a violation on an alert', 'VIOLATION', snapshot, now('ALERT'), 'CONSISTENT'],
    ['a limitation on a good indicator', 'LIMITATION', snapshot, now('GOOD'), 'CONTRADICTED'],
    ['a violation on a good indicator', 'VIOLATION', snapshot, now('GOOD'), 'CONTRADICTED'],
    ['a strength on a good indicator', 'STRENGTH', snapshot, now('GOOD'), 'CONSISTENT'],
    ['a strength on a warning', 'STRENGTH', snapshot, now('WARNING'), 'CONTRADICTED'],
    ['a strength on an alert', 'STRENGTH', snapshot, now('ALERT'), 'CONTRADICTED'],
    ['a revised numerator', 'LIMITATION', snapshot, now('ALERT', 13), 'REVISED'],
    ['a revised denominator, even if still backed', 'STRENGTH', snapshot, now('GOOD', 12, 101), 'REVISED'],
  ])('%s', (_, kind, taken, current, verdict) => {
    expect(evidenceVerdict(kind, taken, current)).toBe(verdict);
  });
});
