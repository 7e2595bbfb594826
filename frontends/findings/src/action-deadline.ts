import type { ActionStatus } from './generated/graphql.js';

/** How close a deadline is that a unit must act on: past, within two weeks, or not yet pressing. */
export type DeadlineUrgency = { kind: 'overdue' | 'soon'; days: number } | null;

/** Deadlines this close are shown as near. */
export const SOON_DAYS = 14;

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * Only an action the unit still has to carry out (open or overdue) is pressed by its deadline; a reported one
 * waits for the inspectors, a verified one is done. Dates are YYYY-MM-DD; days count whole calendar days.
 */
export function deadlineUrgency(deadline: string, status: ActionStatus, today: string): DeadlineUrgency {
  if (status !== 'OPEN' && status !== 'OVERDUE') return null;
  const left = dayNumber(deadline) - dayNumber(today);
  if (left < 0) return { kind: 'overdue', days: -left };
  return left <= SOON_DAYS ? { kind: 'soon', days: left } : null;
}
