import type { StaffingRepository } from '../db/staffing.repository.js';
import { staffingOf, type UnitStaffing } from '../domain/staffing.js';

/** The staffing of units for a year, read in one statement for any number of units. */
export class StaffingService {
  constructor(private readonly staffing: StaffingRepository) {}

  /** Each unit's staffing in the order asked; null where none is recorded. */
  async ofUnits(unitIds: readonly string[], year: number): Promise<(UnitStaffing | null)[]> {
    const rows = new Map((await this.staffing.ofUnits(unitIds, year)).map((row) => [row.unitId, row]));
    return unitIds.map((id) => {
      const row = rows.get(id);
      return row ? staffingOf(row) : null;
    });
  }
}
