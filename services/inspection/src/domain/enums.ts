export enum PlanStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  CONCLUDED = 'CONCLUDED',
  CLOSED = 'CLOSED',
}

/** Trưởng đoàn, phó trưởng đoàn, thành viên, thư ký. */
export enum TeamRole {
  LEAD = 'LEAD',
  DEPUTY_LEAD = 'DEPUTY_LEAD',
  MEMBER = 'MEMBER',
  SECRETARY = 'SECRETARY',
}

/** The order a team is listed in, as on a decision establishing it: the lead first, the secretary last. */
export const TEAM_ROLE_ORDER = [TeamRole.LEAD, TeamRole.DEPUTY_LEAD, TeamRole.MEMBER, TeamRole.SECRETARY];

export enum VisitStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  POSTPONED = 'POSTPONED',
  CANCELLED = 'CANCELLED',
}

// Declared in the kit: e-government-metrics reads the same kind (its verdict rule).
export { FindingKind } from '@cchc/kit';

export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** NOTED for strengths; a limitation or violation is OPEN until every corrective action on it is verified. */
export enum FindingStatus {
  NOTED = 'NOTED',
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** OVERDUE is never stored: it is an OPEN action past its deadline (see effectiveActionStatus). */
export enum ActionStatus {
  OPEN = 'OPEN',
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED',
  OVERDUE = 'OVERDUE',
}

/** How an action stands against its deadline (see actionTimeliness). */
export enum ActionTimeliness {
  DONE_ON_TIME = 'DONE_ON_TIME',
  DONE_LATE = 'DONE_LATE',
  IN_PROGRESS = 'IN_PROGRESS',
  OVERDUE = 'OVERDUE',
}

export enum RecommendationAddressee {
  UNITS = 'UNITS',
  PROVINCE = 'PROVINCE',
}
