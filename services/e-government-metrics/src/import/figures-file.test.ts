import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MEASURE_KEYS, MEASURES, type MonthlyValues } from '../domain/measures.js';
import { figures } from '../domain/test-figures.js';
import { type CellError, MAX_DATA_ROWS, parseFiguresFile } from './figures-file.js';

const period = '2021-05-01';
const today = '2021-06-15';
const HEADER = ['unit_code', ...MEASURE_KEYS.map((key) => MEASURES[key].column), 'website_last_update'];

/** A row's cells by column name: every measure 0 unless given. */
function cellsOf(unitCode: string, values: Partial<MonthlyValues> = {}): Record<string, string> {
  const all = figures(values);
  return {
    unit_code: unitCode,
    ...Object.fromEntries(MEASURE_KEYS.map((key) => [MEASURES[key].column, String(all[key])])),
    website_last_update: all.websiteLastUpdate ?? '',
  };
}

const quote = (cell: string) => (/[",;\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A CSV of the rows under `header` (matched to the rows' column names case-insensitively). */
function csv(
  rows: Record<string, string>[],
  { header = HEADER, separator = ',', newline = '\n', bom = '' } = {},
) {
  const lines = [header, ...rows.map((row) => header.map((column) => row[column.toLowerCase()] ?? ''))];
  return Buffer.from(bom + lines.map((cells) => cells.map(quote).join(separator)).join(newline));
}

const parse = (fileName: string, content: Buffer, month = period) =>
  parseFiguresFile(fileName, content, month, today);
const places = (errors: CellError[]) => errors.map((e) => [e.row, e.column]);

const good = { receivedDirect: 10, resolved: 9, resolvedOnTime: 8, resolvedLate: 1, lateWithApology: 1 };

describe('parsing a file of figures', () => {
  it('reads a comma-separated CSV', async () => {
    const content = csv([
      cellsOf('30817', { ...good, websiteLastUpdate: '2021-05-20' }),
      cellsOf('91-SNV', { receivedOnline: 1234 }),
    ]);
    expect(await parse('may.csv', content)).toEqual({
      errors: [],
      rows: [
        { row: 2, unitCode: '30817', values: figures({ ...good, websiteLastUpdate: '2021-05-20' }) },
        { row: 3, unitCode: '91-SNV', values: figures({ receivedOnline: 1234 }) },
      ],
    });
  });

  it('reads a semicolon CSV with a BOM, headers in any order and case, and quoted fields', async () => {
    const header = [...HEADER].reverse().map((column, i) => (i % 2 ? column.toUpperCase() : column));
    const rows = [
      { ...cellsOf('Sở "Nội vụ";\nKiên Giang', good), website_last_update: '20/5/2021' },
      cellsOf('30817'),
    ];
    const content = csv(rows, { header, separator: ';', newline: '\r\n', bom: '\uFEFF' });
    expect(await parse('thang-5.CSV', content)).toEqual({
      errors: [],
      rows: [
        {
          row: 2,
          unitCode: 'Sở "Nội vụ";\nKiên Giang',
          values: figures({ ...good, websiteLastUpdate: '2021-05-20' }),
        },
        { row: 3, unitCode: '30817', values: figures({}) },
      ],
    });
  });

  it('reads the first worksheet of an XLSX: numbers, dates, formulas, skipping empty rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tháng 5');
    workbook.addWorksheet('Ghi chú').addRow(['not read']);
    // Numeric cells for the measures, an empty cell for website_last_update.
    const values = (unitCode: string | number, row: Record<string, string>) =>
      HEADER.map((column) => (column === 'unit_code' ? unitCode : row[column] ? Number(row[column]) : null));
    sheet.addRow(HEADER);
    const first = sheet.addRow(values(30817, cellsOf('', { ...good, receivedOfOnlineProcedures: 20 })));
    first.getCell(HEADER.length).value = new Date(Date.UTC(2021, 4, 20));
    first.getCell(HEADER.indexOf('received_online') + 1).value = { formula: 'B2*2', result: 20 };
    sheet.getRow(4).values = values('91-SNV', cellsOf('', { websitePosts: 7 }));
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    expect(await parse('may.xlsx', content)).toEqual({
      errors: [],
      rows: [
        {
          row: 2,
          unitCode: '30817',
          values: figures({
            ...good,
            receivedOnline: 20,
            receivedOfOnlineProcedures: 20,
            websiteLastUpdate: '2021-05-20',
          }),
        },
        { row: 4, unitCode: '91-SNV', values: figures({ websitePosts: 7 }) },
      ],
    });
  });

  it('reports every broken cell by row and column, keeping the good rows', async () => {
    const header = [...HEADER, 'ghi_chu'];
    const content = csv(
      [
        { ...cellsOf('30817'), received_direct: '-3' },
        { ...cellsOf('30818'), pending: 'abc' },
        cellsOf('30819', { resolved: 5, resolvedLate: 2, resolvedOnTime: 3, lateWithApology: 3 }),
        cellsOf('30817'),
        { ...cellsOf('30820'), survey_responses: '', website_last_update: '31/02/2021' },
        cellsOf('30821', { websiteLastUpdate: '2021-06-02' }),
        { ...cellsOf('30822'), received_online: '1.234', ghi_chu: 'ok' },
        { ...cellsOf('30823'), ghi_chu: 'đủ' },
      ],
      { header },
    );
    const parsed = await parse('broken.csv', content);
    expect(places(parsed.errors)).toEqual([
      [1, 'ghi_chu'],
      [2, 'received_direct'],
      [3, 'pending'],
      [4, 'late_with_apology'],
      [5, 'unit_code'],
      [6, 'survey_responses'],
      [6, 'website_last_update'],
      [7, 'website_last_update'],
      [8, 'received_online'],
    ]);
    expect(parsed.errors[4]?.message).toBe('Unit 30817 is already on row 2');
    expect(parsed.rows.map((r) => [r.row, r.unitCode])).toEqual([[9, '30823']]);
  });

  it('reports a missing (mistyped) column once, and still checks the cells of the others', async () => {
    const header = HEADER.map((column) => (column === 'pending' ? 'pendng' : column));
    const content = csv([cellsOf('30817'), { ...cellsOf('30818'), received_online: 'x' }], { header });
    const parsed = await parse('typo.csv', content);
    expect(places(parsed.errors)).toEqual([
      [1, 'pendng'],
      [1, 'pending'],
      [3, 'received_online'],
    ]);
    expect(parsed.rows).toEqual([]);
  });

  it('reports a value in a column without a header', async () => {
    const content = Buffer.concat([csv([cellsOf('30817')]), Buffer.from(',7')]);
    expect(places((await parse('stray.csv', content)).errors)).toEqual([[2, '']]);
  });

  it('reports a future month once for the whole file', async () => {
    const parsed = await parse('july.csv', csv([cellsOf('30817'), cellsOf('30818')]), '2021-07-01');
    expect(parsed.errors).toEqual([{ row: 0, column: '', message: '2021-07 has not started yet' }]);
  });

  it('refuses other file types, broken workbooks, oversized files and too many rows', async () => {
    const fileErrorOf = async (fileName: string, content: Buffer) => {
      const { rows, errors } = await parse(fileName, content);
      expect(rows).toEqual([]);
      expect(places(errors)).toEqual([[0, '']]);
      return errors[0]?.message;
    };
    expect(await fileErrorOf('may.xls', Buffer.from('x'))).toMatch('.csv or .xlsx');
    expect(await fileErrorOf('may.xlsx', Buffer.from('not a zip'))).toMatch('not a readable .xlsx');
    expect(await fileErrorOf('big.csv', Buffer.alloc(10 * 1024 * 1024 + 1))).toMatch('larger than 10 MB');
    const tooMany = Array.from({ length: MAX_DATA_ROWS + 1 }, (_, i) => cellsOf(String(i)));
    expect(await fileErrorOf('many.csv', csv(tooMany))).toMatch('at most 20000');
    expect(await fileErrorOf('empty.csv', Buffer.from(''))).toMatch('header row is empty');
  });

  it('reports progress every 500 rows and at the end', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => cellsOf(String(i)));
    const calls: [number, number][] = [];
    await parseFiguresFile('many.csv', csv(rows), period, today, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
  });
});
