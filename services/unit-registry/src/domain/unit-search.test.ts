import { DomainError } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { nameOfSearch, normaliseSearch, searchTextOf } from './unit-search.js';

describe('unit search normalisation', () => {
  it('folds every spelling of a name to the same search', () => {
    expect(new Set(['hon dat', 'Hon Dat', 'Hòn Đất', 'HÒN ĐẤT'].map(normaliseSearch))).toEqual(
      new Set(['hon dat']),
    );
  });

  it('treats a blank search as no search and rejects an overlong one', () => {
    expect(normaliseSearch('  ')).toBeUndefined();
    expect(normaliseSearch(null)).toBeUndefined();
    expect(() => normaliseSearch('x'.repeat(101))).toThrow(DomainError);
  });

  it('indexes the full name and the code', () => {
    expect(searchTextOf({ fullName: 'Huyện Hòn Đất', code: '903' })).toBe('huyen hon dat 903');
  });

  it('folds an agency code the way a search for it is folded', () => {
    const text = searchTextOf({ fullName: 'Sở Nội vụ tỉnh Kiên Giang', code: '91-SNV' });
    expect(text).toContain(normaliseSearch('91-SNV'));
    expect(text).toContain(normaliseSearch('91-snv'));
  });
});

describe('the name a search with a typo is compared with', () => {
  it('drops the kind words it starts with, longest first, and keeps a search of kind words alone', () => {
    expect(nameOfSearch('xa tan hiepp')).toBe('tan hiepp');
    expect(nameOfSearch('thi xa ha tien')).toBe('ha tien');
    expect(nameOfSearch('tinh kien gaing')).toBe('kien gaing');
    expect(nameOfSearch('kien gaing')).toBe('kien gaing');
    expect(nameOfSearch('phuong 1')).toBe('1');
    expect(nameOfSearch('xa')).toBe('xa');
    expect(nameOfSearch('xa phuong')).toBe('xa phuong');
    expect(nameOfSearch('xanh')).toBe('xanh');
  });
});
