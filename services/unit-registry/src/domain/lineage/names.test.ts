import { describe, expect, it } from 'vitest';
import { foldName, looseKey, sameName, spelling } from './names.js';

describe('names', () => {
  it.each([
    ['Xã Ea Ly', 'Xã Ealy'],
    ['Xã Ch’ơm', "Xã Ch'ơm"],
    ['Xã Hòa Tú 2', 'Xã Hòa Tú II'],
    ['Xã Sĩ Bình', 'Xã Sỹ Bình'],
    ['Xã Sà Phìn', 'Xã Xà Phìn'],
    ['Thị trấn Nông trường Mộc Châu', 'Thị trấn NT Mộc Châu'],
  ])('gives "%s" and "%s" the same loose key', (written, official) => {
    expect(looseKey(written)).toBe(looseKey(official));
  });

  it('keeps numbers and "Vi" apart in the loose key', () => {
    expect(looseKey('Phường 1')).not.toBe(looseKey('Phường 2'));
    expect(looseKey('Xã Vi Hương')).not.toBe(looseKey('Xã 6 Hương'));
  });

  it('reads a doubled type prefix and the abbreviations of Hồ Chí Minh City as the official name', () => {
    expect(foldName('Phường Phường Đúc')).toBe(foldName('Phường Đúc'));
    expect(foldName('TPHCM')).toBe('thanh pho ho chi minh');
    expect(foldName('TP HCM')).toBe('thanh pho ho chi minh');
  });

  it('compares tone marks wherever a word places them, on the last words only', () => {
    expect(spelling('Xã Hoà Bình', 2)).toBe(spelling('Xã Hòa Bình', 2));
    expect(spelling('Xã Hòa Bình', 2)).not.toBe(spelling('Xã Hoa Bình', 2));
  });

  it('calls names the same once the type prefix is left out', () => {
    expect(sameName('Huyện Kiên Hải', 'Đặc khu Kiên Hải')).toBe(true);
    expect(sameName('Xã Quang Trung', 'Xã Lý Quốc')).toBe(false);
  });
});
