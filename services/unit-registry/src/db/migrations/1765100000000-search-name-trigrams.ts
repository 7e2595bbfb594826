import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigrams of the names alone: a search with a typo is matched on the name ("phcu xa" → Phúc Xá), whose trigrams
 * are few and telling, not on the full text, where "xa", "phuong" or "huyen" stand in most rows and make every
 * fuzzy search recheck thousands of them.
 */
export class SearchNameTrigrams1765100000000 implements MigrationInterface {
  name = 'SearchNameTrigrams1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX units_search_name_trgm ON units USING gin (search_name gin_trgm_ops)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX units_search_name_trgm');
  }
}
