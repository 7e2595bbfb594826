import { describe, expect, it } from 'vitest';
import { parseCsv, readCsv } from './csv.js';
import { UnreadableFile } from './unreadable-file.js';

describe('reading CSV', () => {
  it('splits on commas, or on semicolons when the first line uses them', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a;b\r\n1,5;2')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('keeps separators, doubled quotes and newlines inside quoted fields', () => {
    expect(parseCsv('a,b\n"x, ""y""\nz",2\n3,')).toEqual([
      ['a', 'b'],
      ['x, "y"\nz', '2'],
      ['3', ''],
    ]);
  });

  it('drops a BOM and refuses text that is not UTF-8', () => {
    expect(readCsv(Buffer.from('\uFEFFa;b\n1;2'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(() => readCsv(Buffer.from([0x61, 0xe0, 0x2c, 0x62]))).toThrow(UnreadableFile);
  });

  it('refuses a quoted field that is never closed, naming its row', () => {
    expect(() => parseCsv('a,b\n1,2\n"3,4\n')).toThrow('A quoted field on row 3 is never closed');
  });
});
