import { useQuery } from '@apollo/client/react';
import { useSession } from './session.js';
import { UnitScopeQuery } from './unit-operations.js';

/** A UNIT_OFFICER's unit (id and name); null for users who see every unit. */
export function useUnitScope() {
  const { user } = useSession();
  const unitId = user?.roles.includes('UNIT_OFFICER') ? user.unitId : null;
  const { data } = useQuery(UnitScopeQuery, { variables: { id: unitId ?? '' }, skip: !unitId });
  return unitId ? { unitId, unit: data?.unit ?? null } : null;
}
