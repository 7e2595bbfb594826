import { describe, expect, it } from 'vitest';
import { counterpartsOn, inForce, type LinkedUnit } from './lineage.js';

const unit = (id: string, validFrom: string | null, validTo: string | null, links: LinkedUnit[] = []) => ({
  id,
  validFrom,
  validTo,
  links: links.map((linked) => ({ unit: linked })),
});

describe('a unit on another day', () => {
  const anGiang = unit('an-giang-2025', '2025-07-01', null);
  const kienGiang = unit('kien-giang', null, '2025-06-30', [anGiang]);

  it('is in force between its bounds, both included', () => {
    expect(inForce(kienGiang, '2025-06-30')).toBe(true);
    expect(inForce(kienGiang, '2025-07-01')).toBe(false);
    expect(inForce(anGiang, '2025-07-01')).toBe(true);
  });

  it('is itself while in force', () => {
    expect(counterpartsOn(kienGiang, '2020-12-31')).toEqual(['kien-giang']);
  });

  it('is what it became, following successors', () => {
    expect(counterpartsOn(kienGiang, '2026-11-30')).toEqual(['an-giang-2025']);
  });

  it('is what it was formed from, following predecessors: several when merged', () => {
    const merged = unit('an-giang-2025', '2025-07-01', null, [
      unit('kien-giang', null, '2025-06-30'),
      unit('an-giang-old', null, '2025-06-30'),
    ]);
    expect(counterpartsOn(merged, '2020-12-31')).toEqual(['kien-giang', 'an-giang-old']);
  });

  it('goes through several reorganisations, each unit once', () => {
    const today = unit('c', '2025-07-01', null);
    const between = unit('b', '2021-01-01', '2025-06-30', [today, today]);
    const first = unit('a', null, '2020-12-31', [between, between]);
    expect(counterpartsOn(first, '2026-01-01')).toEqual(['c']);
    expect(counterpartsOn(first, '2022-01-01')).toEqual(['b']);
  });

  it('is nothing when no link leads to a unit in force that day', () => {
    expect(counterpartsOn(unit('district', null, '2025-06-30'), '2026-01-01')).toEqual([]);
  });
});
