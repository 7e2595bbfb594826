import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './csv.js';

describe('CSV for Excel', () => {
  it('defuses cells a spreadsheet would run as formulas, but keeps numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+84 123')).toBe("'+84 123");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3 hồ sơ')).toBe("'-3 hồ sơ");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.975)).toBe('0.975');
  });

  it('quotes separators, quotes and line breaks, and leaves empty what is null', () => {
    expect(csvCell('Lao động - Thương binh, Xã hội')).toBe('"Lao động - Thương binh, Xã hội"');
    expect(csvCell('a "b"\nc')).toBe('"a ""b""\nc"');
    expect(csvCell(null)).toBe('');
  });

  it('starts with the UTF-8 byte-order mark Excel needs and ends lines with CRLF', () => {
    const document = csvDocument(['unit', 'value'], [['Hòn Đất', 1]]);
    expect(document.startsWith('\uFEFFunit,value\r\n')).toBe(true);
    expect(document).toBe('\uFEFFunit,value\r\nHòn Đất,1\r\n');
  });
});

describe('CSV for Vietnamese-locale Excel', () => {
  it('writes a decimal comma and separates cells with semicolons, quoting text that holds either', () => {
    const document = csvDocument(
      ['unit', 'value', 'count'],
      [
        ['Lao động, Thương binh; Xã hội', 0.975, 12],
        ['Hòn Đất', -0.5, null],
      ],
      'comma',
    );
    expect(document).toBe(
      '\uFEFFunit;value;count\r\n"Lao động, Thương binh; Xã hội";0,975;12\r\nHòn Đất;-0,5;\r\n',
    );
  });
});
