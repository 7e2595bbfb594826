import { describe, expect, it } from 'vitest';
import { homeOf } from './home.js';

const plan = (year: number, status: string, code = '91-SNV', province = '91') => ({
  year,
  status,
  leadUnit: { code, ancestors: province ? [{ code: province }] : [] },
});

describe('where the dashboard opens', () => {
  it('opens on the newest concluded campaign and the province of its lead agency', () => {
    expect(homeOf([plan(2026, 'DRAFT'), plan(2021, 'IN_PROGRESS'), plan(2020, 'CONCLUDED')])).toEqual({
      year: 2020,
      provinceCode: '91',
    });
  });

  it('opens on the newest plan when none is concluded; a province leading a plan is its own province', () => {
    expect(homeOf([plan(2021, 'APPROVED'), plan(2026, 'DRAFT', '79', '')])).toEqual({
      year: 2026,
      provinceCode: '79',
    });
  });

  it('has nowhere to open without a plan', () => {
    expect(homeOf([])).toBeNull();
  });
});
