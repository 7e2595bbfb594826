import DataLoader from 'dataloader';
import type { StaffingService } from '../application/staffing.service.js';
import type { UnitStaffing } from '../domain/staffing.js';

/** Per request: the staffing of every unit asked for a year, one batch (one SQL statement) per year. */
export function staffingLoader(service: Pick<StaffingService, 'ofUnits'>) {
  const byYear = new Map<number, DataLoader<string, UnitStaffing | null>>();
  return (year: number) => {
    let loader = byYear.get(year);
    if (!loader) {
      loader = new DataLoader((unitIds) => service.ofUnits(unitIds, year));
      byYear.set(year, loader);
    }
    return loader;
  };
}

export type StaffingLoader = ReturnType<typeof staffingLoader>;
