import { describe, expect, it } from 'vitest';
import { deadlineUrgency } from './action-deadline.js';

describe('how pressing a corrective action’s deadline is', () => {
  it('counts the days past a deadline still open', () => {
    expect(deadlineUrgency('2021-02-28', 'OVERDUE', '2021-03-03')).toEqual({ kind: 'overdue', days: 3 });
    expect(deadlineUrgency('2020-12-31', 'OPEN', '2021-01-01')).toEqual({ kind: 'overdue', days: 1 });
  });

  it('marks as near a deadline today or within 14 days, and not one 15 days away', () => {
    expect(deadlineUrgency('2026-12-01', 'OPEN', '2026-12-01')).toEqual({ kind: 'soon', days: 0 });
    expect(deadlineUrgency('2026-12-15', 'OPEN', '2026-12-01')).toEqual({ kind: 'soon', days: 14 });
    expect(deadlineUrgency('2026-12-16', 'OPEN', '2026-12-01')).toBeNull();
  });

  it('counts calendar days across months and leap days', () => {
    expect(deadlineUrgency('2024-03-01', 'OPEN', '2024-02-20')).toEqual({ kind: 'soon', days: 10 });
  });

  it('leaves reported and verified actions alone, whatever their deadline', () => {
    expect(deadlineUrgency('2020-01-01', 'REPORTED', '2026-01-01')).toBeNull();
    expect(deadlineUrgency('2026-01-05', 'VERIFIED', '2026-01-01')).toBeNull();
  });
});
