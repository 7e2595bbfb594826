import { describe, expect, it } from 'vitest';
import { sameMonths, twelveMonthsBefore } from './evidence.js';

describe('the figures an inspection looks at by default', () => {
  it.each([
    ['2020-10-19', '2019-10-01', '2020-09-30'],
    ['2021-01-05', '2020-01-01', '2020-12-31'],
    ['2024-03-01', '2023-03-01', '2024-02-29'],
  ])('before %s are %s..%s', (day, from, to) => {
    expect(twelveMonthsBefore(day)).toEqual({ from, to });
  });

  it('compares periods by their months', () => {
    expect(
      sameMonths({ from: '2020-01-01', to: '2020-06-30' }, { from: '2020-01-15', to: '2020-06-01' }),
    ).toBe(true);
    expect(
      sameMonths({ from: '2020-01-01', to: '2020-06-30' }, { from: '2020-02-01', to: '2020-06-30' }),
    ).toBe(false);
  });
});
