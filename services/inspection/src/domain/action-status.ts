import { ActionStatus } from './enums.js';

/** What the client sees: an OPEN action whose deadline has passed is OVERDUE. */
export function effectiveActionStatus(stored: ActionStatus, deadline: string, today: string): ActionStatus {
  return stored === ActionStatus.OPEN && deadline < today ? ActionStatus.OVERDUE : stored;
}

/** The same rule in SQL, for filters and counts (`a` is the corrective_actions alias, `:today` a parameter). */
export const EFFECTIVE_ACTION_STATUS_SQL = `CASE WHEN a.status = 'OPEN' AND a.deadline < :today THEN 'OVERDUE' ELSE a.status END`;
