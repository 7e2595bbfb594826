import { describe, expect, it } from 'vitest';
import { asciiSlug, bodyName, viDate, viFigure, viMonthSpan, viNumber, viPlaceAndDate } from './vi-format.js';

describe('Vietnamese formats', () => {
  it('writes numbers and figures with a decimal comma', () => {
    expect(viNumber(98.5)).toBe('98,5');
    expect(viNumber(12345)).toBe('12.345');
    expect(viFigure(0.825, 'RATIO')).toBe('82,5%');
    expect(viFigure(0.33519553, 'RATIO')).toBe('33,5%');
    expect(viFigure(120.4, 'DAYS')).toBe('120 ngày');
    expect(viFigure(0.0833, 'PER_UNIT_MONTH')).toBe('0,08 trường hợp/đơn vị-tháng');
    expect(viFigure(null, 'RATIO')).toBe('không có số liệu');
  });

  it('writes dates day first, and the months a reading covers', () => {
    expect(viDate('2020-11-02')).toBe('02/11/2020');
    expect(viMonthSpan('2019-10-01', '2020-09-30')).toBe('10/2019 – 09/2020');
    expect(viMonthSpan('2020-09-01', '2020-09-30')).toBe('09/2020');
    expect(viPlaceAndDate('Kiên Giang', '2020-12-01')).toBe('Kiên Giang, ngày 01 tháng 12 năm 2020');
    expect(viPlaceAndDate('Kiên Giang', null)).toBe('Kiên Giang, ngày      tháng      năm');
  });

  it('names an agency by its name and a territorial unit by its People’s Committee', () => {
    expect(
      bodyName({ name: 'Sở Tài chính', fullName: 'Sở Tài chính tỉnh Kiên Giang', kind: 'DEPARTMENT' }),
    ).toBe('Sở Tài chính');
    expect(bodyName({ name: 'Hòn Đất', fullName: 'Huyện Hòn Đất', kind: 'RURAL_DISTRICT' })).toBe(
      'UBND huyện Hòn Đất',
    );
    expect(bodyName({ name: 'Kiên Giang', fullName: 'Tỉnh Kiên Giang', kind: 'PROVINCE' })).toBe(
      'UBND tỉnh Kiên Giang',
    );
  });

  it('makes ASCII file names from Vietnamese ones', () => {
    expect(asciiSlug('Thị trấn Hòn Đất')).toBe('thi-tran-hon-dat');
    expect(asciiSlug('Sở Lao động - Thương binh và Xã hội')).toBe('so-lao-dong-thuong-binh-va-xa-hoi');
  });
});
