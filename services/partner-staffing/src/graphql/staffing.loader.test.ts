import { describe, expect, it } from 'vitest';
import { StaffingService } from '../application/staffing.service.js';
import type { StaffingRepository } from '../db/staffing.repository.js';
import type { StaffingFigures } from '../domain/staffing.js';
import { staffingLoader } from './staffing.loader.js';

/** A repository answering from rows, recording the units of each call (one call per batch). */
function repository(rows: StaffingFigures[]) {
  const calls: string[][] = [];
  const staffing = {
    ofUnits: async (unitIds: readonly string[], year: number) => {
      calls.push([...unitIds]);
      return rows.filter((r) => unitIds.includes(r.unitId) && r.year === year);
    },
  } as unknown as StaffingRepository;
  return { staffing, calls };
}

describe('the Unit.staffing loader', () => {
  it('reads the units of a request in one call per year, null for a unit without figures', async () => {
    const { staffing, calls } = repository([
      { unitId: 'a', year: 2020, approvedPosts: 120, staffInPost: 114, contractStaff: 9 },
      { unitId: 'a', year: 2021, approvedPosts: 118, staffInPost: 118, contractStaff: 7 },
      { unitId: 'b', year: 2020, approvedPosts: 40, staffInPost: 38, contractStaff: 2 },
    ]);
    const of = staffingLoader(new StaffingService(staffing));
    const [a, b, none, a2021] = await Promise.all([
      of(2020).load('a'),
      of(2020).load('b'),
      of(2020).load('c'),
      of(2021).load('a'),
    ]);
    expect(calls).toEqual([['a', 'b', 'c'], ['a']]);
    expect(a).toMatchObject({ year: 2020, approvedPosts: 120, vacancies: 6 });
    expect(b).toMatchObject({ year: 2020, staffInPost: 38, vacancies: 2 });
    expect(none).toBeNull();
    expect(a2021).toMatchObject({ year: 2021, vacancies: 0, fillRate: 1 });
  });
});
