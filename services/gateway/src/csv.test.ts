import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { csvStream, type DecimalMark } from './csv.js';

/** The bytes as written, decoded without dropping the BOM (a TextDecoder would). */
const csvOf = async (records: unknown[][], decimal?: DecimalMark) =>
  (await buffer(Readable.from(records).pipe(csvStream(decimal)))).toString('utf8');
/** One cell as it is written on its own line, without the BOM and the CRLF. */
const cell = async (value: unknown) => (await csvOf([[value]])).slice(1, -2);

describe('CSV for Excel', () => {
  it('defuses cells a spreadsheet would run as formulas, but keeps numbers', async () => {
    expect(await cell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(await cell('+84 123')).toBe("'+84 123");
    expect(await cell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(await cell('-3 hồ sơ')).toBe("'-3 hồ sơ");
    expect(await cell('\tcmd')).toBe("'\tcmd");
    expect(await cell(-3)).toBe('-3');
    expect(await cell(0.975)).toBe('0.975');
  });

  it('quotes separators, quotes and line breaks, and leaves empty what is null', async () => {
    expect(await cell('Lao động - Thương binh, Xã hội')).toBe('"Lao động - Thương binh, Xã hội"');
    expect(await cell('Lao động; Xã hội')).toBe('"Lao động; Xã hội"');
    expect(await cell('a "b"\nc')).toBe('"a ""b""\nc"');
    expect(await cell(null)).toBe('');
    expect(await cell(undefined)).toBe('');
    expect(await cell(false)).toBe('false');
  });

  it('starts with the UTF-8 byte-order mark Excel needs and ends lines with CRLF', async () => {
    const document = await csvOf([
      ['unit', 'value'],
      ['Hòn Đất', 1],
    ]);
    expect(document).toBe('\uFEFFunit,value\r\nHòn Đất,1\r\n');
  });
});

describe('CSV for Vietnamese-locale Excel', () => {
  it('writes a decimal comma and separates cells with semicolons, quoting text that holds either', async () => {
    const document = await csvOf(
      [
        ['unit', 'value', 'count'],
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
