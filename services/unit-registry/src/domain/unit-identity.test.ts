import { describe, expect, it } from 'vitest';
import { unitId } from './unit-identity.js';

describe('unit identity', () => {
  it('gives a code the same id on every import, and a reused code a different id per period', () => {
    expect(unitId('91', null)).toBe(unitId('91', null));
    expect(unitId('91', null)).not.toBe(unitId('91', '2025-07-01'));
  });
});
