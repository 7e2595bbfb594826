import { describe, expect, it } from 'vitest';
import { rankingGroups, rankUnits } from './ranking.js';

const units = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const reading = (unitId: string, value: number | null) => ({
  unitId,
  value,
  status: value === null ? ('NO_DATA' as const) : ('GOOD' as const),
  coverage: value === null ? 0 : 1,
});

describe('ranking units on an indicator', () => {
  const readings = [
    reading('a', 0.9),
    reading('b', 0.95),
    reading('c', 0.9),
    reading('d', null),
    reading('e', 0.8),
  ];

  it('puts the highest first when higher is better, ties sharing a rank, units without figures last', () => {
    const rows = rankUnits(units, readings, 'HIGHER_IS_BETTER');
    expect(rows.map((row) => [row.unit.id, row.rank, row.mark])).toEqual([
      ['b', 1, 'best'],
      ['a', 2, null],
      ['c', 2, null],
      ['e', 4, 'worst'],
      ['d', null, null],
    ]);
  });

  it('puts the lowest first when lower is better', () => {
    const rows = rankUnits(units, readings, 'LOWER_IS_BETTER');
    expect(rows.map((row) => row.unit.id)).toEqual(['e', 'a', 'c', 'b', 'd']);
    expect(rows[0]!.mark).toBe('best');
    expect(rows[3]!.mark).toBe('worst');
  });

  it('marks no best or worst when every unit has the same value, and reads a unit left out as without figures', () => {
    const rows = rankUnits(units.slice(0, 3), [reading('a', 1), reading('b', 1)], 'HIGHER_IS_BETTER');
    expect(rows.map((row) => [row.unit.id, row.rank, row.mark, row.status])).toEqual([
      ['a', 1, null, 'GOOD'],
      ['b', 1, null, 'GOOD'],
      ['c', null, null, 'NO_DATA'],
    ]);
  });
});

describe('the groups units are ranked in', () => {
  it('ranks departments and provincial agencies apart from districts and cities, territorial units first', () => {
    const units = [
      { id: 'snv', kind: 'DEPARTMENT' },
      { id: 'hon-dat', kind: 'RURAL_DISTRICT' },
      { id: 'bqlkkt', kind: 'PROVINCIAL_AGENCY' },
      { id: 'rach-gia', kind: 'PROVINCIAL_CITY' },
    ];
    expect(rankingGroups(units).map(([group, members]) => [group, members.map((u) => u.id)])).toEqual([
      ['territorial', ['hon-dat', 'rach-gia']],
      ['agencies', ['snv', 'bqlkkt']],
    ]);
  });

  it('leaves out an empty group: a district’s communes are one group', () => {
    expect(rankingGroups([{ kind: 'COMMUNE' }, { kind: 'TOWNSHIP' }]).map(([group]) => group)).toEqual([
      'territorial',
    ]);
  });
});
