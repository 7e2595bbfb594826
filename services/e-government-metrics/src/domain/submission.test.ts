import { describe, expect, it } from 'vitest';
import { INDICATOR_BY_CODE, indicatorFromSums, sumTerms } from './indicators.js';
import { nextStatus, SubmissionStatus } from './submission.js';
import { suggestFinding } from './suggestions.js';
import { figures } from './test-figures.js';

describe('submissions', () => {
  it('go DRAFT → SUBMITTED → APPROVED → LOCKED, and may be returned to DRAFT before locking', () => {
    expect(nextStatus(SubmissionStatus.DRAFT, 'SUBMIT')).toBe('SUBMITTED');
    expect(nextStatus(SubmissionStatus.SUBMITTED, 'APPROVE')).toBe('APPROVED');
    expect(nextStatus(SubmissionStatus.APPROVED, 'LOCK')).toBe('LOCKED');
    expect(nextStatus(SubmissionStatus.APPROVED, 'RETURN')).toBe('DRAFT');
    expect(() => nextStatus(SubmissionStatus.SUBMITTED, 'SAVE')).toThrow(/must be DRAFT/);
    expect(() => nextStatus(SubmissionStatus.DRAFT, 'APPROVE')).toThrow(/must be SUBMITTED/);
  });

  it('refuse every change to a locked month', () => {
    for (const step of ['SAVE', 'SUBMIT', 'APPROVE', 'RETURN', 'LOCK'] as const) {
      expect(() => nextStatus(SubmissionStatus.LOCKED, step)).toThrow(/locked/);
    }
  });
});

describe('suggested findings', () => {
  it('word an indicator past its warning threshold as a finding, with the counts', () => {
    const apology = INDICATOR_BY_CODE.get('APOLOGY_RATE')!;
    const suggestion = suggestFinding(
      apology,
      indicatorFromSums(apology, sumTerms([figures({ resolvedLate: 12 })])),
    );
    expect(suggestion).toMatchObject({
      areaCode: 'TTHC',
      severity: 'HIGH',
      text: 'Tỷ lệ hồ sơ trễ hạn có phiếu xin lỗi: 0% (12 hồ sơ trễ hạn)',
    });
  });

  it('suggest nothing for an indicator that is fine or has no data', () => {
    const onTime = INDICATOR_BY_CODE.get('ON_TIME_RATE')!;
    expect(
      suggestFinding(
        onTime,
        indicatorFromSums(onTime, sumTerms([figures({ resolved: 10, resolvedOnTime: 10 })])),
      ),
    ).toBeNull();
    expect(suggestFinding(onTime, indicatorFromSums(onTime, sumTerms([figures({})])))).toBeNull();
  });
});
