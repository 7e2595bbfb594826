import { foldVietnamese } from '@cchc/kit';
import type { AgencyUnit } from '../domain/agency-lineage.js';
import type { CurrentUnit, FormerUnit } from '../domain/lineage.js';
import { unitId } from '../domain/unit-identity.js';
import { kindFromFullName, type UnitKind, UnitLevel } from '../domain/unit-kind.js';
import { searchTextOf } from '../domain/unit-search.js';
import { type AdminUnitFiles, ImportFileError } from './admin-unit-files.js';
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

interface SourceNames {
  Code: string;
  Name: string;
  NameEn?: string | null | undefined;
  FullName: string;
  FullNameEn?: string | null | undefined;
}

function kindOf(file: string, level: UnitLevel, record: SourceNames): UnitKind {
  const kind = kindFromFullName(level, record.FullName);
  if (!kind)
    throw new ImportFileError(file, `code ${record.Code}`, `cannot tell the kind of "${record.FullName}"`);
  return kind;
}

function row(
  record: SourceNames,
  kind: UnitKind,
  level: UnitLevel,
  ancestors: string[],
  validity: { from: string | null; to: string | null },
): UnitRow {
  return {
    id: unitId(record.Code, validity.from),
    code: record.Code,
    name: record.Name,
    full_name: record.FullName,
    name_en: record.NameEn || null,
    full_name_en: record.FullNameEn || null,
    kind,
    level,
    parent_id: ancestors.at(-1) ?? null,
    ancestor_ids: ancestors,
    valid_from: validity.from,
    valid_to: validity.to,
    search_name: foldVietnamese(record.Name),
    search_text: searchTextOf({ fullName: record.FullName, code: record.Code }),
  };
}

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
  const rows: UnitRow[] = [];
  const former: FormerUnit[] = [];
  const current: CurrentUnit[] = [];
  const formerProvinces: UnitRow[] = [];
  const currentProvinces: UnitRow[] = [];
  const before = { from: null, to: LAST_DAY_BEFORE_REFORM_2025 };
  const after = { from: REFORM_2025, to: null };
  const formerFile = 'units-before-2025-07-01.json';

  for (const province of files.former) {
    const p = row(province, kindOf(formerFile, UnitLevel.PROVINCE, province), UnitLevel.PROVINCE, [], before);
    rows.push(p);
    formerProvinces.push(p);
    former.push({ id: p.id, level: 'PROVINCE', code: p.code, fullName: p.full_name, provinceCode: p.code });
    for (const district of province.District) {
      const d = row(
        district,
        kindOf(formerFile, UnitLevel.DISTRICT, district),
        UnitLevel.DISTRICT,
        [p.id],
        before,
      );
      rows.push(d);
      former.push({
        id: d.id,
        level: 'DISTRICT',
        code: d.code,
        fullName: d.full_name,
        provinceCode: p.code,
        districtCode: d.code,
      });
      for (const commune of district.Ward ?? []) {
        const kind = kindOf(formerFile, UnitLevel.COMMUNE, commune);
        const c = row(commune, kind, UnitLevel.COMMUNE, [p.id, d.id], before);
        rows.push(c);
        former.push({
          id: c.id,
          level: 'COMMUNE',
          code: c.code,
          fullName: c.full_name,
          provinceCode: p.code,
          districtCode: d.code,
          districtFullName: d.full_name,
        });
      }
    }
  }

  const currentFile = 'units-from-2025-07-01.json';
  for (const province of files.current) {
    const p = row(province, kindOf(currentFile, UnitLevel.PROVINCE, province), UnitLevel.PROVINCE, [], after);
    rows.push(p);
    currentProvinces.push(p);
    current.push({ id: p.id, level: 'PROVINCE', code: p.code, fullName: p.full_name, provinceCode: p.code });
    for (const commune of province.Wards) {
      const c = row(
        commune,
        kindOf(currentFile, UnitLevel.COMMUNE, commune),
        UnitLevel.COMMUNE,
        [p.id],
        after,
      );
      rows.push(c);
      current.push({ id: c.id, level: 'COMMUNE', code: c.code, fullName: c.full_name, provinceCode: p.code });
    }
  }

  const agencies = {
    former: agencyRows(files, 'before', formerProvinces, before),
    current: agencyRows(files, 'after', currentProvinces, after),
  };
  rows.push(...agencies.former.rows, ...agencies.current.rows);
  return {
    rows,
    former,
    current,
    agencies: { former: agencies.former.units, current: agencies.current.units },
  };
}

/** The agencies of the provinces of one period, as rows and as lineage ends. */
function agencyRows(
  files: AdminUnitFiles,
  period: AgencyPeriodName,
  provinces: UnitRow[],
  validity: { from: string | null; to: string | null },
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
      const r = row(agencyNames(agency, province), agency.kind, UnitLevel.PROVINCE, [province.id], validity);
      rows.push(r);
      units.push({ id: r.id, code: r.code, provinceId: province.id, abbr: agency.abbr });
    }
  }
  return { rows, units };
}
