import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = "ARRAY['ADMIN', 'INSPECTOR', 'UNIT_OFFICER', 'ANALYST', 'PARTNER']";

export class CreateAccounts1764300000000 implements MigrationInterface {
  name = 'CreateAccounts1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- The built-in login's users (an intranet without an identity provider, or the demo).
      CREATE TABLE users (
        username text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
        name text NOT NULL,
        roles text[] NOT NULL CHECK (roles <@ ${ROLES} AND cardinality(roles) > 0),
        -- A UNIT_OFFICER's unit, by official code and the date the code is read at.
        unit_code text,
        unit_as_of date,
        password_hash text NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- Long-lived tokens for BI tools and partners: only a SHA-256 of the secret is kept.
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        secret_sha256 bytea NOT NULL UNIQUE,
        roles text[] NOT NULL CHECK (roles <@ ${ROLES} AND cardinality(roles) > 0),
        unit_id text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by text,
        last_used_at timestamptz
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE api_tokens; DROP TABLE users;');
  }
}
