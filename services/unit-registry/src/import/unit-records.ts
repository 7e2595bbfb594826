import { foldVietnamese } from '@cchc/kit';
import type { AgencyUnit, CurrentUnit, FormerUnit } from '../domain/lineage/index.js';
import { unitId } from '../domain/unit-identity.js';
import { kindFromFullName, type UnitKind, UnitLevel } from '../domain/unit-kind.js';
import { searchTextOf } from '../domain/unit-search.js';
import {
  type AdminUnitFiles,
  type CurrentProvinceRecord,
  type FormerProvinceRecord,
  ImportFileError,
  type UnitNames,
} from './admin-unit-files.js';
import { type AgencyPeriodName, agenciesOfPeriod, agencyNames } from './provincial-agencies.js';

/** The day the two-level system (no district tier, merged provinces) came into force. */
export const REFORM_2025 = '2025-07-01';
export const LAST_DAY_BEFORE_REFORM_2025 = '2025-06-30';

/** A row of the `units` table, as the importer writes it. */
export interface UnitRow {
  id: string;
  code: string;
  name: string;
  full_name: string;
  name_en: string | null;
  full_name_en: string | null;
  kind: UnitKind;
  level: UnitLevel;
  parent_id: string | null;
  ancestor_ids: string[];
  valid_from: string | null;
  valid_to: string | null;
  search_name: string;
  search_text: string;
}

/** The days a row is in force, inclusive; null is open. */
interface Validity {
  from: string | null;
  to: string | null;
}

/** Until 30 June 2025, since before the data. */
const BEFORE: Validity = { from: null, to: LAST_DAY_BEFORE_REFORM_2025 };
const AFTER: Validity = { from: REFORM_2025, to: null };

function row(
  record: UnitNames,
  kind: UnitKind,
  level: UnitLevel,
  ancestors: UnitRow[],
  validity: Validity,
): UnitRow {
  return {
    id: unitId(record.code, validity.from),
    code: record.code,
    name: record.name,
    full_name: record.fullName,
    name_en: record.nameEn,
    full_name_en: record.fullNameEn,
    kind,
    level,
    parent_id: ancestors.at(-1)?.id ?? null,
    ancestor_ids: ancestors.map((ancestor) => ancestor.id),
    valid_from: validity.from,
    valid_to: validity.to,
    search_name: foldVietnamese(record.name),
    search_text: searchTextOf({ fullName: record.fullName, code: record.code }),
  };
}

/** Collects the rows of one file's territorial units, each kind told from its full name. */
function territorialRows(file: string, validity: Validity) {
  const rows: UnitRow[] = [];
  const add = (record: UnitNames, level: UnitLevel, ancestors: UnitRow[]): UnitRow => {
    const kind = kindFromFullName(level, record.fullName);
    if (!kind)
      throw new ImportFileError(file, `code ${record.code}`, `cannot tell the kind of "${record.fullName}"`);
    const added = row(record, kind, level, ancestors, validity);
    rows.push(added);
    return added;
  };
  return { rows, add };
}

/** A unit row as one end of a lineage link, in its province. */
const lineageEnd = (unit: UnitRow, province: UnitRow) => ({
  id: unit.id,
  code: unit.code,
  fullName: unit.full_name,
  provinceCode: province.code,
});

export interface UnitRecords {
  rows: UnitRow[];
  former: FormerUnit[];
  current: CurrentUnit[];
  /** The provincial agencies before and from 1 July 2025. */
  agencies: { former: AgencyUnit[]; current: AgencyUnit[] };
}

/**
 * Turns the files into unit records: the three-level units in force until 30 June 2025 (treated as
 * valid since before the data), the two-level units from 1 July 2025, and the provincial agencies of both.
 */
export function buildUnitRecords(files: AdminUnitFiles): UnitRecords {
  const former = formerUnits(files.former);
  const current = currentUnits(files.current);
  const agencies = {
    former: agencyRows(files, 'before', former.provinces, BEFORE),
    current: agencyRows(files, 'after', current.provinces, AFTER),
  };
  return {
    rows: [...former.rows, ...current.rows, ...agencies.former.rows, ...agencies.current.rows],
    former: former.units,
    current: current.units,
    agencies: { former: agencies.former.units, current: agencies.current.units },
  };
}

function formerUnits(provinces: FormerProvinceRecord[]) {
  const { rows, add } = territorialRows('units-before-2025-07-01.json', BEFORE);
  const units: FormerUnit[] = [];
  for (const province of provinces) {
    const p = add(province, UnitLevel.PROVINCE, []);
    units.push({ ...lineageEnd(p, p), level: 'PROVINCE' });
    for (const district of province.districts) {
      const d = add(district, UnitLevel.DISTRICT, [p]);
      units.push({ ...lineageEnd(d, p), level: 'DISTRICT', districtCode: d.code });
      for (const commune of district.communes) {
        const c = add(commune, UnitLevel.COMMUNE, [p, d]);
        units.push({
          ...lineageEnd(c, p),
          level: 'COMMUNE',
          districtCode: d.code,
          districtFullName: d.full_name,
        });
      }
    }
  }
  return { rows, units, provinces: rows.filter((r) => r.level === UnitLevel.PROVINCE) };
}

function currentUnits(provinces: CurrentProvinceRecord[]) {
  const { rows, add } = territorialRows('units-from-2025-07-01.json', AFTER);
  const units: CurrentUnit[] = [];
  for (const province of provinces) {
    const p = add(province, UnitLevel.PROVINCE, []);
    units.push({ ...lineageEnd(p, p), level: 'PROVINCE' });
    for (const commune of province.communes) {
      units.push({ ...lineageEnd(add(commune, UnitLevel.COMMUNE, [p]), p), level: 'COMMUNE' });
    }
  }
  return { rows, units, provinces: rows.filter((r) => r.level === UnitLevel.PROVINCE) };
}

/** The agencies of the provinces of one period, as rows and as lineage ends. */
function agencyRows(
  files: AdminUnitFiles,
  period: AgencyPeriodName,
  provinces: UnitRow[],
  validity: Validity,
) {
  const byProvince = agenciesOfPeriod(
    files.agencies,
    period,
    provinces.map((p) => p.code),
  );
  const rows: UnitRow[] = [];
  const units: AgencyUnit[] = [];
  for (const province of provinces) {
    for (const agency of byProvince.get(province.code) ?? []) {
      const r = row(agencyNames(agency, province), agency.kind, UnitLevel.PROVINCE, [province], validity);
      rows.push(r);
      units.push({ id: r.id, code: r.code, provinceId: province.id, abbr: agency.abbr });
    }
  }
  return { rows, units };
}
