import { foldVietnamese } from '@cchc/kit';

// Longest first, so that "thi tran" is not read as "thi" + "tran ...".
const TYPES = [
  'thi tran',
  'thi xa',
  'thanh pho',
  'dac khu',
  'thu do',
  'phuong',
  'huyen',
  'quan',
  'tinh',
  'xa',
  'tp',
];
export const DISTRICT_TYPES = new Set(['huyen', 'quan', 'thi xa', 'thanh pho']);
export const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi tran']);
export const PROVINCE_TYPES = new Set(['tinh']); // "thành phố" in brackets is the old district-level city
const NAME_ALIASES: [RegExp, string][] = [[/^(?:tp ?)?hcm$/, 'thanh pho ho chi minh']];
// "Phường Phường Đúc" occurs in the old file, "của phường Phường Tây Tựu" in the texts; "Xã Xá Tổng" is a name.
export const DOUBLED_TYPE = /^(?:xã|phường|thị trấn)\s+(?=(?:xã|phường|thị trấn)\s)/iu;
// Upper case only: "Vi" is a Vietnamese syllable, "VI" is not.
const ROMAN_NUMERAL = /(?<=\s)(?:I{1,3}|IV|VI?)(?=\s|$)/g;
const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6' };
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Folded name split into its type prefix ("thi tran") and the bare name ("tay dang"). */
export function splitType(folded: string): { type?: string; bare: string } {
  const type = TYPES.find((t) => folded.startsWith(`${t} `));
  if (!type) return { bare: folded };
  return { type: type === 'tp' ? 'thanh pho' : type, bare: folded.slice(type.length + 1) };
}

export function foldName(name: string): string {
  const folded = foldVietnamese(name.normalize('NFC').replace(DOUBLED_TYPE, ''));
  return NAME_ALIASES.find(([pattern]) => pattern.test(folded))?.[1] ?? folded;
}

/** True when the name's type prefix is one of `types`: "huyện Đăk Hà" is of DISTRICT_TYPES. */
export function isOfType(name: string, types: Set<string>): boolean {
  const { type } = splitType(foldVietnamese(name));
  return type !== undefined && types.has(type);
}

/**
 * A looser key of the bare name, for spelling habits the folded form keeps apart: "Ea Ly"/"Ealy",
 * "Ch’ơm"/"Ch'ơm", "Hòa Tú 2"/"Hòa Tú II", "Sĩ"/"Sỹ", "Sà Phìn"/"Xà Phìn", "Nông trường"/"NT"/"N.T".
 */
export function looseKey(name: string): string {
  const arabic = name.replace(ROMAN_NUMERAL, (numeral) => ROMAN[numeral] ?? numeral);
  return splitType(foldName(arabic))
    .bare.replace(/['’‘`\s]/g, '')
    .replace(/y/g, 'i')
    .replace(/x/g, 's')
    .replace(/nongtruong/g, 'nt');
}

/** The last `wordCount` words, lower case, with tone marks moved to the end of each word ("hoà" = "hòa"). */
export function spelling(name: string, wordCount: number): string {
  const words = name
    .normalize('NFD')
    .toLowerCase()
    .split(/[\s\-–.]+/);
  return words
    .slice(-wordCount)
    .map((word) => word.replace(TONE_MARKS, '') + (word.match(TONE_MARKS)?.join('') ?? ''))
    .join(' ');
}

/** Same name once folded and without its type prefix: "Huyện Kiên Hải" and "Đặc khu Kiên Hải". */
export function sameName(a: string, b: string): boolean {
  return splitType(foldName(a)).bare === splitType(foldName(b)).bare;
}
