import { addMessages, i18n } from '@cchc/web-shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ChangeNames, changeLinesOf } from './audit-changes.js';
import { findingsMessages } from './messages.js';

addMessages('findings', findingsMessages);

const names: ChangeNames = {
  areaName: (id) => ({ a1: 'Cải cách thủ tục hành chính' })[id],
  criterionName: (id) => ({ c1: 'TTHC.2 Xin lỗi người dân' })[id],
  indicator: (code) => ({ ON_TIME_RATE: { name: 'Tỷ lệ hồ sơ đúng hạn', valueUnit: 'RATIO' } })[code],
};

describe('an audit entry of a finding, read', () => {
  beforeAll(() => i18n.changeLanguage('vi'));

  it('says each field the user knows in words, and leaves out versions and times', () => {
    const lines = changeLinesOf(
      {
        version: [1, 2],
        updatedAt: ['2026-11-29T23:37:36Z', '2026-11-29T23:37:39Z'],
        kind: ['LIMITATION', 'VIOLATION'],
        text: ['Cũ', 'Mới'],
        criterionId: ['c1', null],
        evidence: [[], [{ label: 'Hồ sơ', value: 1234.5 }]],
        evidenceReading: [
          null,
          { indicatorCode: 'ON_TIME_RATE', value: 0.9825, from: '2019-10-01', to: '2020-09-30' },
        ],
      },
      names,
    );
    expect(lines).toEqual([
      { field: 'Loại', before: 'Tồn tại, hạn chế', after: 'Vi phạm' },
      { field: 'Nội dung', before: 'Cũ', after: 'Mới' },
      { field: 'Tiêu chí', before: 'TTHC.2 Xin lỗi người dân', after: '(không có)' },
      { field: 'Số liệu quan sát', before: '(không có)', after: 'Hồ sơ: 1.234,5' },
      {
        field: 'Chỉ số làm căn cứ',
        before: '(không có)',
        after: 'Tỷ lệ hồ sơ đúng hạn 10/2019 – 09/2020: 98,3%',
      },
    ]);
  });

  it('names the area and the finding’s state, and has no line for what it does not know', () => {
    expect(
      changeLinesOf({ areaId: [null, 'a1'], status: ['OPEN', 'RESOLVED'], searchText: ['a', 'b'] }, names),
    ).toEqual([
      { field: 'Lĩnh vực', before: '(không có)', after: 'Cải cách thủ tục hành chính' },
      { field: 'Tình trạng', before: 'Đang khắc phục', after: 'Đã khắc phục' },
    ]);
  });
});
