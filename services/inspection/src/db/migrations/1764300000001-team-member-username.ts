import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Links a team member to a login, so that an inspector's field work can be limited to their own plans. */
export class TeamMemberUsername1764300000001 implements MigrationInterface {
  name = 'TeamMemberUsername1764300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE team_members ADD COLUMN username text;
      CREATE INDEX team_members_username ON team_members (username, plan_id) WHERE username IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE team_members DROP COLUMN username');
  }
}
