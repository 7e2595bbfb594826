import { badInput } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';

/** The units a filter names: by id, by code (held on a date: codes are reused, `91` is two provinces), or both. */
export interface UnitSelection {
  ids?: string[];
  codes?: string[];
  /** The input field the codes came in, named when one is unknown. */
  codesField: string;
  /** The date the codes resolve on; `today` when absent. */
  asOf?: string;
  includeDescendants?: boolean;
  /** Also the units these were formed from through reorganisations (then their descendants, when asked). */
  throughLineage?: boolean;
}

async function idsOfCodes(
  units: UnitRegistryClient,
  selection: UnitSelection,
  today: string,
): Promise<string[]> {
  if (!selection.codes?.length) return [];
  const asOf = selection.asOf ?? today;
  const ids = await units.idsByCode(selection.codes, asOf);
  const unknown = selection.codes.find((code) => !ids.get(code));
  if (unknown !== undefined)
    throw badInput(selection.codesField, `No unit held the code ${unknown} on ${asOf}`);
  return selection.codes.map((code) => ids.get(code)!);
}

/**
 * The unit ids a filter selects (ids and codes together), with their descendants from unit-registry when
 * asked: every unit ever under them, so a district's 2020 communes count although they no longer exist; through
 * lineage when asked, so today's An Giang holds what Kiên Giang's units were found in 2020.
 * Undefined when the filter names no unit.
 */
export async function selectedUnitIds(
  units: UnitRegistryClient,
  selection: UnitSelection,
  today: string,
): Promise<string[] | undefined> {
  if (!selection.ids && !selection.codes) return undefined;
  const direct = [...new Set([...(selection.ids ?? []), ...(await idsOfCodes(units, selection, today))])];
  const named = selection.throughLineage
    ? [...new Set([...direct, ...(await units.predecessorsOf(direct))])]
    : direct;
  if (!selection.includeDescendants) return named;
  return [...new Set([...named, ...(await units.descendantsOf(named, undefined))])];
}
