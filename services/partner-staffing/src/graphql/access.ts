import type { Role } from '@cchc/kit';

/** Any logged-in caller, partners included: staffing totals name no one. */
const ANY_USER: Role[] = [];

/** Who may call each operation of this subgraph (the role × operation matrix test reads it). */
export const STAFFING_ACCESS = {
  'Unit.staffing': ANY_USER,
} satisfies Record<string, Role[]>;
