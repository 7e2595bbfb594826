import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { daysUntil } from './create-api-token-form.js';

describe('daysUntil', () => {
  const today = new Date(2026, 10, 29, 15, 30);
  it.each([
    ['2026-11-30', 1],
    ['2026-12-29', 30],
    ['2027-11-29', 365],
    ['2026-11-29', 0],
  ])('from 29/11/2026 (afternoon) to %s is %i days', (date, days) => {
    expect(daysUntil(dayjs(date), today)).toBe(days);
  });
});
