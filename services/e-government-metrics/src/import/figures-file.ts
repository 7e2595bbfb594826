import { extname } from 'node:path';
import { checkFigures } from '../domain/figure-rules.js';
import { MEASURE_KEYS, MEASURES, type MeasureKey, type MonthlyValues } from '../domain/measures.js';
import { readCsv } from './csv.js';
import { UnreadableFile } from './unreadable-file.js';
import { readXlsx } from './xlsx.js';

export interface ParsedRow {
  /** 1-based row in the sheet, the header being 1 (for a CSV, the record number as Excel shows it). */
  row: number;
  unitCode: string;
  values: MonthlyValues;
}

export interface CellError {
  /** 1-based row in the sheet, the header being 1; 0 for the whole file. */
  row: number;
  /** The header name, or '' for the whole row or file. */
  column: string;
  message: string;
}

export interface ParsedFile {
  /** The rows whose own cells and figures passed every check (file-level errors are in `errors`). */
  rows: ParsedRow[];
  errors: CellError[];
}

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DATA_ROWS = 20_000;
/**
 * The rows of a worksheet an .xlsx may have, counted before it is parsed: the data rows and the header, with
 * room for the blank rows Excel keeps when they carry formatting (the data rows are counted again once read).
 */
export const MAX_SHEET_ROWS = 2 * (MAX_DATA_ROWS + 1);
const PROGRESS_EVERY = 500;

export const UNIT_CODE = 'unit_code';
export const WEBSITE_LAST_UPDATE = 'website_last_update';
const MEASURE_BY_COLUMN = new Map(MEASURE_KEYS.map((key) => [MEASURES[key].column as string, key]));
const REQUIRED_COLUMNS = [UNIT_CODE, ...MEASURE_BY_COLUMN.keys()];
const KNOWN_COLUMNS = new Set([...REQUIRED_COLUMNS, WEBSITE_LAST_UPDATE]);

/** Where each known column sits; `names` are the normalised headers, '' where a header is blank. */
interface Layout {
  names: string[];
  index: Map<string, number>;
  complete: boolean;
}

interface Line {
  row: number;
  cells: string[];
}

type Parsed<T> = { value: T } | { error: string };

/**
 * Reads one month of figures for many units from a .csv or .xlsx upload and checks every cell and row,
 * collecting all the errors so an official can fix the whole file in one go.
 */
export async function parseFiguresFile(
  fileName: string,
  content: Buffer,
  period: string,
  today: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ParsedFile> {
  const errors = periodErrors(period, today);
  let table: string[][];
  try {
    table = await readTable(fileName, content);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { rows: [], errors: [...errors, fileError(error.message)] };
  }
  const [header, ...rest] = table;
  if (!header || isBlank(header))
    return { rows: [], errors: [...errors, fileError('The header row is empty')] };
  const layout = readHeader(header, errors);
  const lines = rest.map((cells, i) => ({ row: i + 2, cells })).filter((line) => !isBlank(line.cells));
  if (lines.length > MAX_DATA_ROWS)
    return {
      rows: [],
      errors: [...errors, fileError(`${lines.length} rows; at most ${MAX_DATA_ROWS} per file`)],
    };
  if (lines.length === 0) errors.push(fileError('The file has no rows of figures'));

  const rows: ParsedRow[] = [];
  const firstRowOfUnit = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const rowErrors: CellError[] = [];
    const parsed = readRow(line, layout, period, today, rowErrors);
    checkDuplicate(line.row, parsed.unitCode, firstRowOfUnit, rowErrors);
    if (rowErrors.length === 0 && parsed.values)
      rows.push({ row: line.row, unitCode: parsed.unitCode, values: parsed.values });
    errors.push(...rowErrors);
    if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < lines.length) onProgress?.(i + 1, lines.length);
  }
  onProgress?.(lines.length, lines.length);
  return { rows, errors };
}

async function readTable(fileName: string, content: Buffer): Promise<string[][]> {
  if (content.length > MAX_FILE_BYTES)
    throw new UnreadableFile(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const extension = extname(fileName).toLowerCase();
  if (extension === '.csv') return readCsv(content);
  if (extension === '.xlsx') return readXlsx(fileName, content, MAX_SHEET_ROWS);
  throw new UnreadableFile(`Cannot read "${fileName}": upload a .csv or .xlsx file`);
}

/** A wrong period concerns the whole file, so it is reported once rather than on every row. */
function periodErrors(period: string, today: string): CellError[] {
  const zeros = Object.fromEntries(MEASURE_KEYS.map((key) => [key, 0])) as Record<MeasureKey, number>;
  return checkFigures(period, { ...zeros, websiteLastUpdate: null }, today)
    .filter((e) => e.field === 'period')
    .map((e) => fileError(e.message));
}

/** Headers are matched case-insensitively; unknown ones are errors, since their data would be lost. */
function readHeader(header: string[], errors: CellError[]): Layout {
  const names = header.map((cell) => cell.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    const written = header[i]!.trim();
    if (name === '') return;
    if (!KNOWN_COLUMNS.has(name))
      errors.push({ row: 1, column: written, message: `Unknown column "${written}"` });
    else if (index.has(name)) errors.push({ row: 1, column: name, message: `Column ${name} appears twice` });
    else index.set(name, i);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  for (const column of missing) errors.push({ row: 1, column, message: `Missing column ${column}` });
  return { names, index, complete: missing.length === 0 };
}

/**
 * Checks one row's cells, then (when every cell is well-formed and no column is missing) the rules
 * between figures, pushing this row's errors into `errors`. Values are returned only when the cells are well-formed.
 */
function readRow(
  { row, cells }: Line,
  layout: Layout,
  period: string,
  today: string,
  errors: CellError[],
): { unitCode: string; values?: MonthlyValues } {
  const cell = (column: string) => {
    const i = layout.index.get(column);
    return i === undefined ? undefined : (cells[i] ?? '').trim();
  };
  const take = <T>(column: string, parsed: Parsed<T>): T | undefined => {
    if ('value' in parsed) return parsed.value;
    errors.push({ row, column, message: parsed.error });
    return undefined;
  };

  const unitCode = cell(UNIT_CODE) ?? '';
  if (layout.index.has(UNIT_CODE) && unitCode === '')
    errors.push({ row, column: UNIT_CODE, message: 'Missing unit code' });
  const values: Partial<MonthlyValues> = {};
  for (const [column, key] of MEASURE_BY_COLUMN) {
    const text = cell(column);
    if (text !== undefined) values[key] = take(column, readCount(text));
  }
  values.websiteLastUpdate = take(WEBSITE_LAST_UPDATE, readDate(cell(WEBSITE_LAST_UPDATE) ?? ''));
  checkStrayCells(row, cells, layout, errors);
  if (errors.length > 0 || !layout.complete) return { unitCode };

  const complete = values as MonthlyValues;
  for (const e of checkFigures(period, complete, today)) {
    if (e.field !== 'period') errors.push({ row, column: columnOf(e.field), message: e.message });
  }
  return { unitCode, values: complete };
}

function readCount(text: string): Parsed<number> {
  if (text === '') return { error: 'Missing value: write 0 when there were none' };
  if (!/^\d+$/.test(text)) return { error: `"${text}" is not a whole number ≥ 0 (digits only, e.g. 1234)` };
  const value = Number(text);
  return Number.isSafeInteger(value) ? { value } : { error: `${text} is too large` };
}

/** YYYY-MM-DD or dd/MM/yyyy (as Vietnamese users write dates); empty means unknown. */
function readDate(text: string): Parsed<string | null> {
  if (text === '') return { value: null };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = (
    iso ? [iso[1], iso[2], iso[3]] : [vietnamese?.[3], vietnamese?.[2], vietnamese?.[1]]
  ).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over into March (and NaN parts into an invalid date): reading the parts back catches both.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { error: `"${text}" is not a date: write YYYY-MM-DD or dd/MM/yyyy` };
  return { value: date.toISOString().slice(0, 10) };
}

/** A value under a blank header, or past the last header, belongs to no column and would be lost. */
function checkStrayCells(row: number, cells: string[], layout: Layout, errors: CellError[]): void {
  cells.forEach((cell, i) => {
    if (cell.trim() !== '' && !layout.names[i])
      errors.push({ row, column: '', message: `"${cell.trim()}" in column ${i + 1}, which has no header` });
  });
}

function checkDuplicate(
  row: number,
  unitCode: string,
  firstRowOfUnit: Map<string, number>,
  errors: CellError[],
) {
  if (unitCode === '') return;
  const key = unitCode.toUpperCase();
  const first = firstRowOfUnit.get(key);
  if (first === undefined) firstRowOfUnit.set(key, row);
  else errors.push({ row, column: UNIT_CODE, message: `Unit ${unitCode} is already on row ${first}` });
}

function columnOf(field: string): string {
  if (field === 'websiteLastUpdate') return WEBSITE_LAST_UPDATE;
  return MEASURES[field as MeasureKey].column;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
const fileError = (message: string): CellError => ({ row: 0, column: '', message });
