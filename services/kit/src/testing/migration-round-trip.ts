import type { DataSource, MigrationInterface } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../database.js';
import { createLogger } from '../logger.js';
import { createTestDatabase, type TestDatabase } from './index.js';

export interface MigrationRoundTripOptions {
  /** An empty database (see createTestDatabase). */
  url: string;
  /** The service's migrations, oldest first, as it runs them. */
  migrations: (new () => MigrationInterface)[];
  /**
   * Plain SQL run after a migration's up, by migration name: rows in the tables it creates and values in the
   * columns it adds, so that its down is tried on data (and what the down drops is measured).
   */
  seeds: Record<string, string>;
}

export interface MigrationRoundTrip {
  /** Migrations whose down dropped a table holding rows or a column holding values, oldest first. */
  downsThatLoseData: string[];
  /** What each of them dropped, e.g. `table staffing (2 rows)`. */
  lostData: Record<string, string[]>;
  /** Where the schema after a down differs from before its up, or after the second up from after the first. */
  schemaDifferences: string[];
  /** Tables and columns a down dropped while empty: the seeds should fill them, or the loss goes unmeasured. */
  droppedWhileEmpty: string[];
}

/**
 * Columns, indexes, constraints, triggers, functions and relations of the public schema, as sorted lines. An
 * extension's own functions are left out: an operator may install it beforehand (the migration then only checks
 * it is there), so a down leaves extensions in place.
 */
async function describeSchema(db: DataSource, migrationsTable: string): Promise<string[]> {
  const rows: { line: string }[] = await db.query(
    `SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
              || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
              || ' default ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-') AS line
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p') AND c.relname <> $1
        AND a.attnum > 0 AND NOT a.attisdropped
     UNION ALL
     SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1
     UNION ALL
     SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(c.oid)
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND conrelid::regclass::text <> $1
     UNION ALL
     SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT tgisinternal
     UNION ALL
     SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || p.prosrc
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND NOT EXISTS (SELECT FROM pg_depend WHERE objid = p.oid AND deptype = 'e')
     UNION ALL
     SELECT 'relation ' || c.relkind::text || ' ' || c.relname
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S', 'p') AND c.relname NOT LIKE $1 || '%'`,
    [migrationsTable],
  );
  return rows.map((row) => row.line).sort();
}

/** Rows per table (`staffing`) and values per column (`staffing.year`), public tables only. */
async function measureHoldings(db: DataSource, migrationsTable: string): Promise<Map<string, number>> {
  const columns: { table_name: string; column_name: string }[] = await db.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> $1
      ORDER BY c.table_name, c.ordinal_position`,
    [migrationsTable],
  );
  const holdings = new Map<string, number>();
  for (const table of new Set(columns.map((column) => column.table_name))) {
    const names = columns.filter((column) => column.table_name === table).map((column) => column.column_name);
    const counts = names.map((name, i) => `count("${name}") AS c${i}`).join(', ');
    const [row]: Record<string, string>[] = await db.query(
      `SELECT count(*) AS rows, ${counts} FROM "${table}"`,
    );
    holdings.set(table, Number(row?.rows));
    for (const [i, name] of names.entries()) holdings.set(`${table}.${name}`, Number(row?.[`c${i}`]));
  }
  return holdings;
}

function differences(label: string, expected: string[], actual: string[]): string[] {
  const missing = expected
    .filter((line) => !actual.includes(line))
    .map((line) => `${label}: missing ${line}`);
  const extra = actual.filter((line) => !expected.includes(line)).map((line) => `${label}: extra ${line}`);
  return [...missing, ...extra];
}

/** Names the step in the error, which PostgreSQL's message does not. */
const failed = (step: string) => (error: Error) => {
  throw new Error(`${step} failed: ${error.message}`, { cause: error });
};

const logger = createLogger('migration-round-trip', 'error');

/**
 * Runs a service's migrations up one at a time (seeding after each), down one at a time to none, and up again,
 * comparing the schema at every step and measuring what each down drops. The caller asserts the results.
 */
export async function roundTripMigrations(options: MigrationRoundTripOptions): Promise<MigrationRoundTrip> {
  const names = options.migrations.map((migration) => migration.name);
  const unknownSeeds = Object.keys(options.seeds).filter((name) => !names.includes(name));
  if (unknownSeeds.length > 0) throw new Error(`Seeds for no migration: ${unknownSeeds.join(', ')}`);

  const open = (count: number) =>
    createDataSource({
      url: options.url,
      entities: [],
      migrations: options.migrations.slice(0, count),
      logger,
    });
  const all = await open(names.length).initialize();
  const migrationsTable = String(all.options.migrationsTableName);
  try {
    /** Schemas after 0, 1, … migrations, each migration followed by its seed. */
    const upOneByOne = async (): Promise<string[][]> => {
      const schemas = [await describeSchema(all, migrationsTable)];
      for (const [i, name] of names.entries()) {
        const step = await open(i + 1).initialize();
        try {
          await step.runMigrations({ transaction: 'each' }).catch(failed(`${name} up`));
        } finally {
          await step.destroy();
        }
        const seed = options.seeds[name];
        if (seed) await all.query(seed);
        schemas.push(await describeSchema(all, migrationsTable));
      }
      return schemas;
    };

    const firstUp = await upOneByOne();
    const result: MigrationRoundTrip = {
      downsThatLoseData: [],
      lostData: {},
      schemaDifferences: [],
      droppedWhileEmpty: [],
    };
    for (let applied = names.length; applied > 0; applied--) {
      const name = names[applied - 1] as string;
      const before = await measureHoldings(all, migrationsTable);
      await all.undoLastMigration({ transaction: 'each' }).catch(failed(`${name} down`));
      const after = await measureHoldings(all, migrationsTable);
      // A dropped table counts once, not again for each of its columns.
      const dropped = [...before].filter(([key]) => {
        const [table = key, column] = key.split('.');
        return column === undefined ? !after.has(table) : after.has(table) && !after.has(key);
      });
      const lost = dropped
        .filter(([, count]) => count > 0)
        .map(([key, count]) =>
          key.includes('.') ? `column ${key} (${count} values)` : `table ${key} (${count} rows)`,
        );
      if (lost.length > 0) {
        result.downsThatLoseData.unshift(name);
        result.lostData[name] = lost;
      }
      result.droppedWhileEmpty.push(
        ...dropped.filter(([, count]) => count === 0).map(([key]) => `${name}: ${key}`),
      );
      const schema = await describeSchema(all, migrationsTable);
      result.schemaDifferences.push(...differences(`after ${name} down`, firstUp[applied - 1] ?? [], schema));
    }
    const secondUp = await upOneByOne();
    secondUp.forEach((schema, applied) => {
      const label = applied === 0 ? 'before any migration' : `after ${names[applied - 1]} up again`;
      result.schemaDifferences.push(...differences(label, firstUp[applied] ?? [], schema));
    });
    return result;
  } finally {
    await all.destroy();
  }
}

/**
 * A service's migration test: every migration up on data, down and up again, leaving the schema as it was; the
 * downs that lose data are named by hand, so that a new one joins the list on purpose.
 */
export function describeMigrationRoundTrip(
  service: string,
  options: Omit<MigrationRoundTripOptions, 'url'> & { downsThatLoseData: string[] },
): void {
  describe(`${service} migrations, up on data, down and up again`, () => {
    let database: TestDatabase;
    let trip: MigrationRoundTrip;

    beforeAll(async () => {
      database = await createTestDatabase(`${service}_migrations`);
      trip = await roundTripMigrations({ ...options, url: database.url });
    });
    afterAll(() => database?.drop());

    it('leave the schema as the first up left it, after every down and every second up', () => {
      expect(trip.schemaDifferences).toEqual([]);
    });
    it('lose data only in the downs listed on purpose', () => {
      expect(trip.downsThatLoseData, `lost: ${JSON.stringify(trip.lostData)}`).toEqual(
        options.downsThatLoseData,
      );
    });
    it('are tried on data in every table and column a down drops', () => {
      expect(trip.droppedWhileEmpty).toEqual([]);
    });
  });
}
