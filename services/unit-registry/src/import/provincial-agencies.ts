import { UnitKind } from '../domain/unit-kind.js';
import { type AgencyFile, ImportFileError, type UnitNames } from './admin-unit-files.js';

const FILE = 'provincial-agencies.json';

/** Before 1 July 2025 (63 provinces) or from it (34). */
export type AgencyPeriodName = 'before' | 'after';

export interface AgencyDefinition {
  abbr: string;
  kind: UnitKind.DEPARTMENT | UnitKind.PROVINCIAL_AGENCY;
  name: string;
  nameEn: string;
}

/**
 * The agencies of each province in a period: the standard set, changed by the variations naming the province.
 * A variation naming an unknown province, or removing an agency the province does not have, is refused: the
 * lists are written by hand.
 */
export function agenciesOfPeriod(
  file: AgencyFile,
  period: AgencyPeriodName,
  provinceCodes: string[],
): Map<string, AgencyDefinition[]> {
  const { standard, variations } = file.periods[period];
  const byProvince = new Map(provinceCodes.map((code) => [code, new Set(standard)]));
  variations.forEach((variation, index) => {
    const where = `periods.${period}.variations.${index}`;
    for (const code of variation.provinces) {
      const abbrs = byProvince.get(code);
      if (!abbrs) throw new ImportFileError(FILE, where, `no province ${code} in this period`);
      for (const abbr of variation.remove) {
        if (!abbrs.delete(abbr))
          throw new ImportFileError(FILE, where, `province ${code} has no ${abbr} to remove`);
      }
      for (const abbr of variation.add) {
        if (abbrs.has(abbr)) throw new ImportFileError(FILE, where, `province ${code} already has ${abbr}`);
        abbrs.add(abbr);
      }
    }
  });
  return new Map(
    [...byProvince].map(([code, abbrs]) => [code, [...abbrs].map((abbr) => define(file, abbr, period))]),
  );
}

function define(file: AgencyFile, abbr: string, period: AgencyPeriodName): AgencyDefinition {
  const entry = file.catalogue[abbr];
  if (!entry) throw new ImportFileError(FILE, `periods.${period}`, `${abbr} is not in the catalogue`);
  return { abbr, ...entry };
}

interface Province {
  code: string;
  name: string;
  full_name: string;
  full_name_en: string | null;
  kind: UnitKind;
}

/**
 * An agency's code and names in its province: "Thanh tra {tỉnh}" is "Thanh tra tỉnh" in a province and
 * "Thanh tra thành phố" in a centrally-run city; the full name adds the province ("Sở Nội vụ tỉnh Kiên Giang").
 */
export function agencyNames(agency: AgencyDefinition, province: Province): UnitNames {
  const city = province.kind === UnitKind.CENTRAL_CITY;
  const place = province.full_name.charAt(0).toLowerCase() + province.full_name.slice(1);
  const ownTier = agency.name.includes('{tỉnh}');
  const nameEn = agency.nameEn.replace('{Provincial}', city ? 'City' : 'Provincial');
  return {
    code: `${province.code}-${agency.abbr}`,
    name: agency.name.replace('{tỉnh}', city ? 'thành phố' : 'tỉnh'),
    fullName: ownTier ? agency.name.replace('{tỉnh}', place) : `${agency.name} ${place}`,
    nameEn,
    fullNameEn: `${nameEn}, ${province.full_name_en ?? province.name}`,
  };
}
