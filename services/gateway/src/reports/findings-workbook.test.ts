import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findingsWorkbook, sheetName } from './findings-workbook.js';
import { planReport, TEXTS } from './test-report.js';

async function read(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(file).buffer);
  return workbook;
}

describe('the findings workbook', () => {
  it('has one sheet per content area, in the catalogue’s order, with the filters above a frozen header', async () => {
    const workbook = await read(await findingsWorkbook(planReport(), '2026-12-03'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '1. Công tác chỉ đạo, điều hành…',
      '2. Cải cách thể chế',
      '3. Cải cách thủ tục hành chính',
      '7. Hiện đại hóa hành chính',
    ]);
    const sheet = workbook.getWorksheet('3. Cải cách thủ tục hành chính')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Kế hoạch kiểm tra:',
      'Kế hoạch kiểm tra công tác cải cách hành chính năm 2020',
    ]);
    expect(sheet.getCell('B2').value).toBe('Cải cách thủ tục hành chính');
    expect(sheet.getCell('B3').value).toBe('03/12/2026');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.getRow(5).getCell(1).value).toBe('STT');
    expect(sheet.getRow(5).getCell(8).value).toBe('Nội dung');
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('writes one row per finding with its evidence and actions', async () => {
    const workbook = await read(await findingsWorkbook(planReport(), '2026-12-03'));
    const sheet = workbook.getWorksheet('3. Cải cách thủ tục hành chính')!;
    expect(sheet.rowCount).toBe(5 + 4);
    const oneStop = [6, 7, 8, 9]
      .map((r) => sheet.getRow(r))
      .find((r) => r.getCell(8).value === TEXTS.oneStop)!;
    expect(oneStop.getCell(2).value).toBe('UBND huyện Hòn Đất');
    expect(oneStop.getCell(3).value).toBe('TTHC.2');
    expect(oneStop.getCell(5).value).toBe('Tồn tại, hạn chế');
    expect(oneStop.getCell(9).value).toBe('Tỷ lệ hồ sơ được cập nhật một cửa');
    expect(oneStop.getCell(10).value).toBe(0.825);
    expect(oneStop.getCell(10).numFmt).toBe('0.0%');
    expect(oneStop.getCell(12).value).toBe('10/2019 – 09/2020');
    expect(oneStop.getCell(13).value).toBe('Cập nhật phần mềm một cửa.');
    expect(oneStop.getCell(14).value).toBe('31/03/2021');
    expect(oneStop.getCell(15).value).toBe('Quá hạn');
    expect(workbook.getWorksheet('7. Hiện đại hóa hành chính')!.rowCount).toBe(5);
  });

  it.each([
    [
      5,
      'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
      '5. Xây dựng và nâng cao chất…',
    ],
    [2, 'Cải cách thể chế', '2. Cải cách thể chế'],
    [9, 'Lĩnh vực: A/B [thử]', '9. Lĩnh vực  A B  thử '],
  ])('names the sheet of area %i within 31 characters', (position, name, expected) => {
    expect(sheetName(position, name)).toBe(expected);
    expect(sheetName(position, name).length).toBeLessThanOrEqual(31);
  });
});
