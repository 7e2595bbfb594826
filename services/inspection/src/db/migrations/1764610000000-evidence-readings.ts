import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A finding keeps the indicator reading it rests on; alerts a team dismissed are kept with who, when, why. */
export class EvidenceReadings1764610000000 implements MigrationInterface {
  name = 'EvidenceReadings1764610000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE findings ADD COLUMN evidence_reading jsonb;
      CREATE TABLE alert_dismissals (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL,
        indicator_code text NOT NULL,
        reason text NOT NULL,
        dismissed_by text NOT NULL,
        dismissed_at timestamptz NOT NULL,
        UNIQUE (plan_id, unit_id, indicator_code)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE alert_dismissals; ALTER TABLE findings DROP COLUMN evidence_reading');
  }
}
