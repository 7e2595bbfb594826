import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { readEnvironment } from './config.js';
import { type DataSourceOptions, openDatabase } from './database.js';
import { createLogger } from './logger.js';

/** "2021-2025" (a range) or "2021,2023" (a list). */
const years = z
  .string()
  .default('2021-2025')
  .transform((text, context) => {
    const range = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(text);
    const list = range
      ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
      : text.split(',').map((year) => Number(year.trim()));
    if (list.length === 0 || list.some((year) => !Number.isInteger(year) || year < 1900 || year > 2100)) {
      context.addIssue({
        code: 'custom',
        message: `"${text}" is neither a range of years (2021-2025) nor a list (2021,2023)`,
      });
      return z.NEVER;
    }
    return list;
  });

/** What `npm run data:national` adds to a service's own environment when it runs the service's generator. */
export const nationalEnvironment = z.object({
  NATIONAL_SEED: z.string().min(1).default('cchc-national'),
  NATIONAL_YEARS: years,
  /** Share of the inspections' full size. */
  NATIONAL_SCALE: z.coerce.number().positive().default(1),
  /** Province codes, e.g. "91,92": only their units (a smaller run). */
  NATIONAL_PROVINCES: z
    .string()
    .optional()
    .transform(
      (text) =>
        text
          ?.split(',')
          .map((code) => code.trim())
          .filter(Boolean) ?? [],
    ),
});

interface UnitInTree {
  id: string;
  code: string;
  level: string;
  parentId: string | null;
}

/** The provinces with these codes (before and after 2025) and every unit whose parent chain leads to one; all when none. */
export function withinProvinces<Unit extends UnitInTree>(units: Unit[], codes: string[]): Unit[] {
  if (codes.length === 0) return units;
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const provinceOf = (unit: Unit) => {
    let top = unit;
    for (let parent = byId.get(top.parentId ?? ''); parent; parent = byId.get(top.parentId ?? ''))
      top = parent;
    return top;
  };
  const wanted = new Set(codes);
  return units.filter((unit) => {
    const province = provinceOf(unit);
    return province.level === 'PROVINCE' && wanted.has(province.code);
  });
}

/** What a service's national generator is given. */
export interface NationalOptions {
  /** Same seed, same rows. */
  seed: string;
  years: number[];
  /** Share of the full size, where the generator has one (the inspections); 1 by default. */
  scale?: number;
  /** Called after each chunk: shown to the operator as progress. */
  onProgress?: (message: string) => void;
}

export interface NationalResult {
  /** Per table: rows the generator wanted, and rows actually inserted this run (0 on a second run). */
  tables: { table: string; generated: number; inserted: number }[];
  milliseconds: number;
}

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * A service's `npm run national`: the NATIONAL_* variables read, the registry's units listed (those of
 * NATIONAL_PROVINCES only, when given), the service's database opened (migrated) and its generator run, each table
 * printed with what it wanted and what it inserted. Exits 1 with the reason on failure.
 */
export function nationalCommand<Unit extends UnitInTree>(command: {
  /** What the operator is told is generated, e.g. "Inspections at national scale". */
  what: string;
  listUnits: () => Promise<Unit[]>;
  database: Omit<DataSourceOptions, 'logger'>;
  generate: (dataSource: DataSource, units: Unit[], options: NationalOptions) => Promise<NationalResult>;
}): void {
  run(command).then(
    () => process.exit(0),
    (error) => {
      console.error(
        `${command.what}: not done (${error instanceof Error ? error.message : error}).\n` +
          'What was written stays; running again completes what is missing.',
      );
      process.exit(1);
    },
  );
}

async function run<Unit extends UnitInTree>({
  what,
  listUnits,
  database,
  generate,
}: Parameters<typeof nationalCommand<Unit>>[0]) {
  const national = readEnvironment(nationalEnvironment);
  const codes = national.NATIONAL_PROVINCES;
  const units = withinProvinces(await listUnits(), codes);
  if (units.length === 0) throw new Error('the unit registry has no units (of the provinces asked for)');
  const missing = codes.filter((code) => !units.some((unit) => unit.code === code && unit.parentId === null));
  if (missing.length > 0) throw new Error(`no province with code ${missing.join(', ')} in the unit registry`);
  const years = national.NATIONAL_YEARS;
  console.log(
    `${what}: seed "${national.NATIONAL_SEED}", years ${years.join(', ')}, scale ${national.NATIONAL_SCALE}, ` +
      `${thousands(units.length)} unit records.`,
  );
  // Bulk statements are slow by design: only errors are worth a line here.
  const dataSource = await openDatabase({ ...database, logger: createLogger('national-data', 'error') });
  try {
    const result = await generate(dataSource, units, {
      seed: national.NATIONAL_SEED,
      years,
      scale: national.NATIONAL_SCALE,
      onProgress: (message) => console.log(`  ${message}`),
    });
    for (const { table, generated, inserted } of result.tables) {
      console.log(
        `${table.padEnd(20)} ${thousands(generated).padStart(9)} wanted, ${thousands(inserted).padStart(9)} inserted`,
      );
    }
    console.log(`Done in ${(result.milliseconds / 1000).toFixed(1)} s (rows already there were kept).`);
  } finally {
    await dataSource.destroy();
  }
}
