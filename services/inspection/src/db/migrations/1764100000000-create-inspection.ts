import { AUDIT_LOG_DDL } from '@cchc/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const check = (column: string, values: string[]) =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;

export class CreateInspection1764100000000 implements MigrationInterface {
  name = 'CreateInspection1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE criteria_catalogs (
        id uuid PRIMARY KEY,
        year int NOT NULL UNIQUE,
        title text NOT NULL,
        copied_from_id uuid REFERENCES criteria_catalogs (id)
      );
      CREATE TABLE content_areas (
        id uuid PRIMARY KEY,
        catalog_id uuid NOT NULL REFERENCES criteria_catalogs (id) ON DELETE CASCADE,
        code text NOT NULL,
        position int NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        guidance text,
        UNIQUE (catalog_id, code)
      );
      CREATE TABLE criteria (
        id uuid PRIMARY KEY,
        catalog_id uuid NOT NULL REFERENCES criteria_catalogs (id) ON DELETE CASCADE,
        area_id uuid NOT NULL REFERENCES content_areas (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES criteria (id) ON DELETE CASCADE,
        code text NOT NULL,
        position int NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        guidance text,
        UNIQUE (catalog_id, code)
      );
      CREATE TABLE inspection_plans (
        id uuid PRIMARY KEY,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        title text NOT NULL,
        decision_number text,
        decision_date date,
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        lead_unit_id uuid NOT NULL,
        scope text,
        status text NOT NULL ${check('status', ['DRAFT', 'APPROVED', 'IN_PROGRESS', 'CONCLUDED', 'CLOSED'])},
        catalog_id uuid NOT NULL REFERENCES criteria_catalogs (id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX inspection_plans_year ON inspection_plans (year, status);
      CREATE INDEX inspection_plans_lead ON inspection_plans (lead_unit_id);
      CREATE TABLE team_members (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
        full_name text NOT NULL,
        role text NOT NULL ${check('role', ['LEAD', 'DEPUTY_LEAD', 'MEMBER', 'SECRETARY'])},
        agency_unit_id uuid,
        agency_name text,
        position text
      );
      CREATE INDEX team_members_plan ON team_members (plan_id);
      CREATE TABLE inspection_targets (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL,
        planned_date date,
        parent_target_id uuid REFERENCES inspection_targets (id) ON DELETE CASCADE,
        illustrative boolean NOT NULL DEFAULT false,
        UNIQUE (plan_id, unit_id)
      );
      CREATE INDEX inspection_targets_unit ON inspection_targets (unit_id);
      CREATE TABLE visits (
        target_id uuid PRIMARY KEY REFERENCES inspection_targets (id) ON DELETE CASCADE,
        actual_date date,
        attendees text[] NOT NULL DEFAULT '{}',
        minutes text,
        status text NOT NULL ${check('status', ['PLANNED', 'DONE', 'POSTPONED', 'CANCELLED'])},
        version int NOT NULL DEFAULT 1
      );
      CREATE TABLE findings (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
        target_id uuid NOT NULL REFERENCES inspection_targets (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL,
        area_id uuid NOT NULL REFERENCES content_areas (id),
        criterion_id uuid REFERENCES criteria (id),
        kind text NOT NULL ${check('kind', ['STRENGTH', 'LIMITATION', 'VIOLATION'])},
        severity text NOT NULL ${check('severity', ['LOW', 'MEDIUM', 'HIGH'])},
        text text NOT NULL,
        general boolean NOT NULL DEFAULT false,
        evidence jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL ${check('status', ['NOTED', 'OPEN', 'RESOLVED'])},
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX findings_unit ON findings (unit_id, created_at);
      CREATE INDEX findings_plan ON findings (plan_id);
      CREATE INDEX findings_target ON findings (target_id);
      CREATE TABLE conclusions (
        plan_id uuid PRIMARY KEY REFERENCES inspection_plans (id) ON DELETE CASCADE,
        number text,
        issued_on date,
        summary text NOT NULL
      );
      CREATE TABLE recommendations (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
        addressee text NOT NULL ${check('addressee', ['UNITS', 'PROVINCE'])},
        text text NOT NULL,
        position int NOT NULL
      );
      CREATE TABLE corrective_actions (
        id uuid PRIMARY KEY,
        finding_id uuid NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        responsible_unit_id uuid NOT NULL,
        required_action text NOT NULL,
        deadline date NOT NULL,
        status text NOT NULL ${check('status', ['OPEN', 'REPORTED', 'VERIFIED'])},
        verified_on date,
        verified_by text,
        verification_note text,
        version int NOT NULL DEFAULT 1
      );
      CREATE INDEX corrective_actions_finding ON corrective_actions (finding_id);
      CREATE INDEX corrective_actions_unit ON corrective_actions (responsible_unit_id, status);
      CREATE TABLE action_reports (
        id uuid PRIMARY KEY,
        action_id uuid NOT NULL REFERENCES corrective_actions (id) ON DELETE CASCADE,
        reported_on date NOT NULL,
        text text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        author text NOT NULL
      );
      CREATE INDEX action_reports_action ON action_reports (action_id, reported_on);
      ${AUDIT_LOG_DDL}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log, action_reports, corrective_actions, recommendations, conclusions, findings,
      visits, inspection_targets, team_members, inspection_plans, criteria, content_areas, criteria_catalogs`);
  }
}
