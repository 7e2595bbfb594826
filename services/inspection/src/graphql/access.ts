import { Role } from '@cchc/kit';

const READERS = [Role.ADMIN, Role.INSPECTOR, Role.ANALYST];
/** Readers, and unit officers — who see only their own unit's tree (applied in SQL). */
const SCOPED_READERS = [...READERS, Role.UNIT_OFFICER];
const ADMIN = [Role.ADMIN];
/** An INSPECTOR only on plans whose team they are on (`application/caller.ts`, checked in the write). */
const FIELD_WORK = [Role.ADMIN, Role.INSPECTOR];
/** Scoped readers, and partner agencies — who see the findings of concluded plans only (applied in SQL). */
const PUBLISHED_READERS = [...SCOPED_READERS, Role.PARTNER];
/** Any logged-in caller. */
const ANY_USER: Role[] = [];

/**
 * Who may call each operation of this subgraph (the role × operation matrix test reads it). A UNIT_OFFICER
 * reads the findings and corrective actions of its own unit's tree only (the scope is a SQL condition);
 * PARTNER reads the findings of concluded plans (published to partners), without personal data.
 */
export const INSPECTION_ACCESS = {
  'Query.inspectionPlans': READERS,
  'Query.inspectionPlan': READERS,
  'Query.findings': PUBLISHED_READERS,
  'Query.findingStats': PUBLISHED_READERS,
  'Query.correctiveActions': SCOPED_READERS,
  'Query.correctiveActionTimeliness': SCOPED_READERS,
  'Query.criteriaCatalog': ANY_USER,
  'Query.auditLog': FIELD_WORK,
  'Mutation.createInspectionPlan': ADMIN,
  'Mutation.updateInspectionPlan': ADMIN,
  'Mutation.changeInspectionPlanStatus': ADMIN,
  'Mutation.addTeamMember': ADMIN,
  'Mutation.removeTeamMember': ADMIN,
  'Mutation.addInspectionTarget': ADMIN,
  'Mutation.removeInspectionTarget': ADMIN,
  'Mutation.setConclusion': ADMIN,
  'Mutation.copyCriteriaCatalog': ADMIN,
  'Mutation.saveCriterion': ADMIN,
  'Mutation.recordVisit': FIELD_WORK,
  'Mutation.recordFinding': FIELD_WORK,
  'Mutation.updateFinding': FIELD_WORK,
  'Mutation.dismissAlert': FIELD_WORK,
  'Mutation.createCorrectiveAction': FIELD_WORK,
  'Mutation.verifyCorrectiveAction': FIELD_WORK,
  /** A unit officer reports on its own unit's actions (checked against its unit tree). */
  'Mutation.reportOnCorrectiveAction': [Role.ADMIN, Role.UNIT_OFFICER],
  'Mutation.saveAssessment': FIELD_WORK,
  /** An INSPECTOR only as the plan's team lead (checked in the write). */
  'Mutation.issueNotice': FIELD_WORK,
  'Query.conclusionNotices': PUBLISHED_READERS,
  'Unit.findings': PUBLISHED_READERS,
  'Unit.inspections': READERS,
  'Unit.openCorrectiveActions': SCOPED_READERS,
} satisfies Record<string, Role[]>;

/** Nested fields that lead from one unit's findings to other units' (plan targets, follow-up): readers only. */
export const PLAN_CONTENTS_READERS = READERS;

/** Fields naming people (the team, a visit's attendees and minutes, report authors): never for partners. */
export const PERSONAL_DATA_READERS = SCOPED_READERS;
