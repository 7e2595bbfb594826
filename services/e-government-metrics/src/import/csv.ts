import { UnreadableFile } from './unreadable-file.js';

/** Decodes a UTF-8 CSV file (a BOM is dropped) into records of raw fields. */
export function readCsv(content: Buffer): string[][] {
  let text: string;
  try {
    // fatal: a file saved in a legacy code page would otherwise turn Vietnamese letters into "�" silently.
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new UnreadableFile('The file is not UTF-8 text: save it as "CSV UTF-8"');
  }
  return parseCsv(text);
}

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold separators, newlines and "" for a quote).
 * The separator is whichever of "," and ";" the first line uses more: Excel in a Vietnamese locale writes ";".
 */
export function parseCsv(text: string): string[][] {
  const separator = detectSeparator(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quotedFrom = 0; // the record a still-open quoted field started in, 0 when none is open
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quotedFrom > 0) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quotedFrom = 0;
    } else if (char === '"' && field === '') {
      quotedFrom = records.length + 1;
    } else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (quotedFrom > 0) throw new UnreadableFile(`A quoted field on row ${quotedFrom} is never closed`);
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

function detectSeparator(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
