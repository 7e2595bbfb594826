import { badInput } from './errors.js';

/**
 * Folds Vietnamese text for search: lower case, no tone marks or diacritics, đ → d, single spaces.
 * "Hòn Đất", "hon dat" and "HON  ĐAT" all fold to "hon dat".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A surrogate not paired with its other half (in a `u` regex, a pair is one code point and does not match). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** False for text PostgreSQL cannot store: a NUL character, or a lone surrogate (not valid UTF-8). */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** A text the caller must give: trimmed, and refused when only spaces are left or it is longer than `maxLength`. */
export function requiredText(field: string, text: string, maxLength?: number): string {
  const trimmed = text.trim();
  if (!trimmed) throw badInput(field, `${field} must not be empty`);
  if (maxLength !== undefined && trimmed.length > maxLength) {
    throw badInput(field, `${field} must be at most ${maxLength} characters`);
  }
  return trimmed;
}

/** A text the caller may leave out: trimmed, and absent (null) when only spaces were sent. */
export function optionalText(text: string | null | undefined): string | null {
  return text?.trim() || null;
}
