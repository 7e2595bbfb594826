import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './text.js';

describe('foldVietnamese', () => {
  it('folds tone marks, diacritics, đ and case so that every spelling of a name meets', () => {
    expect(foldVietnamese('Hòn Đất')).toBe('hon dat');
    expect(foldVietnamese('hon dat')).toBe('hon dat');
    expect(foldVietnamese('HÒN  ĐẤT ')).toBe('hon dat');
    expect(foldVietnamese('Thị xã Hà Tiên')).toBe('thi xa ha tien');
  });

  it('folds decomposed (NFD) input like precomposed input', () => {
    expect(foldVietnamese('Kiên Giang'.normalize('NFD'))).toBe('kien giang');
  });

  it('keeps digits and turns punctuation into single spaces', () => {
    expect(foldVietnamese('Quận 1')).toBe('quan 1');
    expect(foldVietnamese('Sở Lao động - Thương binh và Xã hội')).toBe('so lao dong thuong binh va xa hoi');
  });
});
