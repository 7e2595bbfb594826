import { saveFile } from '@cchc/web-shared';
import type { SheetData } from 'write-excel-file/browser';

export type Cell = string | number | null;

/** A table as it goes to a file: a title, the filters it was made with, its Vietnamese header and its rows. */
export interface TableExport {
  title: string;
  /** The file's name without extension (ASCII: see fileSlug). */
  fileName: string;
  /** Each filter used, as label and value (unit, period, as-of date, indicator…), written above the table. */
  filters: [string, string][];
  header: string[];
  rows: Cell[][];
}

/** Cells a spreadsheet would run as a formula ("=cmd|…", "+1+2", "@SUM(…)"): written as text instead. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell the way Vietnamese-locale Excel reads it: a decimal comma, text quoted when needed, no formulas. */
function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The lines above the header: the title, then each filter. */
const preamble = (table: TableExport): Cell[][] => [
  [table.title],
  ...table.filters.map(([label, value]): Cell[] => [label, value]),
  [],
];

/**
 * The CSV of a table as the gateway's exports write it for Excel under a Vietnamese locale (`decimal=comma`):
 * UTF-8 with a byte-order mark, `;` between cells, CRLF line ends; the title and filters first.
 */
export function csvOf(table: TableExport): string {
  const lines = [...preamble(table), table.header, ...table.rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The sheet of a table: the title in bold, the filters, then the bold header and the rows (numbers as numbers). */
export function sheetOf(table: TableExport): SheetData {
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  return [
    [bold(table.title)],
    ...table.filters.map(([label, value]) => [bold(label), value]),
    [],
    table.header.map(bold),
    ...table.rows,
  ];
}

/** A name for files from Vietnamese words: `Xếp hạng đơn vị 2020` → `xep-hang-don-vi-2020`. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function saveCsv(table: TableExport): void {
  saveFile(new Blob([csvOf(table)], { type: 'text/csv;charset=utf-8' }), `${table.fileName}.csv`);
}

/** The spreadsheet library loads the first time a user asks for a spreadsheet. */
export async function saveXlsx(table: TableExport): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const widths = table.header.map((header) => ({ width: Math.min(Math.max(header.length + 2, 12), 60) }));
  // A sheet's name: at most 31 characters, none of []:*?/\
  const sheet = table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const blob = await writeXlsxFile(sheetOf(table), { columns: widths, sheet }).toBlob();
  saveFile(blob, `${table.fileName}.xlsx`);
}
