import type { RequestContext } from '@cchc/kit';
import type { StaffingLoader } from './staffing.loader.js';

export interface StaffingContext extends RequestContext {
  /** This request's loader of units' staffing for a year (through the application's StaffingService). */
  staffingOf: StaffingLoader;
}
