import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 2020 scoring style: Tốt ≥ 90 %, Khá ≥ 70 %, Trung bình ≥ 50 %, Yếu below; catalogs may state others. */
const USUAL_THRESHOLDS = JSON.stringify([
  { classification: 'GOOD', minPercent: 90, nameVi: 'Tốt', nameEn: 'Good' },
  { classification: 'FAIR', minPercent: 70, nameVi: 'Khá', nameEn: 'Fair' },
  { classification: 'AVERAGE', minPercent: 50, nameVi: 'Trung bình', nameEn: 'Average' },
  { classification: 'WEAK', minPercent: 0, nameVi: 'Yếu', nameEn: 'Weak' },
]);

/** Criteria with points (some measured by an indicator), units' scores, and the notice issued to each unit. */
export class AssessmentsAndNotices1764500000100 implements MigrationInterface {
  name = 'AssessmentsAndNotices1764500000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE criteria_catalogs ADD COLUMN classification_thresholds jsonb NOT NULL DEFAULT '${USUAL_THRESHOLDS}';
      ALTER TABLE criteria
        ADD COLUMN max_points numeric(6, 2) NOT NULL DEFAULT 0 CHECK (max_points >= 0),
        ADD COLUMN indicator_code text,
        ADD COLUMN indicator_points jsonb;
      CREATE TABLE assessments (
        target_id uuid PRIMARY KEY REFERENCES inspection_targets (id) ON DELETE CASCADE,
        version int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE criterion_scores (
        target_id uuid NOT NULL REFERENCES assessments (target_id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
        points numeric(6, 2) NOT NULL CHECK (points >= 0),
        comment text,
        prefilled boolean NOT NULL DEFAULT false,
        PRIMARY KEY (target_id, criterion_id)
      );
      CREATE TABLE conclusion_notices (
        target_id uuid PRIMARY KEY REFERENCES inspection_targets (id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL,
        number text NOT NULL,
        issued_on date NOT NULL,
        strengths text[] NOT NULL,
        limitations text[] NOT NULL,
        classification text,
        total numeric(8, 2) NOT NULL,
        max_total numeric(8, 2) NOT NULL,
        actions jsonb NOT NULL,
        version int NOT NULL
      );
      CREATE INDEX conclusion_notices_plan ON conclusion_notices (plan_id);
      CREATE INDEX conclusion_notices_unit ON conclusion_notices (unit_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE conclusion_notices, criterion_scores, assessments;
      ALTER TABLE criteria DROP COLUMN max_points, DROP COLUMN indicator_code, DROP COLUMN indicator_points;
      ALTER TABLE criteria_catalogs DROP COLUMN classification_thresholds;
    `);
  }
}
