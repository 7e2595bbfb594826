import { DomainError, ErrorCode, Role } from '@cchc/kit';
import type { FieldWorkSubject } from '../db/plan.repository.js';
import type { InspectionContext } from './context.js';

/**
 * An INSPECTOR records visits, findings and corrective actions only on plans whose team they are on (an ADMIN
 * everywhere); checked against the team in SQL before the write.
 */
export async function assertOnPlanTeam(ctx: InspectionContext, subject: FieldWorkSubject): Promise<void> {
  const identity = ctx.identity;
  if (!identity?.roles.includes(Role.INSPECTOR) || identity.roles.includes(Role.ADMIN)) return;
  if ((await ctx.planQueries.isOnTeamOf(subject, identity.username)) === false) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      "Only members of this plan's inspection team record its visits, findings and corrective actions",
    );
  }
}
