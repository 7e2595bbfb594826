import type { DataSource, EntityManager } from 'typeorm';
import { buildAgencyLineage, buildLineage, type UnmatchedMention } from '../domain/lineage/index.js';
import { lineageLinkId } from '../domain/unit-identity.js';
import { LineageKind } from '../domain/unit-kind.js';
import {
  type AdminUnitFiles,
  DEFAULT_DATA_DIR,
  ImportFileError,
  readAdminUnitFiles,
} from './admin-unit-files.js';
import { buildUnitRecords, REFORM_2025, type UnitRecords, type UnitRow } from './unit-records.js';

/** The National Assembly resolution that merged the provinces from 1 July 2025. */
const PROVINCE_MERGER_ACT = 'Nghị quyết số 202/2025/QH15 của Quốc hội';

export interface WriteCounts {
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  units: WriteCounts;
  links: WriteCounts;
  unmatched: UnmatchedMention[];
  seconds: number;
}

export interface ImportOptions {
  dataDir?: URL;
  /** Already-read files (tests pass broken ones); read from dataDir otherwise. */
  files?: AdminUnitFiles;
  onProgress?: (message: string) => void;
}

interface LinkRow {
  id: string;
  predecessor_id: string;
  successor_id: string;
  kind: string;
  partial: boolean;
  effective_date: string;
  legal_act: string | null;
  note: string | null;
}

const UNIT_COLUMNS = `id uuid, code text, name text, full_name text, name_en text, full_name_en text, kind text,
  level text, parent_id uuid, ancestor_ids uuid[], valid_from date, valid_to date, search_name text, search_text text`;
const LINK_COLUMNS = `id uuid, predecessor_id uuid, successor_id uuid, kind text, partial boolean, effective_date date,
  legal_act text, note text`;

const columnNames = (columns: string) => columns.split(',').map((c) => c.trim().split(/\s+/)[0]);

/**
 * Upserts rows in one statement; a row identical to the stored one is not touched, so a second import
 * of the same files changes nothing.
 */
async function upsert(
  db: EntityManager,
  table: string,
  columns: string,
  rows: object[],
): Promise<WriteCounts> {
  const names = columnNames(columns);
  const updatable = names.filter((n) => n !== 'id');
  const result: { inserted: boolean }[] = await db.query(
    `INSERT INTO ${table} AS t (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})
     ON CONFLICT (id) DO UPDATE SET ${updatable.map((n) => `${n} = EXCLUDED.${n}`).join(', ')}
     WHERE (${updatable.map((n) => `t.${n}`).join(', ')}) IS DISTINCT FROM (${updatable.map((n) => `EXCLUDED.${n}`).join(', ')})
     RETURNING (xmax = 0) AS inserted`,
    [JSON.stringify(rows)],
  );
  const inserted = result.filter((r) => r.inserted).length;
  return {
    total: rows.length,
    inserted,
    updated: result.length - inserted,
    unchanged: rows.length - result.length,
  };
}

/** The decree that reorganised the provincial departments (in force 1 March 2025, recorded at 1 July 2025). */
const DEPARTMENT_ACT = 'Nghị định số 45/2025/NĐ-CP của Chính phủ';

function linkRows(records: UnitRecords, files: AdminUnitFiles) {
  const lineage = buildLineage(records.former, records.current, files.predecessors);
  const provinceIds = new Set(records.current.filter((u) => u.level === 'PROVINCE').map((u) => u.id));
  const provinceLinks = lineage.links.filter((link) => provinceIds.has(link.successorId));
  const agencies = buildAgencyLineage(
    records.agencies.former,
    records.agencies.current,
    provinceLinks,
    files.agencies.successors.rules,
  );
  if (agencies.problems.length > 0) {
    throw new ImportFileError('provincial-agencies.json', 'successors', agencies.problems.join('; '));
  }
  const mergedProvinces = new Set(
    provinceLinks.filter((link) => link.kind === LineageKind.MERGED).map((link) => link.successorId),
  );
  const provinceOf = new Map(records.agencies.current.map((a) => [a.id, a.provinceId]));
  const legalAct = (successorId: string) => {
    if (provinceIds.has(successorId)) return PROVINCE_MERGER_ACT;
    const province = provinceOf.get(successorId);
    if (province === undefined) return null;
    return mergedProvinces.has(province) ? `${DEPARTMENT_ACT}; ${PROVINCE_MERGER_ACT}` : DEPARTMENT_ACT;
  };
  const rows: LinkRow[] = [...lineage.links, ...agencies.links].map((link) => ({
    id: lineageLinkId(link.predecessorId, link.successorId),
    predecessor_id: link.predecessorId,
    successor_id: link.successorId,
    kind: link.kind,
    partial: link.partial,
    effective_date: REFORM_2025,
    legal_act: legalAct(link.successorId),
    note: link.note ?? null,
  }));
  return { rows, unmatched: lineage.unmatched, agencyLinks: agencies.links.length };
}

/**
 * Imports the national administrative units (before and from 1 July 2025), the provincial agencies of both
 * periods and the 2025 lineage of both, in one transaction: a bad file leaves the database as it was.
 */
export async function importAdminUnits(
  dataSource: DataSource,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  progress('Reading and checking the files…');
  const files = options.files ?? (await readAdminUnitFiles(options.dataDir ?? DEFAULT_DATA_DIR));
  const records = buildUnitRecords(files);
  progress(
    `Read ${files.former.length} provinces before 1 July 2025 and ${files.current.length} from it: ${records.rows.length.toLocaleString('en')} unit records in all`,
  );
  progress('Matching the 2025 predecessor texts…');
  const links = linkRows(records, files);
  progress(
    `${links.rows.length.toLocaleString('en')} lineage links (${links.agencyLinks} between provincial agencies), ${links.unmatched.length} mentions unmatched`,
  );

  const report = await dataSource.transaction(async (db) => {
    // One import at a time, even from several replicas starting together.
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('unit-registry:import'))`);
    progress(`Writing ${records.rows.length.toLocaleString('en')} units…`);
    const units = await upsert(db, 'units', UNIT_COLUMNS, records.rows satisfies UnitRow[]);
    progress(`Writing ${links.rows.length.toLocaleString('en')} lineage links…`);
    const linkCounts = await upsert(db, 'unit_lineage', LINK_COLUMNS, links.rows);
    return { units, links: linkCounts };
  });
  const seconds = (performance.now() - started) / 1000;
  progress(
    `Done in ${seconds.toFixed(1)} s: units ${describe(report.units)}; links ${describe(report.links)}`,
  );
  return { ...report, unmatched: links.unmatched, seconds };
}

const describe = (c: WriteCounts) => `${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`;
