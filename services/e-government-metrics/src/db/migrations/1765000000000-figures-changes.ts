import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that moves whenever monthly figures change, whoever changes them (a save, a step, an import, a
 * generator, another replica): what a cached roll-up compares against to know it still holds. A sequence, not a
 * row, so that writers never wait on one another for it.
 */
export class FiguresChanges1765000000000 implements MigrationInterface {
  name = 'FiguresChanges1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE SEQUENCE figures_changes;
      CREATE FUNCTION note_figures_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM nextval('figures_changes'); RETURN NULL; END $$;
      CREATE TRIGGER figures_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON monthly_figures
        FOR EACH STATEMENT EXECUTE FUNCTION note_figures_change();`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER figures_changed ON monthly_figures;
      DROP FUNCTION note_figures_change();
      DROP SEQUENCE figures_changes;`);
  }
}
