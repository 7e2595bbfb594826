import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffing1764400000000 implements MigrationInterface {
  name = 'CreateStaffing1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Biên chế: the civil-service posts the province assigns a unit for a year, and who fills them.
      CREATE TABLE staffing (
        unit_id uuid NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        approved_posts int NOT NULL CHECK (approved_posts >= 0),
        staff_in_post int NOT NULL CHECK (staff_in_post >= 0),
        contract_staff int NOT NULL CHECK (contract_staff >= 0),
        PRIMARY KEY (unit_id, year)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE staffing');
  }
}
