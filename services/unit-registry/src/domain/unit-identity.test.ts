import { describe, expect, it } from 'vitest';
import { isInForce, unitId } from './unit-identity.js';

describe('unit identity', () => {
  it('gives a code the same id on every import, and a reused code a different id per period', () => {
    expect(unitId('91', null)).toBe(unitId('91', null));
    expect(unitId('91', null)).not.toBe(unitId('91', '2025-07-01'));
  });

  it('resolves a code to the record in force on the date, bounds included', () => {
    const kienGiang = { validFrom: null, validTo: '2025-06-30' };
    const anGiang = { validFrom: '2025-07-01', validTo: null };
    expect(isInForce(kienGiang, '2020-10-19')).toBe(true);
    expect(isInForce(kienGiang, '2025-06-30')).toBe(true);
    expect(isInForce(kienGiang, '2025-07-01')).toBe(false);
    expect(isInForce(anGiang, '2025-07-01')).toBe(true);
    expect(isInForce(anGiang, '2025-06-30')).toBe(false);
  });
});
