import { describe, expect, it } from 'vitest';
import { Classification } from './classification.js';
import { FindingKind } from './enums.js';
import { INSPECTED_UNIT_HEAD, noticeContent, OTHER_UNIT_HEAD } from './notice.js';

describe('noticeContent', () => {
  const findings = [
    { id: 'f1', kind: FindingKind.STRENGTH, text: 'Đúng hẹn cao' },
    { id: 'f2', kind: FindingKind.LIMITATION, text: 'Chưa xin lỗi' },
    { id: 'f3', kind: FindingKind.VIOLATION, text: 'Thiếu thành phần hồ sơ' },
  ];
  const actions = [
    {
      findingId: 'f3',
      requiredAction: 'Bổ sung hồ sơ',
      deadline: '2021-03-01',
      responsibleUnitId: 'commune',
    },
    {
      findingId: 'f2',
      requiredAction: 'Gửi phiếu xin lỗi',
      deadline: '2021-01-15',
      responsibleUnitId: 'unit',
    },
    { findingId: 'other', requiredAction: 'Không thuộc', deadline: '2020-12-01', responsibleUnitId: 'unit' },
  ];
  const content = noticeContent('unit', findings, actions, {
    classification: Classification.FAIR,
    total: 75,
    maxTotal: 100,
  });

  it('lists strengths apart from limitations and violations', () => {
    expect(content.strengths).toEqual(['Đúng hẹn cao']);
    expect(content.limitations).toEqual(['Chưa xin lỗi', 'Thiếu thành phần hồ sơ']);
    expect(content).toMatchObject({ classification: Classification.FAIR, total: 75, maxTotal: 100 });
  });

  it("keeps the unit's own findings' actions, earliest deadline first, naming who answers for each", () => {
    expect(content.actions.map((a) => [a.requiredAction, a.responsibleRole])).toEqual([
      ['Gửi phiếu xin lỗi', INSPECTED_UNIT_HEAD],
      ['Bổ sung hồ sơ', OTHER_UNIT_HEAD],
    ]);
  });
});
