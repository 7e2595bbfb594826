import { DomainError } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { bucketLabel, lastDayOf, monthStart, parsePeriod } from './period.js';

describe('periods', () => {
  it.each([
    ['2020', '2020-01-01', '2020-12-01'],
    ['2020-Q3', '2020-07-01', '2020-09-01'],
    ['2020-10', '2020-10-01', '2020-10-01'],
    ['2020-01..2020-06', '2020-01-01', '2020-06-01'],
    ['2019..2021', '2019-01-01', '2021-12-01'],
  ])('%s spans %s to %s', (text, from, to) => {
    expect(parsePeriod(text)).toEqual({ from, to });
  });

  it('refuses what is not a period, or a range that ends before it starts', () => {
    expect(() => parsePeriod('2020-13')).toThrow(DomainError);
    expect(() => parsePeriod('last year')).toThrow(/is not a period/);
    expect(() => parsePeriod('2021..2020')).toThrow(/ends before/);
  });

  it.each(['0000', '1899', '2101', '9999-12', '0000-Q1', '2020..9999', '2020-00', '', ' '])(
    'refuses %j with BAD_USER_INPUT on period: a year outside 1900–2100 or no period at all',
    (text) => {
      expect(() => parsePeriod(text)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'period' } }),
      );
    },
  );

  it('reads the bounds themselves and a period with spaces around it', () => {
    expect(parsePeriod('1900')).toEqual({ from: '1900-01-01', to: '1900-12-01' });
    expect(parsePeriod(' 2100-q4 ')).toEqual({ from: '2100-10-01', to: '2100-12-01' });
  });

  it('names buckets by grain', () => {
    const range = parsePeriod('2020');
    expect(bucketLabel('2020-10-01', 'QUARTER', range)).toBe('2020-Q4');
    expect(bucketLabel('2020-10-01', 'MONTH', range)).toBe('2020-10');
    expect(bucketLabel('2020-01-01', null, range)).toBe('2020-01..2020-12');
  });

  it('stores a month as its first day, whatever day was given, and knows its last', () => {
    expect(monthStart('2020-10-19')).toBe('2020-10-01');
    expect(monthStart('2020-12-31')).toBe('2020-12-01');
    expect(lastDayOf('2020-02-01')).toBe('2020-02-29');
    expect(lastDayOf('2021-02-01')).toBe('2021-02-28');
  });
});
