import { describe, expect, it } from 'vitest';
import { provinceCodeOf, splitProvinces } from './unit-scope.js';

describe('the province a unit tree opens on', () => {
  it('is the province above a district, a commune or a department', () => {
    const kienGiang = { code: '91', kind: 'PROVINCE' as const };
    expect(provinceCodeOf({ code: '903', kind: 'RURAL_DISTRICT', ancestors: [kienGiang] })).toBe('91');
    expect(
      provinceCodeOf({
        code: '30817',
        kind: 'COMMUNE',
        ancestors: [kienGiang, { code: '903', kind: 'RURAL_DISTRICT' }],
      }),
    ).toBe('91');
    expect(provinceCodeOf({ code: '91-SKHDT', kind: 'DEPARTMENT', ancestors: [kienGiang] })).toBe('91');
  });

  it('is the unit itself when it is a province or a centrally-run city', () => {
    expect(provinceCodeOf({ code: '79', kind: 'CENTRAL_CITY', ancestors: [] })).toBe('79');
  });

  it('is unknown for a unit outside any province', () => {
    expect(provinceCodeOf({ code: 'X', kind: 'DEPARTMENT', ancestors: [] })).toBeUndefined();
  });

  it('sets the home province apart from the others, and keeps them all when the code is not in force', () => {
    const provinces = [{ code: '89' }, { code: '91' }, { code: '92' }];
    expect(splitProvinces(provinces, '91')).toEqual({
      home: { code: '91' },
      others: [{ code: '89' }, { code: '92' }],
    });
    expect(splitProvinces(provinces, '93')).toEqual({ home: undefined, others: provinces });
    expect(splitProvinces(provinces, undefined).others).toHaveLength(3);
  });
});
