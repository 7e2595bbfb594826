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
