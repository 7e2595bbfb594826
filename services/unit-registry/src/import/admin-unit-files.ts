import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PredecessorRecord } from '../domain/lineage/index.js';
import { UnitKind } from '../domain/unit-kind.js';

/** Where the importer finds its files: the package's own copy of shared/data/admin-units and the agencies list. */
export const DEFAULT_DATA_DIR = new URL('../../data/', import.meta.url);

/** A file the importer cannot use; names the file and the record so it can be fixed. */
export class ImportFileError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'ImportFileError';
  }
}

const text = z.string().trim().min(1);
const code = z.string().regex(/^\d{2,5}$/, 'a GSO code of 2 to 5 digits');
const names = {
  Code: code,
  Name: text,
  NameEn: z.string().nullish(),
  FullName: text,
  FullNameEn: z.string().nullish(),
};

/** A unit's code and names as the rest of the import reads them; a missing English name is null. */
export interface UnitNames {
  code: string;
  name: string;
  nameEn: string | null;
  fullName: string;
  fullNameEn: string | null;
}

// The files' keys are checked (and named in errors) as written, then renamed once here.
const toUnitNames = (record: z.infer<z.ZodObject<typeof names>>): UnitNames => ({
  code: record.Code,
  name: record.Name,
  nameEn: record.NameEn || null,
  fullName: record.FullName,
  fullNameEn: record.FullNameEn || null,
});

const formerCommune = z.object({ ...names, DistrictCode: code }).transform(toUnitNames);
const formerDistrict = z
  .object({ ...names, ProvinceCode: code, Ward: z.array(formerCommune).nullable() })
  .transform((district) => ({ ...toUnitNames(district), communes: district.Ward ?? [] }));
const formerProvince = z
  .object({ ...names, District: z.array(formerDistrict) })
  .transform((province) => ({ ...toUnitNames(province), districts: province.District }));
const currentCommune = z.object({ ...names, ProvinceCode: code }).transform(toUnitNames);
const currentProvince = z
  .object({ ...names, Wards: z.array(currentCommune) })
  .transform((province) => ({ ...toUnitNames(province), communes: province.Wards }));

// "magoc" (parent code) is "0" in a new province's record, the province's code in a commune's.
const PROVINCE_RECORD = '0';
const predecessorRecord = z.object({ ma: code, ten: text, magoc: z.string(), truocsapnhap: text }).transform(
  (record): PredecessorRecord => ({
    level: record.magoc === PROVINCE_RECORD ? 'PROVINCE' : 'COMMUNE',
    code: record.ma,
    name: record.ten,
    provinceCode: record.magoc === PROVINCE_RECORD ? record.ma : record.magoc,
    formedFrom: record.truocsapnhap,
  }),
);
const abbreviation = z.string().regex(/^[A-Z]{2,12}$/, 'an abbreviation of 2 to 12 capital letters');
const agencyPeriod = z.object({
  standard: z.array(abbreviation),
  variations: z.array(
    z.object({
      add: z.array(abbreviation),
      remove: z.array(abbreviation).default([]),
      provinces: z.array(code),
      confidence: z.enum(['known', 'assumed']),
      why: text,
    }),
  ),
});
const agencyFile = z.object({
  catalogue: z.record(
    abbreviation,
    z.object({
      kind: z.enum([UnitKind.DEPARTMENT, UnitKind.PROVINCIAL_AGENCY]),
      name: text,
      nameEn: text,
    }),
  ),
  periods: z.object({ before: agencyPeriod, after: agencyPeriod }),
  successors: z.object({
    rules: z.record(
      abbreviation,
      z.object({
        to: z.array(abbreviation).min(1),
        partlyTo: z.array(z.array(abbreviation).min(1)).default([]),
      }),
    ),
  }),
});

export type FormerProvinceRecord = z.output<typeof formerProvince>;
export type CurrentProvinceRecord = z.output<typeof currentProvince>;
export type AgencyFile = z.infer<typeof agencyFile>;
export type AgencyPeriod = z.infer<typeof agencyPeriod>;

export interface AdminUnitFiles {
  former: FormerProvinceRecord[];
  current: CurrentProvinceRecord[];
  predecessors: PredecessorRecord[];
  agencies: AgencyFile;
}

async function readJson(dir: URL, file: string): Promise<unknown> {
  const raw = await readFile(new URL(file, dir), 'utf8').catch((error: Error) => {
    throw new ImportFileError(file, 'file', `cannot be read (${error.message})`);
  });
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ImportFileError(file, 'file', `is not valid JSON (${(error as Error).message})`);
  }
}

/** Validates each record of a top-level array, naming the first bad one by index, code and field path. */
function parseRecords<T>(file: string, data: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(data)) throw new ImportFileError(file, 'file', 'expected a JSON array of records');
  return data.map((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const label =
      (record as { Code?: unknown; ma?: unknown } | null)?.Code ?? (record as { ma?: unknown } | null)?.ma;
    const where = `record [${index}]${label === undefined ? '' : ` (code ${String(label)})`} at ${issue?.path.join('.') || '(record)'}`;
    throw new ImportFileError(file, where, issue?.message ?? 'invalid');
  });
}

export async function readAdminUnitFiles(dataDir: URL = DEFAULT_DATA_DIR): Promise<AdminUnitFiles> {
  const unitsDir = new URL('admin-units/', dataDir);
  const files = {
    former: 'units-before-2025-07-01.json',
    current: 'units-from-2025-07-01.json',
    predecessors: 'merger-2025-predecessors.json',
  };
  const agencies = agencyFile.safeParse(await readJson(dataDir, 'provincial-agencies.json'));
  if (!agencies.success) {
    const issue = agencies.error.issues[0];
    throw new ImportFileError(
      'provincial-agencies.json',
      `at ${issue?.path.join('.')}`,
      issue?.message ?? 'invalid',
    );
  }
  return {
    former: parseRecords(files.former, await readJson(unitsDir, files.former), formerProvince),
    current: parseRecords(files.current, await readJson(unitsDir, files.current), currentProvince),
    predecessors: parseRecords(
      files.predecessors,
      await readJson(unitsDir, files.predecessors),
      predecessorRecord,
    ),
    agencies: agencies.data,
  };
}
