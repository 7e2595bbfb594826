import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { StaffingRepository, StaffingRow } from '../db/staffing.repository.js';
import { staffingLoader } from './staffing.resolver.js';

/** The repository's answer for a year, counting the calls (one per batch of units). */
function repository(rows: StaffingRow[]) {
  const calls: string[][] = [];
  const staffing = {
    ofUnits: async (unitIds: readonly string[], year: number) => {
      calls.push([...unitIds]);
      return rows.filter((r) => unitIds.includes(r.unitId) && r.year === year);
    },
  } as unknown as StaffingRepository;
  return { staffing, calls };
}

describe('Unit.staffing', () => {
  it('batches the units of a request into one call per year, with vacancies and fill rate', async () => {
    const { staffing, calls } = repository([
      { unitId: 'a', year: 2020, approvedPosts: 120, staffInPost: 114, contractStaff: 9 },
      { unitId: 'b', year: 2020, approvedPosts: 0, staffInPost: 0, contractStaff: 2 },
    ]);
    const of = staffingLoader({ staffing });
    const [a, b, none] = await Promise.all(['a', 'b', 'c'].map((id) => of(2020).load(id)));
    expect(calls).toEqual([['a', 'b', 'c']]);
    expect(a).toEqual({
      year: 2020,
      approvedPosts: 120,
      staffInPost: 114,
      contractStaff: 9,
      vacancies: 6,
      fillRate: 0.95,
    });
    expect(b).toMatchObject({ vacancies: 0, fillRate: 0 });
    expect(none).toBeNull();
  });
});
