import { badInput, DomainError, ErrorCode, foldVietnamese } from '@cchc/kit';

export const MAX_SEARCH_LENGTH = 100;
export const MAX_CLIENT_KEY_LENGTH = 64;

/**
 * The folded text a finding is searched by: its text and criterion code, as `foldVietnamese` folds them
 * ("Hồ sơ trễ hẹn" under TTHC.3 is "ho so tre hen tthc 3"). Kept in `findings.search_text`.
 */
export function findingSearchText(text: string, criterionCode: string | null | undefined): string {
  return foldVietnamese(`${text} ${criterionCode ?? ''}`);
}

/**
 * The words of a user's search, folded like `findingSearchText`; a finding matches when each word begins one
 * of its words ("ho so tre" finds "Hồ sơ trễ hẹn"). Undefined when there is nothing to search for.
 */
export function searchWords(search: string | null | undefined): string[] | undefined {
  if (search == null) return undefined;
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badInput('filter.search', `search must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  const folded = foldVietnamese(search);
  return folded === '' ? undefined : [...new Set(folded.split(' '))];
}

/**
 * The key a browser gives a finding it sends, trimmed, so that a finding sent again (after a lost answer,
 * or queued offline) is written once. Undefined when absent.
 */
export function clientKeyOf(key: string | null | undefined): string | undefined {
  if (key == null) return undefined;
  const trimmed = key.trim();
  if (trimmed === '' || trimmed.length > MAX_CLIENT_KEY_LENGTH || /\p{Cc}/u.test(trimmed)) {
    throw badInput(
      'finding.clientKey',
      `clientKey must be 1 to ${MAX_CLIENT_KEY_LENGTH} printable characters`,
    );
  }
  return trimmed;
}

/**
 * A finding sent again with a key already recorded is the one written then; the same key on another target
 * is a different finding under a reused key, refused.
 */
export function resentFinding<T extends { id: string; targetId: string }>(written: T, targetId: string): T {
  if (written.targetId !== targetId) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `clientKey was already used for finding ${written.id} on another target; make a new key`,
      { field: 'finding.clientKey', id: written.id },
    );
  }
  return written;
}
