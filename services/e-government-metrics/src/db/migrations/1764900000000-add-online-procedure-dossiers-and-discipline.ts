import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two measures: dossiers of procedures offered online, and disciplined officials. Months recorded before
 * them count every dossier as one of an online procedure (so the online-filing-of-offered rate never
 * overstates) and no disciplinary case (nothing was reported).
 */
export class AddOnlineProcedureDossiersAndDiscipline1764900000000 implements MigrationInterface {
  name = 'AddOnlineProcedureDossiersAndDiscipline1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE monthly_figures
        ADD COLUMN received_of_online_procedures integer NOT NULL DEFAULT 0 CHECK (received_of_online_procedures >= 0),
        ADD COLUMN discipline_cases integer NOT NULL DEFAULT 0 CHECK (discipline_cases >= 0);
      UPDATE monthly_figures SET received_of_online_procedures = received_direct + received_online + received_postal;
      ALTER TABLE monthly_figures
        ALTER COLUMN received_of_online_procedures DROP DEFAULT,
        ALTER COLUMN discipline_cases DROP DEFAULT;`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE monthly_figures DROP COLUMN received_of_online_procedures, DROP COLUMN discipline_cases',
    );
  }
}
