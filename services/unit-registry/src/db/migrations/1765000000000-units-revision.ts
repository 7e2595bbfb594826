import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision number that rises with every statement writing units or lineage, whoever runs it (the importer, an
 * operator's SQL), announced on the `units_changed` channel: the gateway empties its cache of the registry's answers
 * without reading these tables. A statement that matches no row still counts (statement triggers cannot tell), and
 * an upsert counts twice (INSERT … ON CONFLICT DO UPDATE fires the INSERT and the UPDATE triggers).
 */
export class UnitsRevision1765000000000 implements MigrationInterface {
  name = 'UnitsRevision1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE TABLE units_revision (revision bigint NOT NULL)');
    // At most one row: every writer bumps the same one (and waits on its lock, so revisions follow commits).
    await db.query('CREATE UNIQUE INDEX units_revision_one_row ON units_revision ((true))');
    await db.query('INSERT INTO units_revision (revision) VALUES (1)');
    await db.query(`
      CREATE FUNCTION bump_units_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        bumped bigint;
      BEGIN
        UPDATE units_revision SET revision = revision + 1 RETURNING revision INTO bumped;
        -- Delivered at commit, never for a rolled-back transaction.
        PERFORM pg_notify('units_changed', bumped::text);
        RETURN NULL;
      END
      $$`);
    for (const table of ['units', 'unit_lineage']) {
      await db.query(
        `CREATE TRIGGER ${table}_bump_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION bump_units_revision()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER unit_lineage_bump_revision ON unit_lineage');
    await db.query('DROP TRIGGER units_bump_revision ON units');
    await db.query('DROP FUNCTION bump_units_revision()');
    await db.query('DROP TABLE units_revision');
  }
}
