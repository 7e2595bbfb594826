import type pg from 'pg';

/** What a restore must give back for one table: its rows, and a checksum of their content. */
export interface TableFigures {
  table: string;
  rows: number;
  checksum: string;
}

/** The database's own tables (not the catalogs', nor an extension's). */
const tablesSql = `
  SELECT format('%I.%I', n.nspname, c.relname) AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'r'
    AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  ORDER BY 1`;

/**
 * Row count and checksum of every table, in the client's current snapshot. The checksum is an md5 of the rows'
 * text forms in a fixed order, each row hashed first so that a large table costs 32 bytes a row.
 */
export async function tableFigures(client: pg.ClientBase): Promise<TableFigures[]> {
  const { rows: tables } = await client.query<{ name: string }>(tablesSql);
  const figures: TableFigures[] = [];
  for (const { name } of tables) {
    const { rows } = await client.query<{ rows: string; checksum: string }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS checksum
       FROM (SELECT md5(t::text) AS h FROM ${name} t) hashed`,
    );
    figures.push({ table: name, rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum });
  }
  return figures;
}

/** Where `actual` differs from `expected`, one line per table; empty when they agree. */
export function figureDifferences(expected: TableFigures[], actual: TableFigures[]): string[] {
  const byTable = new Map(actual.map((figures) => [figures.table, figures]));
  const differences = expected.flatMap(({ table, rows, checksum }) => {
    const found = byTable.get(table);
    if (!found) return [`${table}: missing`];
    if (found.rows !== rows) return [`${table}: ${found.rows} rows, ${rows} in the backup`];
    return found.checksum === checksum ? [] : [`${table}: same ${rows} rows, different content`];
  });
  const extra = actual.filter((figures) => !expected.some((e) => e.table === figures.table));
  return [...differences, ...extra.map(({ table }) => `${table}: not in the backup`)];
}
