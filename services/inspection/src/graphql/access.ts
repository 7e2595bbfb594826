import { Role } from '@cchc/kit';

const READERS = [Role.ADMIN, Role.INSPECTOR, Role.ANALYST];
/** Readers, and unit officers — who see only their own unit's tree (applied in SQL). */
const SCOPED_READERS = [...READERS, Role.UNIT_OFFICER];
const ADMIN = [Role.ADMIN];
/** An INSPECTOR only on plans whose team they are on (`team-guard.ts`, checked in SQL). */
const FIELD_WORK = [Role.ADMIN, Role.INSPECTOR];
/** Any logged-in caller. */
const ANY_USER: Role[] = [];

/**
 * Who may call each operation of this subgraph (the role × operation matrix test reads it). A UNIT_OFFICER
 * reads the findings and corrective actions of its own unit's tree only (the scope is a SQL condition);
 * PARTNER reads nothing here yet: the published-only view without personal data is not built.
 */
export const INSPECTION_ACCESS = {
  'Query.inspectionPlans': READERS,
  'Query.inspectionPlan': READERS,
  'Query.findings': SCOPED_READERS,
  'Query.findingStats': SCOPED_READERS,
  'Query.correctiveActions': SCOPED_READERS,
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
  'Mutation.createCorrectiveAction': FIELD_WORK,
  'Mutation.verifyCorrectiveAction': FIELD_WORK,
  /** A unit officer reports on its own unit's actions (checked against its unit tree). */
  'Mutation.reportOnCorrectiveAction': [Role.ADMIN, Role.UNIT_OFFICER],
  'Unit.findings': SCOPED_READERS,
  'Unit.inspections': READERS,
  'Unit.openCorrectiveActions': SCOPED_READERS,
} satisfies Record<string, Role[]>;

/** Nested fields that lead from one unit's findings to other units' (plan targets, follow-up): readers only. */
export const PLAN_CONTENTS_READERS = READERS;
