import { describe, expect, it } from 'vitest';
import { foldVietnamese, isStorableText, optionalText, requiredText } from './text.js';

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

describe('text inputs', () => {
  it('stores any Unicode text but a NUL character or a lone surrogate', () => {
    expect(isStorableText('Phiếu xin lỗi 🙏')).toBe(true);
    expect(isStorableText('90\u00003')).toBe(false);
    expect(isStorableText('\ud800x')).toBe(false);
    expect(isStorableText('x\udc00')).toBe(false);
  });

  it('trims a required text and refuses one of spaces only or too long, naming the field', () => {
    expect(requiredText('finding.text', '  Chậm trả hồ sơ \n')).toBe('Chậm trả hồ sơ');
    expect(() => requiredText('finding.text', ' \t\n ')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'finding.text' } }),
    );
    expect(requiredText('reason', ' abc ', 3)).toBe('abc');
    expect(() => requiredText('reason', 'abcd', 3)).toThrow(/at most 3 characters/);
  });

  it('reads an optional text of spaces only as absent', () => {
    expect(optionalText('  ')).toBeNull();
    expect(optionalText(undefined)).toBeNull();
    expect(optionalText(' Kiên Giang ')).toBe('Kiên Giang');
  });
});
