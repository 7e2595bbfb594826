import type { MigrationInterface, QueryRunner } from 'typeorm';
import { findingSearchText } from '../../domain/finding-search.js';

/**
 * Findings searchable by their words without accents (the text folded in TypeScript, as the search is, so both
 * fold alike), and a browser's key that makes a finding sent twice be written once.
 */
export class FindingSearchAndClientKey1764700000000 implements MigrationInterface {
  name = 'FindingSearchAndClientKey1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await db.query(`
      ALTER TABLE findings ADD COLUMN client_key text UNIQUE;
      ALTER TABLE findings ADD COLUMN search_text text NOT NULL DEFAULT '';
    `);
    const rows: { id: string; text: string; code: string | null }[] = await db.query(
      'SELECT f.id, f.text, c.code FROM findings f LEFT JOIN criteria c ON c.id = f.criterion_id',
    );
    await db.query(
      `UPDATE findings f SET search_text = s.search_text
       FROM unnest($1::uuid[], $2::text[]) AS s (id, search_text) WHERE f.id = s.id`,
      [rows.map((r) => r.id), rows.map((r) => findingSearchText(r.text, r.code))],
    );
    await db.query(`
      ALTER TABLE findings ALTER COLUMN search_text DROP DEFAULT;
      CREATE INDEX findings_search_text ON findings USING gin (search_text gin_trgm_ops);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE findings DROP COLUMN search_text, DROP COLUMN client_key');
  }
}
