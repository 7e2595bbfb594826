import { Role } from '@cchc/kit';

const READERS = [Role.ADMIN, Role.INSPECTOR, Role.ANALYST];
const ADMIN = [Role.ADMIN];
const FIELD_WORK = [Role.ADMIN, Role.INSPECTOR];
/** Any logged-in caller. */
const ANY_USER: Role[] = [];

/**
 * Who may call each operation of this subgraph (the role × operation matrix test reads it). UNIT_OFFICER
 * and PARTNER read nothing here yet: their row-level scope is not built, and without it they would see
 * other units' findings and team members' names.
 */
export const INSPECTION_ACCESS = {
  'Query.inspectionPlans': READERS,
  'Query.inspectionPlan': READERS,
  'Query.findings': READERS,
  'Query.findingStats': READERS,
  'Query.correctiveActions': READERS,
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
  'Unit.findings': READERS,
  'Unit.inspections': READERS,
  'Unit.openCorrectiveActions': READERS,
} satisfies Record<string, Role[]>;
