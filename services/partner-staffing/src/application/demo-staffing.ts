import { readFile } from 'node:fs/promises';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import { z } from 'zod';
import type { StaffingRepository } from '../db/staffing.repository.js';

const DEMO_FILE = new URL('../../data/demo-staffing.json', import.meta.url);
const demoFile = z.object({
  asOf: z.string().date(),
  staffing: z.array(
    z.object({
      unitCode: z.string(),
      year: z.number().int(),
      approvedPosts: z.number().int().nonnegative(),
      staffInPost: z.number().int().nonnegative(),
      contractStaff: z.number().int().nonnegative(),
    }),
  ),
});

/**
 * Loads the illustrative figures when none are stored; they name units by official code, resolved through
 * unit-registry's API (never its tables). Units the registry does not know are skipped. Returns how many rows.
 */
export async function loadDemoStaffing(
  staffing: StaffingRepository,
  units: UnitRegistryClient,
): Promise<number> {
  if ((await staffing.count()) > 0) return 0;
  const demo = demoFile.parse(JSON.parse(await readFile(DEMO_FILE, 'utf8')));
  const ids = new Map<string, string | null>();
  for (const code of new Set(demo.staffing.map((s) => s.unitCode))) {
    ids.set(code, await units.idByCode(code, demo.asOf));
  }
  const rows = demo.staffing.flatMap(({ unitCode, ...figures }) => {
    const unitId = ids.get(unitCode);
    return unitId ? [{ unitId, ...figures }] : [];
  });
  await staffing.insert(rows);
  return rows.length;
}
