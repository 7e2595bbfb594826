import { crc32, deflateRawSync } from 'node:zlib';
import { DomainError, ErrorCode } from '@cchc/kit';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deflatedZeros, MB, zipOf } from './test-zip.js';
import { assertZipWithinBounds } from './zip-bounds.js';

const SHEET = 'xl/worksheets/sheet1.xml';

const refusal = (zip: Buffer) =>
  assertZipWithinBounds('bom.xlsx', zip, 100).then(
    () => null,
    (error: DomainError) => ({ code: error.code, message: error.message }),
  );

describe('bounding what an .xlsx inflates to, before parsing it', () => {
  it('lets a real workbook through', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tháng 5').addRow(['unit_code', 'received_direct']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(assertZipWithinBounds('thang-5.xlsx', content, 100)).resolves.toBeUndefined();
  });

  it('refuses a 200 MB bomb that says so, naming the file, in both languages', async () => {
    const { deflated, crc } = await deflatedZeros(200);
    expect(deflated.length).toBeLessThan(MB);
    const zip = zipOf([{ name: SHEET, deflated, crc, declaredSize: 200 * MB }]);
    const refused = await refusal(zip);
    expect(refused?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refused?.message).toContain('Tệp "bom.xlsx" giải nén ra hơn 50 MB');
    expect(refused?.message).toContain('The file "bom.xlsx" inflates to more than 50 MB');
  });

  it('refuses the same bomb declaring 2 KB: its content is inflated, and found larger', async () => {
    const { deflated, crc } = await deflatedZeros(200);
    const zip = zipOf([{ name: SHEET, deflated, crc, declaredSize: 2048 }]);
    expect(await refusal(zip)).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: expect.stringContaining(`${SHEET}, whose content is not the size it declares`),
    });
  });

  it('refuses a part compressed more than 100× once it is over 1 MB, whatever the total', async () => {
    const { deflated, crc } = await deflatedZeros(5);
    const refused = await refusal(zipOf([{ name: SHEET, deflated, crc, declaredSize: 5 * MB }]));
    expect(refused?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refused?.message).toContain(`has a part, ${SHEET}, compressed more than 100×`);
  });

  it('lets small parts compress well: 500 KB of repeated tags is no bomb', async () => {
    const xml = Buffer.from('<si><t/></si>'.repeat((500 * 1024) / 13));
    const part = {
      name: 'xl/sharedStrings.xml',
      deflated: deflateRawSync(xml),
      crc: crc32(xml),
      declaredSize: xml.length,
    };
    await expect(assertZipWithinBounds('ok.xlsx', zipOf([part]), 100)).resolves.toBeUndefined();
  });

  it('counts the rows of a worksheet exactly, across the chunks it inflates in, and refuses one past the bound', async () => {
    // 5,000 rows (with a namespace prefix, as some generators write them) make about 170 KB: many 16 KB chunks.
    const rows = Array.from({ length: 5_000 }, (_, i) => `<x:row r="${i + 1}"><x:c r="A${i + 1}"/></x:row>`);
    const xml = Buffer.from(`<x:worksheet><x:sheetData>${rows.join('')}</x:sheetData></x:worksheet>`);
    const zip = zipOf([
      { name: SHEET, deflated: deflateRawSync(xml), crc: crc32(xml), declaredSize: xml.length },
    ]);
    await expect(assertZipWithinBounds('5000.xlsx', zip, 5_000)).resolves.toBeUndefined();
    await expect(assertZipWithinBounds('5000.xlsx', zip, 4_999)).rejects.toThrow(
      `The file "5000.xlsx" has more than 4999 rows in ${SHEET}`,
    );
  });
});
