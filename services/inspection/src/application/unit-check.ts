import { badInput } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';

/**
 * Refuses a write that names a unit the registry does not know: BAD_USER_INPUT naming the first such field (its
 * path in the request). One request for all the fields, made before the write's transaction so that no lock
 * waits on the network; an absent field is not asked about.
 */
export async function assertUnitsExist(
  units: UnitRegistryClient,
  fields: Record<string, string | null | undefined>,
): Promise<void> {
  const given = Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const unknown = new Set(await units.unknownIds(given.map(([, id]) => id)));
  const bad = given.find(([, id]) => unknown.has(id));
  if (bad) throw badInput(bad[0], `${bad[0]} is not a unit of the unit registry`);
}
