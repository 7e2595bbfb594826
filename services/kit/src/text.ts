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
