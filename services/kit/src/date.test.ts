import { describe, expect, it } from 'vitest';
import { isInForce, isIsoDate, todayInVietnam } from './date.js';

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2020-10-19')).toBe(true);
    expect(isIsoDate('2020-02-30')).toBe(false);
    expect(isIsoDate('19/10/2020')).toBe(false);
  });

  it('counts today in Vietnam time (UTC+7)', () => {
    expect(todayInVietnam(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    expect(todayInVietnam(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
  });

  it('finds a record in force on a date, both bounds included', () => {
    const kienGiang = { validFrom: null, validTo: '2025-06-30' };
    const anGiang = { validFrom: '2025-07-01', validTo: null };
    expect(isInForce(kienGiang, '2020-10-19')).toBe(true);
    expect(isInForce(kienGiang, '2025-06-30')).toBe(true);
    expect(isInForce(kienGiang, '2025-07-01')).toBe(false);
    expect(isInForce(anGiang, '2025-07-01')).toBe(true);
    expect(isInForce(anGiang, '2025-06-30')).toBe(false);
  });
});
