import ExcelJS from 'exceljs';
import { oneAtATime } from './one-at-a-time.js';
import { UnreadableFile } from './unreadable-file.js';
import { assertZipWithinBounds } from './zip-bounds.js';

/**
 * One workbook parsed at a time in this process: exceljs builds every cell, about 300 MB for a sheet at the bounds
 * (20,000 rows × 32 columns), and the service's heap is capped below two of them. Its streaming reader would need
 * less, but reads a formula's TRUE as 1 and spills sheets to temporary files.
 */
const parsingQueue = oneAtATime();

/**
 * The first worksheet as text cells: row r of the sheet is element r - 1 (missing rows and cells are empty), numbers
 * as written by String(), dates as YYYY-MM-DD, formulas by their cached result. A workbook that would inflate too
 * far, or has a sheet of more than `maxRows` rows (blank ones with formatting included), is refused unparsed.
 */
export async function readXlsx(fileName: string, content: Buffer, maxRows: number): Promise<string[][]> {
  await assertZipWithinBounds(fileName, content, maxRows);
  return parsingQueue(() => firstSheetOf(content));
}

async function firstSheetOf(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (JSZip reads either); a copy satisfies them without a cast.
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch {
    throw new UnreadableFile('The file is not a readable .xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('The workbook has no worksheet');
  const rows: string[][] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (text) => text ?? '');
  });
  return Array.from(rows, (cells) => cells ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // exceljs turns date serials into UTC midnights, so the ISO date is the calendar date shown in Excel.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('hyperlink' in value) return cellText(value.text);
  return value.error;
}
