import { Role } from '@cchc/kit';

const READERS = [Role.ADMIN, Role.INSPECTOR, Role.ANALYST];
/** Readers, and unit officers for their own unit's tree (checked before any figure is read). */
const SCOPED_READERS = [...READERS, Role.UNIT_OFFICER];
const ADMIN = [Role.ADMIN];
/** A unit officer submits its own unit's figures (checked against its unit tree). */
const SUBMITTERS = [Role.ADMIN, Role.UNIT_OFFICER];
const ANY_USER: Role[] = [];
/** Scoped readers, and partner agencies — whose indicators count approved months only. */
const PUBLISHED_READERS = [...SCOPED_READERS, Role.PARTNER];

/** Who may call each operation of this subgraph (the role × operation matrix test reads it). */
export const METRICS_ACCESS = {
  'Query.indicatorCatalog': ANY_USER,
  'Query.figuresTemplate': ANY_USER,
  'Query.indicatorFacts': [...READERS, Role.PARTNER],
  'Query.monthlyFigures': SCOPED_READERS,
  'Query.indicatorReadings': PUBLISHED_READERS,
  'Query.evidenceVerdicts': PUBLISHED_READERS,
  'Mutation.saveMonthlyFigures': SUBMITTERS,
  'Mutation.submitMonthlyFigures': SUBMITTERS,
  'Mutation.approveMonthlyFigures': ADMIN,
  'Mutation.returnMonthlyFigures': ADMIN,
  'Mutation.lockMonth': ADMIN,
  'Mutation.importMonthlyFigures': ADMIN,
  'Unit.indicators': PUBLISHED_READERS,
  'Unit.score766': PUBLISHED_READERS,
  'Unit.suggestedFindings': SCOPED_READERS,
  'Unit.figures': SCOPED_READERS,
} satisfies Record<string, Role[]>;
