import { nameOfSearch } from './unit-search.js';

/**
 * How a search ranks units, the same as the registry's SQL search (db/unit.repository.ts) so that the
 * in-memory search index answers exactly what the database would: the match class, then the tier, then the
 * trigram similarity, then the validity period and the id.
 */

/** pg_trgm's default `pg_trgm.similarity_threshold`: what the `%` operator asks of a fuzzy match. */
export const FUZZY_THRESHOLD = 0.3;

const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

/** The unit fields a search reads (UnitEntity's). */
export interface Searchable {
  id: string;
  code: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
  searchName: string;
  searchText: string;
}

/**
 * A unit prepared for searching: its trigrams are counted once, when the index is built, not at each search.
 */
interface SearchEntry<T extends Searchable = Searchable> {
  unit: T;
  /** The code as a search for it is folded: lower case, every run of other characters one space. */
  foldedCode: string;
  /** Padded with a space: a word of the text starting with the search is `' ' + search` in it. */
  spacedText: string;
  nameTrigrams: Set<string>;
  textTrigrams: Set<string>;
  levelRank: number;
}

/** pg_trgm's trigrams: each word (a run of letters and digits) padded with two spaces before and one after. */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return trigrams;
}

/** pg_trgm's `similarity`: shared trigrams over all trigrams of both, as the float4 PostgreSQL computes. */
export function similarity(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const trigram of small) if (large.has(trigram)) shared++;
  return ratioOf(shared, a.size, b.size);
}

const ratioOf = (shared: number, a: number, b: number) => {
  const all = a + b - shared;
  return all === 0 ? 0 : Math.fround(shared / all);
};

function searchEntryOf<T extends Searchable>(unit: T): SearchEntry<T> {
  const rank = LEVELS.indexOf(unit.level);
  return {
    unit,
    foldedCode: unit.code.toLowerCase().replace(/[^a-z0-9]+/g, ' '),
    spacedText: ` ${unit.searchText}`,
    nameTrigrams: trigramsOf(unit.searchName),
    textTrigrams: trigramsOf(unit.searchText),
    // array_position gives NULL for another level, which sorts last.
    levelRank: rank === -1 ? LEVELS.length : rank,
  };
}

/** A folded search, with what ranking compares the units with. */
export interface PreparedSearch {
  search: string;
  /** The name a typo is forgiven on (see nameOfSearch). */
  name: string;
  searchTrigrams: Set<string>;
  nameTrigrams: Set<string>;
}

export function prepareSearch(folded: string): PreparedSearch {
  const name = nameOfSearch(folded);
  return { search: folded, name, searchTrigrams: trigramsOf(folded), nameTrigrams: trigramsOf(name) };
}

/** The exact code, then the exact name, then a name prefix, then a word of the text starting with the search. */
function matchClass(entry: SearchEntry, search: string): number {
  if (entry.foldedCode === search) return 4;
  if (entry.unit.searchName === search) return 3;
  if (entry.unit.searchName.startsWith(search)) return 2;
  if (entry.spacedText.includes(` ${search}`)) return 1;
  return 0;
}

interface Ranked<T extends Searchable> {
  entry: SearchEntry<T>;
  matchClass: number;
  similarity: number;
}

/** Every 3 characters in a row of a text, spaces included: a text containing a search holds all of the search's. */
function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) grams.add(text.slice(i, i + 3));
  return grams;
}

/** For each key, the positions (ascending) of the entries holding it. */
function postingsOf<T>(entries: T[], keysOf: (entry: T) => Iterable<string>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    for (const key of keysOf(entry)) {
      const list = postings.get(key);
      if (list) list.push(position);
      else postings.set(key, [position]);
    }
  });
  return postings;
}

/**
 * The units prepared for searching, with two inverted indexes, so that a search looks only at the units that
 * can match: those holding the rarest 3 characters of the search (containing it), or sharing a trigram with its
 * name (forgiving a typo).
 */
export class SearchCatalogue<T extends Searchable> {
  private readonly entries: SearchEntry<T>[];
  private readonly textGrams: Map<string, number[]>;
  private readonly nameTrigrams: Map<string, number[]>;

  constructor(units: T[]) {
    this.entries = units.map(searchEntryOf);
    this.textGrams = postingsOf(this.entries, (entry) => gramsOf(entry.unit.searchText));
    this.nameTrigrams = postingsOf(this.entries, (entry) => entry.nameTrigrams);
  }

  /**
   * What the search finds among the units `admitted`, best first, with how many there are: those whose text
   * contains it or, when none does, those whose name is like enough to the search's name (a typo forgiven).
   * Only the first `wanted` are put in order.
   */
  search(
    prepared: PreparedSearch,
    admitted: (unit: T) => boolean,
    wanted: number,
  ): { best: T[]; totalCount: number; fuzzy: boolean } {
    const containing = this.containing(prepared, admitted);
    const fuzzy = containing.length === 0;
    const ranked = fuzzy ? this.likeByName(prepared, admitted) : containing;
    return { best: bestOf(ranked, wanted).map((r) => r.entry.unit), totalCount: ranked.length, fuzzy };
  }

  private containing(prepared: PreparedSearch, admitted: (unit: T) => boolean): Ranked<T>[] {
    const { search } = prepared;
    let candidates: Iterable<number> = this.entries.keys();
    if (search.length >= 3) {
      let rarest: number[] | undefined;
      for (const gram of gramsOf(search)) {
        const postings = this.textGrams.get(gram) ?? [];
        if (!rarest || postings.length < rarest.length) rarest = postings;
      }
      candidates = rarest ?? [];
    }
    const ranked: Ranked<T>[] = [];
    for (const position of candidates) {
      const entry = this.entries[position]!;
      if (!entry.unit.searchText.includes(search) || !admitted(entry.unit)) continue;
      ranked.push({
        entry,
        matchClass: matchClass(entry, search),
        similarity: similarity(entry.textTrigrams, prepared.searchTrigrams),
      });
    }
    return ranked;
  }

  private likeByName(prepared: PreparedSearch, admitted: (unit: T) => boolean): Ranked<T>[] {
    // Trigrams shared with the search, counted per entry (a typed array: thousands of entries share one).
    const shared = new Uint16Array(this.entries.length);
    const touched: number[] = [];
    for (const trigram of prepared.nameTrigrams) {
      for (const position of this.nameTrigrams.get(trigram) ?? []) {
        if (shared[position] === 0) touched.push(position);
        shared[position]! += 1;
      }
    }
    const ranked: Ranked<T>[] = [];
    for (const position of touched) {
      const entry = this.entries[position]!;
      const score = ratioOf(shared[position]!, entry.nameTrigrams.size, prepared.nameTrigrams.size);
      if (score < FUZZY_THRESHOLD || !admitted(entry.unit)) continue;
      ranked.push({ entry, matchClass: matchClass(entry, prepared.search), similarity: score });
    }
    return ranked;
  }
}

/** The `wanted` best, in order: a sort when most are wanted, otherwise one pass keeping the best so far. */
function bestOf<T extends Searchable>(ranked: Ranked<T>[], wanted: number): Ranked<T>[] {
  if (ranked.length <= wanted * 4) return ranked.sort(byRelevance).slice(0, wanted);
  const best: Ranked<T>[] = [];
  for (const candidate of ranked) {
    if (best.length === wanted && byRelevance(candidate, best[wanted - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byRelevance(best[middle]!, candidate) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, candidate);
    if (best.length > wanted) best.pop();
  }
  return best;
}

/** valid_to DESC NULLS FIRST, then valid_from ASC NULLS FIRST, then id: the SQL's last keys. */
function byRelevance<T extends Searchable>(a: Ranked<T>, b: Ranked<T>): number {
  return (
    b.matchClass - a.matchClass ||
    a.entry.levelRank - b.entry.levelRank ||
    b.similarity - a.similarity ||
    nullsFirst(a.entry.unit.validTo, b.entry.unit.validTo, -1) ||
    nullsFirst(a.entry.unit.validFrom, b.entry.unit.validFrom, 1) ||
    compareText(a.entry.unit.id, b.entry.unit.id)
  );
}

/** A missing date before any date, then the dates ascending (direction 1) or descending (-1). */
function nullsFirst(a: string | null, b: string | null, direction: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return direction * compareText(a, b);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
