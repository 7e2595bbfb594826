import { ActionStatus, ActionTimeliness } from './enums.js';

/** What the client sees: an OPEN action whose deadline has passed is OVERDUE. */
export function effectiveActionStatus(stored: ActionStatus, deadline: string, today: string): ActionStatus {
  return stored === ActionStatus.OPEN && deadline < today ? ActionStatus.OVERDUE : stored;
}

/** The same rule in SQL, for filters and counts (`a` is the corrective_actions alias, `:today` a parameter). */
export const EFFECTIVE_ACTION_STATUS_SQL = `CASE WHEN a.status = 'OPEN' AND a.deadline < :today THEN 'OVERDUE' ELSE a.status END`;

/** An action stays open, still owed by its unit (OPEN, OVERDUE or REPORTED), until an inspector verifies it. */
export function isOpenAction(stored: ActionStatus): boolean {
  return stored !== ActionStatus.VERIFIED;
}

/** The same rule in SQL (`a` is the corrective_actions alias). */
export const OPEN_ACTION_SQL = `a.status <> 'VERIFIED'`;

/**
 * Done on time or late when the unit reported it (or it was verified) by the deadline or after; an action sent
 * back is open again. The unit's last report dates it: a report redone after a send-back is when it was done.
 */
export function actionTimeliness(
  stored: ActionStatus,
  deadline: string,
  doneOn: string | null,
  today: string,
): ActionTimeliness {
  if (stored === ActionStatus.OPEN)
    return deadline < today ? ActionTimeliness.OVERDUE : ActionTimeliness.IN_PROGRESS;
  return doneOn !== null && doneOn <= deadline ? ActionTimeliness.DONE_ON_TIME : ActionTimeliness.DONE_LATE;
}

/** The same rule in SQL (`a` is the corrective_actions alias, `:today` a parameter). */
export const ACTION_TIMELINESS_SQL = `CASE
  WHEN a.status = 'OPEN' THEN CASE WHEN a.deadline < :today THEN 'OVERDUE' ELSE 'IN_PROGRESS' END
  WHEN COALESCE((SELECT MAX(r.reported_on) FROM action_reports r WHERE r.action_id = a.id), a.verified_on) <= a.deadline
    THEN 'DONE_ON_TIME'
  ELSE 'DONE_LATE' END`;
