import { type Caller, DomainError, ErrorCode, Role } from '@cchc/kit';
import type { EntityManager } from 'typeorm';
import { PlanRepository } from '../db/plan.repository.js';
import { TeamRole } from '../domain/enums.js';

const isAdmin = (caller: Caller) => caller.roles.includes(Role.ADMIN);

/**
 * Field work on a plan (visits, findings, corrective actions, scores, dismissed alerts) is for its team (an
 * ADMIN everywhere). The membership row is locked FOR SHARE on the write's transaction: removing the member
 * waits for the write, and a write after the removal sees it.
 */
export async function assertOnPlanTeam(db: EntityManager, caller: Caller, planId: string): Promise<void> {
  if (isAdmin(caller) || (await new PlanRepository(db).lockTeamMember(planId, caller.username))) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    "Only members of this plan's inspection team record its visits, findings and corrective actions",
  );
}

/** A plan's notices are issued by an ADMIN or its team's lead, checked the same way. */
export async function assertPlanTeamLead(db: EntityManager, caller: Caller, planId: string): Promise<void> {
  const team = new PlanRepository(db);
  if (isAdmin(caller) || (await team.lockTeamMember(planId, caller.username, TeamRole.LEAD))) return;
  throw new DomainError(ErrorCode.FORBIDDEN, "Only the team's lead (trưởng đoàn) issues its notices");
}
