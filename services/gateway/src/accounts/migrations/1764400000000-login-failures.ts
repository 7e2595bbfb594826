import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginFailures1764400000000 implements MigrationInterface {
  name = 'LoginFailures1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Failed logins by username (known or not, so that the answers do not tell which exist): a user is slowed
      -- down after a few, locked for a while after more; a login that succeeds, or an admin's unlock, clears it.
      CREATE TABLE login_failures (
        username text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      );
    `);
  }

  /** Drops the failure counts and current locks: every account is unlocked (no other data is lost). */
  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE login_failures');
  }
}
