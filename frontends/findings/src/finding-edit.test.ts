import { describe, expect, it } from 'vitest';
import { differingParts, fieldsOfFinding, findingUpdateOf } from './finding-edit.js';
import type { FindingContentFragment as FindingContent } from './generated/graphql.js';

const stored: FindingContent = {
  __typename: 'Finding',
  id: 'f1',
  version: 3,
  kind: 'LIMITATION',
  severity: 'MEDIUM',
  text: 'Hồ sơ trễ hẹn chưa xin lỗi',
  area: {
    __typename: 'ContentArea',
    id: 'a1',
    code: 'TTHC',
    nameVi: 'Thủ tục hành chính',
    nameEn: 'Procedures',
  },
  criterion: { __typename: 'Criterion', id: 'c1', code: 'TTHC.2', nameVi: 'Xin lỗi', nameEn: 'Apology' },
  evidenceReading: {
    __typename: 'EvidenceReading',
    indicatorCode: 'APOLOGY_RATE',
    value: 0.3,
    numerator: 3,
    denominator: 10,
    from: '2019-10-01',
    to: '2020-09-30',
    takenAt: '2020-10-20T00:00:00Z',
  },
  evidence: [
    { __typename: 'EvidenceFigure', label: 'Phiếu xin lỗi', value: 3, unit: null },
    { __typename: 'EvidenceFigure', label: 'Hồ sơ trễ hẹn', value: 10, unit: null },
  ],
};

describe('editing a stored finding', () => {
  it('fills the form from it, the reading first among its evidence', () => {
    expect(fieldsOfFinding(stored)).toEqual({
      kind: 'LIMITATION',
      severity: 'MEDIUM',
      criterionCode: 'TTHC.2',
      text: 'Hồ sơ trễ hẹn chưa xin lỗi',
      evidenceKind: 'indicator',
      indicatorCode: 'APOLOGY_RATE',
      observedLabel: 'Phiếu xin lỗi',
      observedValue: 3,
    });
    expect(fieldsOfFinding({ ...stored, evidenceReading: null, evidence: [] }).evidenceKind).toBe('none');
  });

  it('keeps the reading taken when the finding was written while its indicator stays, and both figures', () => {
    const input = findingUpdateOf(stored, { ...fieldsOfFinding(stored), text: ' Đã sửa ' });
    expect(input).toMatchObject({ areaCode: 'TTHC', criterionCode: 'TTHC.2', text: 'Đã sửa' });
    expect(input.reading).toBeUndefined();
    expect(input.evidence).toEqual([]);
    const observed = { ...stored, evidenceReading: null };
    const same = findingUpdateOf(observed, fieldsOfFinding(observed));
    expect(same.evidence).toBeUndefined();
  });

  it('asks for a new reading when the indicator changes, and removes the evidence with "none"', () => {
    const other = findingUpdateOf(stored, { ...fieldsOfFinding(stored), indicatorCode: 'ON_TIME_RATE' });
    expect(other.reading).toEqual({ indicatorCode: 'ON_TIME_RATE' });
    const none = findingUpdateOf(stored, { ...fieldsOfFinding(stored), evidenceKind: 'none' });
    expect([none.reading, none.evidence]).toEqual([null, []]);
    const count = findingUpdateOf(stored, {
      ...fieldsOfFinding(stored),
      evidenceKind: 'observed',
      observedLabel: 'Hồ sơ',
      observedValue: 4,
    });
    expect([count.reading, count.evidence]).toEqual([null, [{ label: 'Hồ sơ', value: 4 }]]);
  });
});

describe('a stale edit set beside the saved version', () => {
  it('names the parts that differ, not spaces around the text', () => {
    const theirs = fieldsOfFinding(stored);
    expect(differingParts(theirs, { ...theirs, text: ` ${theirs.text} ` })).toEqual(new Set());
    expect(
      differingParts(theirs, { ...theirs, text: 'Của tôi', severity: 'HIGH', evidenceKind: 'none' }),
    ).toEqual(new Set(['text', 'severity', 'evidence']));
    expect(differingParts(theirs, { ...theirs, criterionCode: undefined })).toEqual(new Set(['criterion']));
  });
});
