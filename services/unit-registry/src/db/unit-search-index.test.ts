import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger, openDatabase } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { similarity, trigramsOf } from '../domain/search-ranking.js';
import { UnitKind, UnitLevel } from '../domain/unit-kind.js';
import { normaliseSearch } from '../domain/unit-search.js';
import { importAdminUnits } from '../import/unit-import.js';
import { entities, migrations } from './schema.js';
import { type UnitQuery, UnitRepository } from './unit.repository.js';
import { UnitSearchIndex } from './unit-search-index.js';
import { UnitsRevision } from './units-revision.js';

const logger = createLogger('test', 'silent');

/**
 * The in-memory search must answer what the SQL search answers: PostgreSQL (pg_trgm and the repository's
 * statement) is the reference, on the whole national registry.
 */
describe('the search index', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let revision: UnitsRevision;
  let repository: UnitRepository;
  let index: UnitSearchIndex;

  beforeAll(async () => {
    db = await createTestDatabase('unit_search_index');
    dataSource = await openDatabase({ url: db.url, entities, migrations, logger });
    await importAdminUnits(dataSource);
    revision = await UnitsRevision.open(dataSource, db.url, logger);
    repository = new UnitRepository(dataSource);
    index = new UnitSearchIndex(dataSource, revision);
  }, 120_000);
  afterAll(async () => {
    await revision?.close();
    await dataSource?.destroy();
    await db?.drop();
  });

  const ids = (page: { nodes: { id: string }[]; totalCount: number; offset: number }) => ({
    ids: page.nodes.map((unit) => unit.id),
    totalCount: page.totalCount,
    offset: page.offset,
  });
  const both = async (query: UnitQuery, offset = 0, limit = 20) => {
    const fromIndex = await index.find(query, offset, limit);
    if (!fromIndex) throw new Error('the index did not answer');
    return { fromIndex: ids(fromIndex), fromSql: ids(await repository.find(query, offset, limit)) };
  };

  it('computes the trigram similarity PostgreSQL computes', async () => {
    const names: { search_name: string }[] = await dataSource.query(
      'SELECT search_name FROM units ORDER BY code, id LIMIT 300',
    );
    const searches = ['phcu xa', 'hon dat', 'kien gaing', 'ba dinh', '1', 'thanh pho ha noi', 'x'];
    const { rows } = {
      rows: (await dataSource.query(
        `SELECT n.name, s.search, similarity(n.name, s.search)::float8 AS score
         FROM unnest($1::text[]) AS n(name), unnest($2::text[]) AS s(search)`,
        [names.map((n) => n.search_name), searches],
      )) as { name: string; search: string; score: number }[],
    };
    expect(rows.length).toBe(names.length * searches.length);
    const differing = rows.filter(
      (row) => similarity(trigramsOf(row.name), trigramsOf(row.search)) !== row.score,
    );
    expect(differing).toEqual([]);
  });

  it('ranks and pages every search as the SQL search does, typos included', async () => {
    const searches = [
      'hon dat',
      'Hòn Đất',
      'xa tan hiep',
      'phuong 1',
      'phcu xa',
      'kien gaing',
      'thi xa ha tien',
      '91-SNV',
      '903',
      'ha noi',
      'quan 1',
      'thanh pho',
      'an',
      'zzzz qqq',
    ];
    for (const text of searches) {
      const search = normaliseSearch(text)!;
      const query: UnitQuery = { search, order: 'RELEVANCE' };
      const first = await both(query);
      expect(first.fromIndex, text).toEqual(first.fromSql);
      const second = await both(query, 20, 20);
      expect(second.fromIndex, `${text}, second page`).toEqual(second.fromSql);
    }
  });

  it('applies the other conditions of the filter as the SQL does', async () => {
    const [kienGiang] = await dataSource.query(
      `SELECT id FROM units WHERE code = '91' AND level = 'PROVINCE' ORDER BY valid_from NULLS FIRST LIMIT 1`,
    );
    const cases: UnitQuery[] = [
      { search: 'tan', order: 'RELEVANCE', asOf: '2024-12-31' },
      { search: 'tan', order: 'RELEVANCE', asOf: '2025-07-01', levels: [UnitLevel.COMMUNE] },
      { search: 'hon', order: 'RELEVANCE', descendantsOf: kienGiang.id },
      { search: 'hon', order: 'RELEVANCE', parentId: kienGiang.id },
      { search: 'so', order: 'RELEVANCE', kinds: [UnitKind.DEPARTMENT] },
      { search: 'tan', order: 'RELEVANCE', kinds: [UnitKind.WARD, UnitKind.TOWNSHIP], asOf: '2020-01-01' },
      { search: 'hon dta', order: 'RELEVANCE', descendantsOf: kienGiang.id, asOf: '2024-12-31' },
    ];
    for (const query of cases) {
      const answer = await both(query);
      expect(answer.fromIndex, JSON.stringify(query)).toEqual(answer.fromSql);
      expect(answer.fromSql.totalCount, JSON.stringify(query)).toBeGreaterThan(0);
    }
  });

  it('leaves to SQL what it does not hold: other orders and predecessors', async () => {
    expect(await index.find({ search: 'hon dat', order: 'NAME' }, 0, 20)).toBeUndefined();
    expect(await index.find({ order: 'CODE' }, 0, 20)).toBeUndefined();
  });

  it('finds a unit as soon as its change is notified', async () => {
    const search = normaliseSearch('Xã Qưzyx Vĩwp')!;
    expect((await index.find({ search, order: 'RELEVANCE' }, 0, 20))?.totalCount).toBe(0);
    await dataSource.query(
      `UPDATE units SET name = 'Qưzyx Vĩwp', full_name = 'Xã Qưzyx Vĩwp',
         search_name = 'quzyx viwp', search_text = 'xa quzyx viwp ' || code
       WHERE id = (SELECT id FROM units WHERE level = 'COMMUNE' ORDER BY code LIMIT 1)`,
    );
    let found = 0;
    for (let tries = 0; tries < 50 && found === 0; tries++) {
      found = (await index.find({ search, order: 'RELEVANCE' }, 0, 20))?.totalCount ?? -1;
      if (found === 0) await sleep(20);
    }
    expect(found).toBe(1);
  });
});
