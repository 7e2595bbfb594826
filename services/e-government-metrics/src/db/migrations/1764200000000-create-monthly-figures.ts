import { AUDIT_LOG_DDL } from '@cchc/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMonthlyFigures1764200000000 implements MigrationInterface {
  name = 'CreateMonthlyFigures1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE monthly_figures (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        period date NOT NULL CHECK (extract(day FROM period) = 1),
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'LOCKED')),
        version int NOT NULL DEFAULT 1,
        received_direct integer NOT NULL CHECK (received_direct >= 0),
        received_online integer NOT NULL CHECK (received_online >= 0),
        received_postal integer NOT NULL CHECK (received_postal >= 0),
        resolved integer NOT NULL CHECK (resolved >= 0),
        resolved_early integer NOT NULL CHECK (resolved_early >= 0),
        resolved_on_time integer NOT NULL CHECK (resolved_on_time >= 0),
        resolved_late integer NOT NULL CHECK (resolved_late >= 0),
        pending integer NOT NULL CHECK (pending >= 0),
        late_with_apology integer NOT NULL CHECK (late_with_apology >= 0),
        not_updated_one_stop integer NOT NULL CHECK (not_updated_one_stop >= 0),
        procedures_announced integer NOT NULL CHECK (procedures_announced >= 0),
        procedures_published_desk integer NOT NULL CHECK (procedures_published_desk >= 0),
        procedures_published_website integer NOT NULL CHECK (procedures_published_website >= 0),
        procedures_total integer NOT NULL CHECK (procedures_total >= 0),
        procedures_full_online integer NOT NULL CHECK (procedures_full_online >= 0),
        procedures_partial_online integer NOT NULL CHECK (procedures_partial_online >= 0),
        dossiers_with_fees integer NOT NULL CHECK (dossiers_with_fees >= 0),
        online_payments integer NOT NULL CHECK (online_payments >= 0),
        dossiers_digitised integer NOT NULL CHECK (dossiers_digitised >= 0),
        survey_responses integer NOT NULL CHECK (survey_responses >= 0),
        survey_satisfied integer NOT NULL CHECK (survey_satisfied >= 0),
        complaints_received integer NOT NULL CHECK (complaints_received >= 0),
        complaints_handled_on_time integer NOT NULL CHECK (complaints_handled_on_time >= 0),
        website_posts integer NOT NULL CHECK (website_posts >= 0),
        joint_births_done integer NOT NULL CHECK (joint_births_done >= 0),
        joint_births_total integer NOT NULL CHECK (joint_births_total >= 0),
        joint_deaths_done integer NOT NULL CHECK (joint_deaths_done >= 0),
        joint_deaths_total integer NOT NULL CHECK (joint_deaths_total >= 0),
        website_last_update date,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (unit_id, period)
      );
      CREATE INDEX monthly_figures_period ON monthly_figures (period, unit_id);
      CREATE TABLE figure_revisions (
        id bigserial PRIMARY KEY,
        figures_id uuid NOT NULL REFERENCES monthly_figures (id) ON DELETE CASCADE,
        version int NOT NULL,
        status text NOT NULL,
        values jsonb NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        note text
      );
      CREATE INDEX figure_revisions_figures ON figure_revisions (figures_id, version);
      ${AUDIT_LOG_DDL}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_log, figure_revisions, monthly_figures');
  }
}
