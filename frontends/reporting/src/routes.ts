import { type Selection, searchOf } from './selection.js';

export const REPORTING_ROUTE = '/reporting';

/** The unit a page of the application names (`/reporting/units/:unitId`), or null for the default unit. */
export function unitIdOf(pathname: string): string | null {
  const match = /^\/reporting\/units\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The page of a unit (or of the default unit) with a selection. */
export const reportingPath = (unitId: string | null, selection: Selection) =>
  `${unitId ? `${REPORTING_ROUTE}/units/${encodeURIComponent(unitId)}` : REPORTING_ROUTE}${searchOf(selection)}`;
