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
export interface SearchEntry<T extends Searchable = Searchable> {
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
  let shared = 0;
  for (const trigram of a) if (b.has(trigram)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : Math.fround(shared / all);
}

export function searchEntryOf<T extends Searchable>(unit: T): SearchEntry<T> {
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

/**
 * The entries the search finds, best first: those whose text contains it, or, when none does, those whose name is
 * like enough to the search's name (a typo forgiven).
 */
export function rankSearch<T extends Searchable>(
  entries: Iterable<SearchEntry<T>>,
  prepared: PreparedSearch,
  fuzzy: boolean,
): T[] {
  const ranked: Ranked<T>[] = [];
  for (const entry of entries) {
    if (fuzzy) {
      const score = similarity(entry.nameTrigrams, prepared.nameTrigrams);
      if (score >= FUZZY_THRESHOLD)
        ranked.push({ entry, matchClass: matchClass(entry, prepared.search), similarity: score });
    } else if (entry.unit.searchText.includes(prepared.search)) {
      ranked.push({
        entry,
        matchClass: matchClass(entry, prepared.search),
        similarity: similarity(entry.textTrigrams, prepared.searchTrigrams),
      });
    }
  }
  return ranked.sort(byRelevance).map((r) => r.entry.unit);
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
