/** Cells a spreadsheet would run as a formula ("=cmd|…", "+1+2", "@SUM(…)"): written as text instead. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How numbers and cells are separated: `point` is the default (`,` between cells); `comma` writes 0,975 with `;`
 * between cells, as Excel reads CSV under a Vietnamese (or most European) locale.
 */
export type DecimalMark = 'point' | 'comma';

/** One CSV cell: numbers as they are, text quoted when needed and defused against formula injection. */
export function csvCell(value: unknown, decimal: DecimalMark = 'point'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return decimal === 'comma' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document Excel opens as UTF-8 (it needs the byte-order mark), with CRLF line ends. */
export function csvDocument(header: string[], rows: unknown[][], decimal: DecimalMark = 'point'): string {
  const separator = decimal === 'comma' ? ';' : ',';
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, decimal)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
