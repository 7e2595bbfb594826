import { foldVietnamese } from '@cchc/kit';
import { LineageKind } from './unit-kind.js';

/** A unit of the system before 1 July 2025. */
export interface FormerUnit {
  id: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  code: string;
  fullName: string; // "Xã Tân Long"
  provinceCode: string; // own code for provinces
  districtCode?: string; // communes: their district; districts: own code
  districtFullName?: string; // communes: "Huyện Trùng Khánh"
}

/** A unit of the system from 1 July 2025. */
export interface CurrentUnit {
  id: string;
  level: 'PROVINCE' | 'COMMUNE';
  code: string;
  fullName: string;
  provinceCode: string; // own code for provinces
}

export interface PredecessorRecord {
  ma: string;
  ten: string;
  magoc: string;
  malk?: string;
  truocsapnhap: string;
}

export interface LineageLink {
  predecessorId: string;
  successorId: string;
  kind: LineageKind;
  partial: boolean; // true for "một phần diện tích", "phần còn lại", etc.
  note?: string; // the original mention text when it says more than the name, else undefined
}

export interface UnmatchedMention {
  successorCode: string;
  successorName: string;
  mention: string; // the piece of text that could not be resolved
  reason: 'NOT_FOUND' | 'AMBIGUOUS';
  candidates: string[]; // for AMBIGUOUS: "Xã X (Huyện Y, Tỉnh Z)" descriptions
}

export interface LineageResult {
  links: LineageLink[];
  unmatched: UnmatchedMention[];
}

/** One predecessor named in a `truocsapnhap` text. */
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

// --- Names ------------------------------------------------------------------------------------------------

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
const DISTRICT_TYPES = new Set(['huyen', 'quan', 'thi xa', 'thanh pho']);
const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi tran']);
const PROVINCE_TYPES = new Set(['tinh']); // "thành phố" in brackets is the old district-level city
const NAME_ALIASES: [RegExp, string][] = [[/^(?:tp ?)?hcm$/, 'thanh pho ho chi minh']];
// "Phường Phường Đúc" occurs in the old file, "của phường Phường Tây Tựu" in the texts; "Xã Xá Tổng" is a name.
const DOUBLED_TYPE = /^(?:xã|phường|thị trấn)\s+(?=(?:xã|phường|thị trấn)\s)/iu;
// Upper case only: "Vi" is a Vietnamese syllable, "VI" is not.
const ROMAN_NUMERAL = /(?<=\s)(?:I{1,3}|IV|VI?)(?=\s|$)/g;
const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6' };
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Folded name split into its type prefix ("thi tran") and the bare name ("tay dang"). */
function splitType(folded: string): { type?: string; bare: string } {
  const type = TYPES.find((t) => folded.startsWith(`${t} `));
  if (!type) return { bare: folded };
  return { type: type === 'tp' ? 'thanh pho' : type, bare: folded.slice(type.length + 1) };
}

function foldName(name: string): string {
  const folded = foldVietnamese(name.normalize('NFC').replace(DOUBLED_TYPE, ''));
  return NAME_ALIASES.find(([pattern]) => pattern.test(folded))?.[1] ?? folded;
}

/**
 * A looser key of the bare name, for spelling habits the folded form keeps apart: "Ea Ly"/"Ealy",
 * "Ch’ơm"/"Ch'ơm", "Hòa Tú 2"/"Hòa Tú II", "Sĩ"/"Sỹ", "Sà Phìn"/"Xà Phìn", "Nông trường"/"NT"/"N.T".
 */
function looseKey(name: string): string {
  const arabic = name.replace(ROMAN_NUMERAL, (numeral) => ROMAN[numeral] ?? numeral);
  return splitType(foldName(arabic))
    .bare.replace(/['’‘`\s]/g, '')
    .replace(/y/g, 'i')
    .replace(/x/g, 's')
    .replace(/nongtruong/g, 'nt');
}

/** The last `wordCount` words, lower case, with tone marks moved to the end of each word ("hoà" = "hòa"). */
function spelling(name: string, wordCount: number): string {
  const words = name
    .normalize('NFD')
    .toLowerCase()
    .split(/[\s\-–.]+/);
  return words
    .slice(-wordCount)
    .map((word) => word.replace(TONE_MARKS, '') + (word.match(TONE_MARKS)?.join('') ?? ''))
    .join(' ');
}

// --- Parsing the text -------------------------------------------------------------------------------------

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
const UNCHANGED = /^\s*giữ nguyên\s*$/iu;

/** The predecessors a `truocsapnhap` text lists, in order. */
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

function isOfType(name: string, types: Set<string>): boolean {
  const { type } = splitType(foldVietnamese(name));
  return type !== undefined && types.has(type);
}

// --- Matching names to former units -----------------------------------------------------------------------

interface Candidate {
  unit: FormerUnit;
  type?: string;
  bare: string;
  loose: string;
  districtBare?: string;
  provinceBare?: string;
}

interface FormerIndex {
  provinces: Candidate[];
  /** Districts and communes by province code. */
  byProvince: Map<string, Candidate[]>;
  byLevelAndCode: Map<string, Candidate>;
  provinceNames: Map<string, string>;
}

function indexFormer(former: FormerUnit[]): FormerIndex {
  const provinceNames = new Map(
    former.filter((u) => u.level === 'PROVINCE').map((u) => [u.code, u.fullName]),
  );
  const index: FormerIndex = {
    provinces: [],
    byProvince: new Map(),
    byLevelAndCode: new Map(),
    provinceNames,
  };
  for (const unit of former) {
    const candidate = toCandidate(unit, provinceNames.get(unit.provinceCode));
    index.byLevelAndCode.set(`${unit.level}:${unit.code}`, candidate);
    const siblings = unit.level === 'PROVINCE' ? index.provinces : index.byProvince.get(unit.provinceCode);
    if (siblings) siblings.push(candidate);
    else index.byProvince.set(unit.provinceCode, [candidate]);
  }
  return index;
}

function toCandidate(unit: FormerUnit, provinceName: string | undefined): Candidate {
  const { type, bare } = splitType(foldName(unit.fullName));
  return {
    unit,
    type,
    bare,
    loose: looseKey(unit.fullName),
    districtBare: unit.districtFullName && splitType(foldVietnamese(unit.districtFullName)).bare,
    provinceBare: provinceName && splitType(foldVietnamese(provinceName)).bare,
  };
}

/** Units the name may denote, spelling habits aside, in the place its brackets give. */
function findUnits(mention: Mention, pool: Candidate[]): Candidate[] {
  const loose = looseKey(mention.name);
  return inPlace(pool, mention).filter((c) => c.loose === loose);
}

/** The units in the district and province the brackets name, or all of them if the brackets name none known. */
function inPlace(pool: Candidate[], { districtHint, provinceHint }: Mention): Candidate[] {
  const bareOf = (hint: string) => splitType(foldVietnamese(hint)).bare;
  const district = districtHint && bareOf(districtHint);
  const province = provinceHint && bareOf(provinceHint);
  const local = pool.filter(
    (c) =>
      (!district || c.districtBare === district || (c.unit.level === 'DISTRICT' && c.bare === district)) &&
      (!province || c.provinceBare === province),
  );
  return local.length > 0 ? local : pool;
}

type Preference = (c: Candidate) => boolean;

/** The candidates that pass each preference in turn, skipping a preference that none of them passes. */
function narrow(candidates: Candidate[], preferences: Preference[]): Candidate[] {
  return preferences.reduce((found, test) => {
    const preferred = found.filter(test);
    return preferred.length > 0 ? preferred : found;
  }, candidates);
}

/** The type prefix written (or carried from the list), then the same folded name, then the same tone marks. */
function namePreferences(mention: Mention): Preference[] {
  const { type, bare } = splitType(foldName(mention.name));
  const wordCount = bare.split(' ').length;
  const written = spelling(mention.name, wordCount);
  return [
    (c) => c.type === (type ?? mention.type),
    (c) => c.bare === bare,
    (c) => spelling(c.unit.fullName, wordCount) === written,
  ];
}

// --- Records ----------------------------------------------------------------------------------------------

interface Resolution {
  mention: Mention;
  candidates: Candidate[];
  /** "giữ nguyên": the successor is the same-code former unit, unchanged. */
  unchanged?: boolean;
  /** Old districts of the record's other predecessors. */
  nearbyDistricts?: Set<string>;
}

function resolveProvinceRecord(record: PredecessorRecord, index: FormerIndex): Resolution[] {
  if (UNCHANGED.test(record.truocsapnhap)) return [keptUnit(record, 'PROVINCE', index)];
  return parsePredecessorText(record.truocsapnhap).map((mention) => ({
    mention,
    candidates: narrow(findUnits(mention, index.provinces), namePreferences(mention)),
  }));
}

function resolveCommuneRecord(
  record: PredecessorRecord,
  index: FormerIndex,
  provinceCodes: string[],
): Resolution[] {
  if (UNCHANGED.test(record.truocsapnhap)) return [keptUnit(record, 'COMMUNE', index)];
  const scope = provinceCodes.flatMap((code) => index.byProvince.get(code) ?? []);
  const poolFor = (mention: Mention) => {
    const level = mention.type && DISTRICT_TYPES.has(mention.type) ? 'DISTRICT' : 'COMMUNE';
    return scope.filter((c) => c.unit.level === level);
  };
  const resolutions = parsePredecessorText(record.truocsapnhap).map((mention) => ({
    mention,
    candidates: findUnits(mention, poolFor(mention)),
  }));
  // Communes were merged mostly within one old district, and within one old province: where the record's other
  // predecessors lie weighs more than how a name is written ("Ea Drơng" next to Cuôr Đăng is Ea D'Rơng of the
  // same district, not Ea Drông of another one).
  const likely = resolutions.map(({ mention, candidates }) => narrow(candidates, namePreferences(mention)));
  return resolutions.map(({ mention, candidates }, i) => {
    const others = likely.flatMap((found, j) => (j !== i && found.length === 1 ? found : []));
    const districts = new Set(others.flatMap((c) => c.unit.districtCode ?? []));
    const provinces = new Set(others.map((c) => c.unit.provinceCode));
    const inDistrict = (c: Candidate) => districts.has(c.unit.districtCode ?? '');
    const inProvince = (c: Candidate) => provinces.has(c.unit.provinceCode);
    const settled =
      candidates.length === 0
        ? nearMiss(mention, poolFor(mention), inDistrict)
        : narrow(candidates, [inDistrict, inProvince, ...namePreferences(mention)]);
    return { mention, candidates: settled, nearbyDistricts: districts };
  });
}

// Shorter names have too many neighbours one letter away to guess a typo.
const MIN_NEAR_MISS_LENGTH = 5;

/**
 * The one unit a letter away from a name found nowhere ("Hua Bum" for "Hua Bun"): first in the districts of the
 * record's other predecessors, then in the whole pool. Numbers must agree: "Phường 1" is no typo of "Phường 2".
 */
function nearMiss(mention: Mention, pool: Candidate[], inDistrict: (c: Candidate) => boolean): Candidate[] {
  const loose = looseKey(mention.name);
  if (loose.length < MIN_NEAR_MISS_LENGTH) return [];
  const digits = (key: string) => key.replace(/\D/g, '');
  const near = pool.filter((c) => digits(c.loose) === digits(loose) && withinOneEdit(c.loose, loose));
  const nearHere = near.filter(inDistrict);
  if (nearHere.length === 1) return nearHere;
  return near.length === 1 ? near : [];
}

/** True when one insertion, deletion or substitution at most turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

function keptUnit(record: PredecessorRecord, level: FormerUnit['level'], index: FormerIndex): Resolution {
  const unit = index.byLevelAndCode.get(`${level}:${record.ma}`);
  const mention: Mention = { text: record.truocsapnhap.trim(), name: record.ten, partial: false };
  return { mention, candidates: unit ? [unit] : [], unchanged: true };
}

// --- Links ------------------------------------------------------------------------------------------------

interface Draft {
  predecessor: FormerUnit;
  successor: CurrentUnit;
  partial: boolean;
  unchanged: boolean;
  note?: string;
}

const PROVINCE_RECORD = '0';

/** A record with the successor it describes and what its mentions resolved to. */
interface Entry {
  record: PredecessorRecord;
  successor?: CurrentUnit;
  resolutions: Resolution[];
}

/** Lineage from the pre-2025 units to the post-2025 ones, as described by the predecessor records. */
export function buildLineage(
  former: FormerUnit[],
  current: CurrentUnit[],
  records: PredecessorRecord[],
): LineageResult {
  const index = indexFormer(former);
  const successors = new Map(current.map((unit) => [`${unit.level}:${unit.code}`, unit]));
  const provinceResolutions = new Map(
    records.filter((r) => r.magoc === PROVINCE_RECORD).map((r) => [r.ma, resolveProvinceRecord(r, index)]),
  );
  // The old provinces a new one was formed from: where its communes' predecessors are looked up.
  const formedFrom = (provinceCode: string) =>
    provinceResolutions
      .get(provinceCode)
      ?.flatMap((r) => (r.candidates.length === 1 ? r.candidates.map((c) => c.unit.code) : [])) ?? [
      provinceCode,
    ];
  const entries = records.map((record): Entry => {
    const isProvince = record.magoc === PROVINCE_RECORD;
    const successor = successors.get(`${isProvince ? 'PROVINCE' : 'COMMUNE'}:${record.ma}`);
    if (!successor) return { record, resolutions: [] };
    const resolutions = isProvince
      ? (provinceResolutions.get(record.ma) ?? [])
      : resolveCommuneRecord(record, index, formedFrom(record.magoc));
    return { record, successor, resolutions };
  });
  return collect(settleByElimination(entries, index), index);
}

/**
 * Settles commune names found nowhere, not even a letter away ("Xã Kim Trung" for Kim Chung, "Xã Xá Nhè" for
 * Sáng Nhè), by elimination: every former commune went somewhere, so the only one that no mention resolved to in
 * the districts of the record's other predecessors is the one meant, unless another unresolved name wants it too.
 */
function settleByElimination(entries: Entry[], index: FormerIndex): Entry[] {
  const matched = entries.flatMap((e) =>
    e.resolutions.flatMap((r) => (r.candidates.length === 1 ? r.candidates : [])),
  );
  const takenIds = new Set(matched.map((c) => c.unit.id));
  const takenDistricts = new Set(matched.filter((c) => c.unit.level === 'DISTRICT').map((c) => c.unit.code));
  const orphans = [...index.byProvince.values()]
    .flat()
    .filter(
      (c) =>
        c.unit.level === 'COMMUNE' &&
        !takenIds.has(c.unit.id) &&
        !takenDistricts.has(c.unit.districtCode ?? ''),
    );
  const orphanFor = (r: Resolution): Candidate | undefined => {
    const namesCommune = COMMUNE_TYPES.has(splitType(foldName(r.mention.name)).type ?? '');
    const options = orphans.filter((c) => r.nearbyDistricts?.has(c.unit.districtCode ?? ''));
    return r.candidates.length === 0 && namesCommune && options.length === 1 ? options[0] : undefined;
  };
  const claims = countBy(
    entries.flatMap((e) => e.resolutions.flatMap((r) => orphanFor(r) ?? [])),
    (c) => c.unit.id,
  );
  return entries.map((entry) => ({
    ...entry,
    resolutions: entry.resolutions.map((r) => {
      const orphan = orphanFor(r);
      return orphan && claims.get(orphan.unit.id) === 1 ? { ...r, candidates: [orphan] } : r;
    }),
  }));
}

function collect(entries: Entry[], index: FormerIndex): LineageResult {
  const drafts: Draft[] = [];
  const unmatched: UnmatchedMention[] = [];
  for (const { record, successor, resolutions } of entries) {
    if (!successor) unmatched.push(unmatchedMention(record, record.ma, []));
    for (const { mention, candidates, unchanged } of resolutions) {
      const [match] = candidates;
      if (successor && match && candidates.length === 1) {
        drafts.push(draftLink(match.unit, successor, mention, unchanged === true));
      } else {
        const described = candidates.map((c) => describe(c.unit, index));
        unmatched.push(unmatchedMention(record, mention.text, described));
      }
    }
  }
  return { links: classifyLinks(dedupe(drafts).map(toLinkDraft)), unmatched };
}

function draftLink(
  predecessor: FormerUnit,
  successor: CurrentUnit,
  mention: Mention,
  unchanged: boolean,
): Draft {
  const note = unchanged || mention.text === mention.name ? undefined : mention.text;
  return { predecessor, successor, partial: mention.partial, unchanged, note };
}

function unmatchedMention(
  record: PredecessorRecord,
  mention: string,
  candidates: string[],
): UnmatchedMention {
  return {
    successorCode: record.ma,
    successorName: record.ten,
    mention,
    reason: candidates.length > 1 ? 'AMBIGUOUS' : 'NOT_FOUND',
    candidates,
  };
}

/** "Xã Quang Trung (Huyện Trùng Khánh, Tỉnh Cao Bằng)". */
function describe(unit: FormerUnit, index: FormerIndex): string {
  const district = unit.level === 'COMMUNE' ? unit.districtFullName : undefined;
  const parents = [district, index.provinceNames.get(unit.provinceCode)].filter(Boolean);
  return `${unit.fullName} (${parents.join(', ')})`;
}

/** One link per predecessor and successor; a whole mention wins over a partial one. */
function dedupe(drafts: Draft[]): Draft[] {
  const byPair = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = `${draft.predecessor.id}→${draft.successor.id}`;
    const seen = byPair.get(key);
    if (!seen || (seen.partial && !draft.partial)) byPair.set(key, draft);
  }
  return [...byPair.values()];
}

/** A link whose kind is still to be told from the other links of its two ends. */
export interface LinkDraft {
  predecessorId: string;
  successorId: string;
  partial: boolean;
  /** Alone, the predecessor would go on as before: same name, or kept as it was ("giữ nguyên"). */
  continues: boolean;
  note?: string;
}

/**
 * Tells each link's kind: a part is PART_TRANSFERRED; a whole spread over several successors is SPLIT; one of
 * several predecessors is MERGED; the only one CONTINUED or RENAMED.
 */
export function classifyLinks(drafts: LinkDraft[]): LineageLink[] {
  const wholeIn = countBy(
    drafts.filter((d) => !d.partial),
    (d) => d.predecessorId,
  );
  const predecessorsOf = countBy(drafts, (d) => d.successorId);
  const kindOf = (d: LinkDraft): LineageKind => {
    if (d.partial) return LineageKind.PART_TRANSFERRED;
    if ((wholeIn.get(d.predecessorId) ?? 0) > 1) return LineageKind.SPLIT;
    if (predecessorsOf.get(d.successorId) !== 1) return LineageKind.MERGED;
    return d.continues ? LineageKind.CONTINUED : LineageKind.RENAMED;
  };
  return drafts.map((d) => ({
    predecessorId: d.predecessorId,
    successorId: d.successorId,
    kind: kindOf(d),
    partial: d.partial,
    note: d.note,
  }));
}

const toLinkDraft = (d: Draft): LinkDraft => ({
  predecessorId: d.predecessor.id,
  successorId: d.successor.id,
  partial: d.partial,
  continues: d.unchanged || sameName(d.predecessor.fullName, d.successor.fullName),
  note: d.note,
});

function sameName(a: string, b: string): boolean {
  return splitType(foldName(a)).bare === splitType(foldName(b)).bare;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
