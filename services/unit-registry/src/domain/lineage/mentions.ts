import { foldVietnamese } from '@cchc/kit';
import { DISTRICT_TYPES, DOUBLED_TYPE, isOfType, PROVINCE_TYPES, splitType } from './names.js';

/** One predecessor named in a record's `formedFrom` text. */
export interface Mention {
  /** The words naming it, lead-in included: "một phần diện tích TN của Xã Kim Thư (huyện Thanh Oai)". */
  text: string;
  /** Its name as written, with the type prefix when there is one: "Xã Kim Thư", or "Điện Biên" in a list. */
  name: string;
  /** Folded type prefix, written or carried over from the list it belongs to: "xa", "phuong", "huyen"... */
  type?: string;
  /** Old district given in brackets: "huyện Thanh Oai". */
  districtHint?: string;
  /** Old province given in brackets: "tỉnh Trà Vinh". */
  provinceHint?: string;
  partial: boolean;
}

interface Piece {
  text: string;
  afterVa: boolean;
}

// "A, B", "A, và B" and "A và B"; lower-case "và" only, since "Xã Lao Và Chải" is a name.
const SEPARATOR = /\s*,\s*(?:và\s+)?|\s+và\s+/g;
// Words opening a mention: "một phần diện tích TN, quy mô dân số của các phường", "phần còn lại của xã"...
const LEAD_STARTERS = [
  'sắp xếp',
  'toàn bộ',
  'toàn bố',
  'một phần',
  'phần còn lại',
  'phần còn lai',
  'quy mô dân số',
  'của',
  'củ',
  'các',
];
const LEAD_WORDS = [...LEAD_STARTERS, 'diện tích', 'tự nhiên', 'TN'];
const wordsPattern = (words: string[]) => `(?:${words.join('|')})(?=[\\s,]|$)[\\s,]*`;
const LEAD_IN = new RegExp(`^${wordsPattern(LEAD_STARTERS)}(?:${wordsPattern(LEAD_WORDS)})*`, 'iu');
const PARTIAL = /một phần|phần còn l[aạ]i/iu;
const WHOLE_AREA = /toàn b[ộố]\s+diện tích/iu;
// "… sau khi sắp xếp theo quy định tại khoản 116 Điều này" ends the item it follows.
const AFTER_REORGANISATION = /\s+sau khi\s.*$/iu;
const REPEATED_NAME = /^(?:xã|phường|thị trấn)?\s*(.+?)\s+((?:xã|phường|thị trấn)\s+\1)$/iu;

/** The predecessors a record's `formedFrom` text lists, in order. */
export function parsePredecessorText(text: string): Mention[] {
  const pieces = splitPieces(stripTrailingProse(text.normalize('NFC')));
  const mentions: Mention[] = [];
  // A lead-in like "một phần diện tích TN của ..." covers the items after it, up to "sau khi sắp xếp".
  let partialRun = false;
  let pendingLead = '';
  let type: string | undefined;
  pieces.forEach((piece, i) => {
    const lead = LEAD_IN.exec(piece.text)?.[0] ?? '';
    if (PARTIAL.test(lead)) partialRun = true;
    else if (WHOLE_AREA.test(lead)) partialRun = false;
    else if (startsRemainderList(piece, lead, pieces.slice(i))) partialRun = true;
    const text = `${pendingLead}${piece.text}`;
    const rest = piece.text.slice(lead.length);
    if (rest === '') {
      pendingLead = `${text}, `; // a lead-in cut off by its own comma: "một phần diện tích TN, quy mô..."
      return;
    }
    pendingLead = '';
    const { core, brackets } = takeBrackets(rest);
    const name = cleanName(core.replace(AFTER_REORGANISATION, ''));
    type = splitType(foldVietnamese(name)).type ?? type;
    const hints = brackets.filter((b) => !PARTIAL.test(b)).flatMap(placeHints);
    mentions.push({
      text,
      name,
      type,
      districtHint: hints.find((hint) => isOfType(hint, DISTRICT_TYPES)),
      provinceHint: hints.find((hint) => isOfType(hint, PROVINCE_TYPES)),
      partial: partialRun || brackets.some((b) => PARTIAL.test(b)),
    });
    if (AFTER_REORGANISATION.test(core)) partialRun = false;
  });
  return mentions;
}

/** Cuts prose after the list ("… tỉnh Đồng Nai. Từ ngày 30/04/2026, …"), sparing the dot of "TP.". */
function stripTrailingProse(text: string): string {
  return text.replace(/(?<!\bTP)\.(?:\s.*)?$/isu, '');
}

function splitPieces(text: string): Piece[] {
  const masked = maskBrackets(text);
  const pieces: Piece[] = [];
  let start = 0;
  let afterVa = false;
  for (const separator of masked.matchAll(SEPARATOR)) {
    pieces.push({ text: text.slice(start, separator.index).trim(), afterVa });
    afterVa = separator[0].includes('và');
    start = separator.index + separator[0].length;
  }
  pieces.push({ text: text.slice(start).trim(), afterVa });
  return pieces.filter((piece) => piece.text !== '');
}

/** The text with bracket contents blanked, so that separators in "(… vào xã A và xã B)" are not seen. */
function maskBrackets(text: string): string {
  let depth = 0;
  let masked = '';
  for (const char of text) {
    if (char === '(') depth++;
    masked += depth > 0 ? '_' : char;
    if (char === ')') depth = Math.max(0, depth - 1);
  }
  return masked;
}

/**
 * Hanoi's texts write "A, B và C, D, E (phần còn lại …)" for "the whole of A, B and parts of C, D, E": the other
 * successors confirm that C and D were split too. So an unmarked "và C" starts a partial run when a remainder
 * bracket follows.
 */
function startsRemainderList(piece: Piece, lead: string, fromHere: Piece[]): boolean {
  return piece.afterVa && lead === '' && fromHere.some((p) => /\(\s*phần còn lại/iu.test(p.text));
}

function takeBrackets(text: string): { core: string; brackets: string[] } {
  const brackets: string[] = [];
  const core = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    brackets.push(inner.trim());
    return ' ';
  });
  return { core: core.replace(/\s+/g, ' ').trim(), brackets };
}

/** "phường Phường Tây Tựu" → "Phường Tây Tựu"; "xã Yên Định  Xã Yên Định" → "Xã Yên Định". */
function cleanName(core: string): string {
  const name = core.replace(DOUBLED_TYPE, '');
  return REPEATED_NAME.exec(name)?.[2] ?? name;
}

/** "thuộc huyện Đăk Hà" → ["huyện Đăk Hà"]; "huyện Châu Thành, tỉnh Trà Vinh" → both parts. */
function placeHints(bracket: string): string[] {
  return bracket.split(',').map((part) => part.trim().replace(/^thuộc\s+/iu, ''));
}
