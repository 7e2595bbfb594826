import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUnits1764050000000 implements MigrationInterface {
  name = 'CreateUnits1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await db.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        full_name text NOT NULL,
        name_en text,
        full_name_en text,
        kind text NOT NULL CHECK (kind IN ('PROVINCE', 'CENTRAL_CITY', 'DEPARTMENT', 'PROVINCIAL_AGENCY',
          'RURAL_DISTRICT', 'DISTRICT_TOWN', 'PROVINCIAL_CITY', 'URBAN_DISTRICT', 'COMMUNE', 'WARD', 'TOWNSHIP',
          'SPECIAL_ZONE')),
        level text NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
        parent_id uuid REFERENCES units (id),
        ancestor_ids uuid[] NOT NULL DEFAULT '{}',
        valid_from date,
        valid_to date,
        search_name text NOT NULL,
        search_text text NOT NULL,
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX units_code_valid_from ON units (code, COALESCE(valid_from, '-infinity'))`,
    );
    await db.query('CREATE INDEX units_parent ON units (parent_id)');
    await db.query('CREATE INDEX units_ancestors ON units USING gin (ancestor_ids)');
    await db.query('CREATE INDEX units_search_text ON units USING gin (search_text gin_trgm_ops)');
    await db.query(`
      CREATE TABLE unit_lineage (
        id uuid PRIMARY KEY,
        predecessor_id uuid NOT NULL REFERENCES units (id),
        successor_id uuid NOT NULL REFERENCES units (id),
        kind text NOT NULL CHECK (kind IN ('MERGED', 'RENAMED', 'CONTINUED', 'SPLIT', 'PART_TRANSFERRED')),
        partial boolean NOT NULL,
        effective_date date NOT NULL,
        legal_act text,
        note text,
        UNIQUE (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await db.query('CREATE INDEX unit_lineage_successor ON unit_lineage (successor_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE unit_lineage');
    await db.query('DROP TABLE units');
  }
}
