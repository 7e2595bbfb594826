import { describe, expect, it } from 'vitest';
import { csvOf, fileSlug, sheetOf, type TableExport } from './export.js';

const table: TableExport = {
  title: 'Xếp hạng đơn vị trực thuộc — Tỉnh Kiên Giang',
  fileName: 'xep-hang',
  filters: [
    ['Đơn vị', 'Tỉnh Kiên Giang'],
    ['Kỳ báo cáo', '2020'],
  ],
  header: ['Hạng', 'Đơn vị', 'Giá trị (%)'],
  rows: [
    [1, 'Rạch Giá', 98.4],
    [null, '=HYPERLINK("x")', null],
    [2, 'Hà Tiên; "cũ"', 97.9],
  ],
};

describe('a table in a CSV file', () => {
  const csv = csvOf(table);
  const lines = csv.slice(1).split('\r\n');

  it('starts with the byte-order mark Excel needs to read UTF-8, and ends its lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes the title and the filters above the Vietnamese header', () => {
    expect(lines.slice(0, 5)).toEqual([
      'Xếp hạng đơn vị trực thuộc — Tỉnh Kiên Giang',
      'Đơn vị;Tỉnh Kiên Giang',
      'Kỳ báo cáo;2020',
      '',
      'Hạng;Đơn vị;Giá trị (%)',
    ]);
  });

  it('separates cells with ";" and decimals with ",", quotes what needs it and defuses formulas', () => {
    expect(lines.slice(5, 8)).toEqual([
      '1;Rạch Giá;98,4',
      `;"'=HYPERLINK(""x"")";`,
      '2;"Hà Tiên; ""cũ""";97,9',
    ]);
  });
});

describe('a table in a spreadsheet', () => {
  it('has the title and filters first, then the bold header and the rows with numbers as numbers', () => {
    const sheet = sheetOf(table);
    expect(sheet[0]).toEqual([{ value: table.title, fontWeight: 'bold' }]);
    expect(sheet[1]).toEqual([{ value: 'Đơn vị', fontWeight: 'bold' }, 'Tỉnh Kiên Giang']);
    expect(sheet[3]).toEqual([]);
    expect(sheet[4]).toEqual(table.header.map((value) => ({ value, fontWeight: 'bold' })));
    expect(sheet[5]).toEqual([1, 'Rạch Giá', 98.4]);
    expect(sheet).toHaveLength(8);
  });
});

describe('a file name from Vietnamese words', () => {
  it('drops tone marks and đ, keeps letters and digits', () => {
    expect(fileSlug('Xếp hạng Hòn Đất ON_TIME_RATE 2020')).toBe('xep-hang-hon-dat-on-time-rate-2020');
    expect(fileSlug('  Điểm 766 / Kiên Giang ')).toBe('diem-766-kien-giang');
  });
});
