import type { RequestContext } from '@cchc/kit';
import type { StaffingRepository } from '../db/staffing.repository.js';
import type { UnitStaffing } from './types.js';

export interface StaffingContext extends RequestContext {
  staffing: StaffingRepository;
  staffingOf(year: number): { load(unitId: string): Promise<UnitStaffing | null> };
}
