import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { badInput } from '@cchc/kit';
import { UnreadableFile } from './unreadable-file.js';

/**
 * Every part of a workbook inflated, at most: 20,000 rows of the template's 32 columns make a sheet of about
 * 22 MB of XML, so this leaves room for styles and shared strings.
 */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Sheets of figures compress 10–20×; a part inflating more than this is a bomb, not a workbook. */
export const MAX_COMPRESSION_RATIO = 100;
/** Below this, a high ratio is harmless (a small XML part of repeated tags). */
const RATIO_CHECKED_FROM = 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH_BYTES = 22 + 0xffff;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A file built to exhaust the service is refused outright (BAD_USER_INPUT), not reported as a row error. */
const refuse = (fileName: string, vietnamese: string, english: string) =>
  badInput('file', `Tệp "${fileName}" ${vietnamese}. The file "${fileName}" ${english}.`);

/**
 * Refuses a ZIP (an .xlsx) that would inflate beyond the bounds, before any parser inflates it (a damaged one is
 * UnreadableFile): the central directory's sizes are summed and each part's ratio checked, then every part is
 * inflated into nothing, counting bytes (a crafted file can declare sizes smaller than its content) and each
 * worksheet's `<row>` elements, stopping as soon as a bound is passed.
 */
export async function assertZipWithinBounds(
  fileName: string,
  zip: Buffer,
  maxSheetRows: number,
): Promise<void> {
  const entries = readDirectory(fileName, zip);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) throw tooLarge(fileName);
  for (const entry of entries) {
    if (
      entry.uncompressedSize > RATIO_CHECKED_FROM &&
      entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO
    )
      throw refuse(
        fileName,
        `có phần ${entry.name} nén quá ${MAX_COMPRESSION_RATIO} lần (tệp nén độc hại?)`,
        `has a part, ${entry.name}, compressed more than ${MAX_COMPRESSION_RATIO}× (a decompression bomb?)`,
      );
    const rows = WORKSHEET.test(entry.name) ? new RowCounter() : undefined;
    const inflated = await inflatedSize(zip, entry, (chunk) => {
      rows?.count(chunk);
      return (rows?.total ?? 0) > maxSheetRows;
    });
    if (rows && rows.total > maxSheetRows)
      throw refuse(
        fileName,
        `có hơn ${maxSheetRows} dòng trong ${entry.name}`,
        `has more than ${maxSheetRows} rows in ${entry.name}`,
      );
    if (inflated !== entry.uncompressedSize)
      throw refuse(
        fileName,
        `có phần ${entry.name} không đúng kích thước khai báo`,
        `has a part, ${entry.name}, whose content is not the size it declares`,
      );
  }
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Counts `<row …>` start tags (any namespace prefix: `<x:row>`) across chunks: a tag cut between two chunks is
 * found in the carried tail plus the next chunk, and counted only there.
 */
class RowCounter {
  private static readonly TAG = /<(?:\w{1,10}:)?row[\s>/]/g;
  private static readonly LONGEST_TAG = 16;
  total = 0;
  private tail = '';

  count(chunk: Buffer): void {
    const text = this.tail + chunk.toString('latin1');
    for (const match of text.matchAll(RowCounter.TAG)) {
      if (match.index + match[0].length > this.tail.length) this.total += 1;
    }
    this.tail = text.slice(-RowCounter.LONGEST_TAG);
  }
}

const tooLarge = (fileName: string) =>
  refuse(
    fileName,
    `giải nén ra hơn ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`,
    `inflates to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`,
  );

function readDirectory(fileName: string, zip: Buffer): Entry[] {
  const notZip = () => new UnreadableFile('The file is not a readable .xlsx workbook');
  const end = findEndOfDirectory(zip);
  if (end < 0) throw notZip();
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw notZip();
    const nameLength = zip.readUInt16LE(offset + 28);
    const entry = {
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      uncompressedSize: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    };
    // 0xFFFFFFFF defers to ZIP64 fields: no workbook within our bounds needs them.
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw tooLarge(fileName);
    if (entry.method !== STORED && entry.method !== DEFLATED) throw notZip();
    entries.push(entry);
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function findEndOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - END_SEARCH_BYTES); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/**
 * How many bytes the entry inflates to (nothing is kept), stopping past its declared size or when `stop` says
 * so of a chunk; -1 when it cannot be inflated.
 */
async function inflatedSize(zip: Buffer, entry: Entry, stop: (chunk: Buffer) => boolean): Promise<number> {
  const header = entry.localHeaderOffset;
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_HEADER) return -1;
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    stop(data);
    return data.length;
  }
  let size = 0;
  try {
    for await (const chunk of Readable.from([data]).pipe(createInflateRaw())) {
      size += (chunk as Buffer).length;
      if (size > entry.uncompressedSize || stop(chunk as Buffer)) break;
    }
  } catch {
    return -1;
  }
  return size;
}
