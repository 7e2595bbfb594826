import { isOpenAction } from './action-status.js';
import { type ActionStatus, FindingKind, FindingStatus } from './enums.js';

/**
 * A strength is NOTED; a limitation or violation is RESOLVED once it has corrective actions and none of them is
 * open any more, OPEN otherwise (also before its first action).
 */
export function findingStatus(kind: FindingKind, actions: readonly ActionStatus[]): FindingStatus {
  if (kind === FindingKind.STRENGTH) return FindingStatus.NOTED;
  return actions.length > 0 && !actions.some(isOpenAction) ? FindingStatus.RESOLVED : FindingStatus.OPEN;
}
