import { badInput, foldVietnamese } from '@cchc/kit';

export const MAX_SEARCH_LENGTH = 100;

/**
 * The folded search text of a unit: its full name and code ("huyen hon dat 903", "so noi vu tinh kien giang
 * 91 snv"). The code is folded like a search, so that "91-SNV" finds it.
 */
export function searchTextOf(unit: { fullName: string; code: string }): string {
  return `${foldVietnamese(unit.fullName)} ${foldVietnamese(unit.code)}`;
}

/** Validates and folds a user's search; undefined when there is nothing to search for. */
export function normaliseSearch(search: string | null | undefined): string | undefined {
  if (search == null) return undefined;
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badInput('filter.search', `search must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  const folded = foldVietnamese(search);
  return folded === '' ? undefined : folded;
}

/** The words naming a unit's kind, folded, longest first: "thi xa" must go before "xa" can. */
const KIND_WORDS = [
  'thanh pho',
  'thi tran',
  'thi xa',
  'dac khu',
  'tinh',
  'huyen',
  'quan',
  'phuong',
  'xa',
  'tp',
];

/**
 * A folded search without the kind words it starts with ("xa tan hiepp" → "tan hiepp"): what a search with a typo
 * is compared with the names on. The search itself when it is nothing but kind words.
 */
export function nameOfSearch(folded: string): string {
  let rest = folded;
  for (let found = true; found; ) {
    found = false;
    for (const word of KIND_WORDS) {
      if (rest.startsWith(`${word} `)) {
        rest = rest.slice(word.length + 1).trimStart();
        found = true;
      }
    }
  }
  return rest === '' || KIND_WORDS.includes(rest) ? folded : rest;
}
