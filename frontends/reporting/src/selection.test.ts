import { describe, expect, it } from 'vitest';
import {
  defaultAsOf,
  isPeriod,
  monthsOf,
  periodBounds,
  periodText,
  searchOf,
  selectionOf,
  unitsAsOf,
} from './selection.js';

describe('a period', () => {
  it.each([
    ['2020', true],
    ['2020-01..2020-06', true],
    ['2020-03..2020-03', true],
    ['2020-06..2020-01', false],
    ['2020-11..2021-02', false],
    ['2020-13..2020-14', false],
    ['20', false],
    ['2020-Q3', false],
  ])('%s is a period: %s', (text, expected) => {
    expect(isPeriod(text)).toBe(expected);
  });

  it('lists its months, bounds them by day and reads as officials write it', () => {
    expect(monthsOf('2020')).toHaveLength(12);
    expect(monthsOf('2020').slice(0, 2)).toEqual(['2020-01', '2020-02']);
    expect(monthsOf('2020-10..2020-12')).toEqual(['2020-10', '2020-11', '2020-12']);
    expect(periodBounds('2020')).toEqual({ from: '2020-01-01', to: '2020-12-01' });
    expect(periodBounds('2020-03..2020-05')).toEqual({ from: '2020-03-01', to: '2020-05-01' });
    expect(periodText('2020')).toBe('2020');
    expect(periodText('2020-01..2020-06')).toBe('01/2020 – 06/2020');
  });
});

describe('the selection in the query string', () => {
  const defaults = { year: 2020, today: '2026-11-30' };

  it('reads a past year as its units stood on its last day, the current year as today', () => {
    expect(defaultAsOf(2020, '2026-11-30')).toBe('2020-12-31');
    expect(defaultAsOf(2026, '2026-11-30')).toBe('2026-11-30');
  });

  it('falls back on the defaults for what is missing or wrong', () => {
    expect(selectionOf('', defaults)).toEqual({ period: '2020', asOf: '2020-12-31', view: 'asOf' });
    expect(selectionOf('?period=2019-13&asOf=yesterday&units=all', defaults)).toEqual({
      period: '2020',
      asOf: '2020-12-31',
      view: 'asOf',
    });
    expect(selectionOf('?period=2023', defaults).asOf).toBe('2023-12-31');
  });

  it('reads back what it writes, today’s units included', () => {
    const selection = { period: '2020-01..2020-06', asOf: '2020-10-19', view: 'today' } as const;
    expect(selectionOf(searchOf(selection), defaults)).toEqual(selection);
    expect(searchOf({ ...selection, view: 'asOf' })).not.toContain('units');
  });

  it('reads today’s units on today, the others on the as-of date', () => {
    const selection = { period: '2020', asOf: '2020-12-31', view: 'asOf' } as const;
    expect(unitsAsOf(selection, '2026-11-30')).toBe('2020-12-31');
    expect(unitsAsOf({ ...selection, view: 'today' }, '2026-11-30')).toBe('2026-11-30');
  });
});
