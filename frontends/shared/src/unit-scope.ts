import { useQuery } from '@apollo/client/react';
import type { UnitKind } from './generated/graphql.js';
import { useSession } from './session.js';
import { UnitScopeQuery } from './unit-operations.js';

/** A UNIT_OFFICER's unit (id and name); null for users who see every unit. */
export function useUnitScope() {
  const { user } = useSession();
  const unitId = user?.roles.includes('UNIT_OFFICER') ? user.unitId : null;
  const { data } = useQuery(UnitScopeQuery, { variables: { id: unitId ?? '' }, skip: !unitId });
  return unitId ? { unitId, unit: data?.unit ?? null } : null;
}

interface PlacedUnit {
  code: string;
  kind: UnitKind;
  ancestors: { code: string; kind: UnitKind }[];
}

const isProvince = (unit: { kind: UnitKind }) => unit.kind === 'PROVINCE' || unit.kind === 'CENTRAL_CITY';

/**
 * The code of the province a unit belongs to (the unit's own when it is one). Codes outlive reforms: 91 is
 * Kiên Giang until 30/06/2025 and the merged An Giang after, so the code finds the province on any date.
 */
export function provinceCodeOf(unit: PlacedUnit): string | undefined {
  if (isProvince(unit)) return unit.code;
  return unit.ancestors.find(isProvince)?.code;
}

/** The provinces in force, the home one (by code) apart from the others; no home when it is not among them. */
export function splitProvinces<P extends { code: string }>(provinces: P[], homeCode: string | undefined) {
  const home = provinces.find((province) => province.code === homeCode);
  return { home, others: provinces.filter((province) => province !== home) };
}
