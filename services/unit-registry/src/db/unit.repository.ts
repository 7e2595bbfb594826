import type { Page } from '@cchc/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { LineageLinkEntity } from '../domain/lineage-link.entity.js';
import { UnitEntity } from '../domain/unit.entity.js';
import type { UnitKind, UnitLevel } from '../domain/unit-kind.js';
import { nameOfSearch } from '../domain/unit-search.js';

export interface UnitQuery {
  /** Already folded (see normaliseSearch). */
  search?: string;
  parentId?: string;
  descendantsOf?: string;
  predecessorsOf?: string;
  levels?: UnitLevel[];
  kinds?: UnitKind[];
  /** Only units in force on this date; all periods when absent. */
  asOf?: string;
  order: 'RELEVANCE' | 'CODE' | 'NAME';
}

const IN_FORCE =
  '(u.valid_from IS NULL OR u.valid_from <= :asOf) AND (u.valid_to IS NULL OR u.valid_to >= :asOf)';
const LEVEL_RANK = `array_position(ARRAY['PROVINCE', 'DISTRICT', 'COMMUNE'], u.level)`;
/**
 * The exact code (folded like the search: "91-SNV" is "91 snv"), then the exact name, then a name prefix, then
 * a word of the full name or code starting with the search, then fuzzy.
 */
const MATCH_CLASS = `CASE WHEN regexp_replace(lower(u.code), '[^a-z0-9]+', ' ', 'g') = :search THEN 4
  WHEN u.search_name = :search THEN 3
  WHEN u.search_name LIKE :prefix THEN 2
  WHEN ' ' || u.search_text LIKE :wordPrefix THEN 1 ELSE 0 END`;

/** Every unit :successor was formed from, following lineage back step by step (UNION stops at a unit met twice). */
const PREDECESSORS = `WITH RECURSIVE chain(id) AS (
    SELECT predecessor_id FROM unit_lineage WHERE successor_id = :successor
    UNION SELECT l.predecessor_id FROM unit_lineage l JOIN chain c ON l.successor_id = c.id)
  SELECT id FROM chain`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Reads units and lineage; every method is one SQL statement whatever the number of ids. */
export class UnitRepository {
  private readonly units: Repository<UnitEntity>;
  private readonly links: Repository<LineageLinkEntity>;

  constructor(dataSource: DataSource) {
    this.units = dataSource.getRepository(UnitEntity);
    this.links = dataSource.getRepository(LineageLinkEntity);
  }

  byIds(ids: readonly string[]): Promise<UnitEntity[]> {
    return this.units.findBy({ id: In([...ids]) });
  }

  byCode(code: string, asOf: string): Promise<UnitEntity | null> {
    return this.units
      .createQueryBuilder('u')
      .where('u.code = :code', { code })
      .andWhere(IN_FORCE, { asOf })
      .getOne();
  }

  /**
   * The first `limit` descendants of each root (in force on `asOf`, all periods when absent), in the order `find`
   * gives them, with each root's total: what many `units(filter: { descendantsOf })` in one request ask for (other
   * services ask for hundreds of roots at once, one alias each), in two statements instead of one per root.
   */
  async firstDescendantsOf(
    roots: readonly string[],
    asOf: string | undefined,
    limit: number,
  ): Promise<Map<string, Page<UnitEntity>>> {
    const ranked: { root: string; id: string; total: string }[] = await this.units.query(
      `SELECT root, id, total FROM (
         SELECT r.root, u.id, count(*) OVER (PARTITION BY r.root) AS total,
           row_number() OVER (PARTITION BY r.root ORDER BY ${LEVEL_RANK}, length(u.code), u.code,
             u.valid_from ASC NULLS FIRST, u.id) AS position
         FROM unnest($1::uuid[]) AS r(root) JOIN units u ON u.ancestor_ids @> ARRAY[r.root]
         WHERE $2::date IS NULL OR ((u.valid_from IS NULL OR u.valid_from <= $2) AND (u.valid_to IS NULL OR u.valid_to >= $2))
       ) ranked WHERE position <= $3 ORDER BY root, position`,
      [[...roots], asOf ?? null, limit],
    );
    const units = new Map(
      (await this.byIds([...new Set(ranked.map((row) => row.id))])).map((u) => [u.id, u]),
    );
    const pages = new Map(
      roots.map((root) => [root, { nodes: [] as UnitEntity[], offset: 0, totalCount: 0 }]),
    );
    for (const row of ranked) {
      const page = pages.get(row.root)!;
      page.nodes.push(units.get(row.id)!);
      page.totalCount = Number(row.total);
    }
    return pages;
  }

  childrenOf(parentIds: readonly string[], asOf: string | undefined): Promise<UnitEntity[]> {
    const query = this.units
      .createQueryBuilder('u')
      .where('u.parent_id = ANY(:parentIds)', { parentIds })
      .orderBy('length(u.code)')
      .addOrderBy('u.code');
    if (asOf) query.andWhere(IN_FORCE, { asOf });
    return query.getMany();
  }

  linksBySuccessor(successorIds: readonly string[]): Promise<LineageLinkEntity[]> {
    return this.links.find({
      where: { successorId: In([...successorIds]) },
      order: { effectiveDate: 'ASC' },
    });
  }

  linksByPredecessor(predecessorIds: readonly string[]): Promise<LineageLinkEntity[]> {
    return this.links.find({
      where: { predecessorId: In([...predecessorIds]) },
      order: { effectiveDate: 'ASC' },
    });
  }

  async count(): Promise<number> {
    return this.units.count();
  }

  /**
   * One page of units matching the query, ranked when searching, with the total in the same statement.
   * A search matches where the folded text contains it; only when nothing does is it retried as a fuzzy
   * (trigram) search, which is ten times dearer, to forgive typos.
   */
  async find(query: UnitQuery, offset: number, limit: number): Promise<Page<UnitEntity>> {
    const page = await this.findPage(query, offset, limit, false);
    if (query.search && page.totalCount === 0 && offset === 0)
      return this.findPage(query, offset, limit, true);
    return page;
  }

  private async findPage(
    query: UnitQuery,
    offset: number,
    limit: number,
    fuzzy: boolean,
  ): Promise<Page<UnitEntity>> {
    const q = this.units.createQueryBuilder('u').addSelect('COUNT(*) OVER ()', 'total_count');
    if (query.parentId) q.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    if (query.descendantsOf)
      q.andWhere('u.ancestor_ids @> ARRAY[:ancestor]::uuid[]', { ancestor: query.descendantsOf });
    if (query.predecessorsOf) q.andWhere(`u.id IN (${PREDECESSORS})`, { successor: query.predecessorsOf });
    if (query.levels?.length) q.andWhere('u.level = ANY(:levels)', { levels: query.levels });
    if (query.kinds?.length) q.andWhere('u.kind = ANY(:kinds)', { kinds: query.kinds });
    if (query.asOf) q.andWhere(IN_FORCE, { asOf: query.asOf });
    if (query.search) {
      const search = query.search;
      // A typo is forgiven on the name alone (see nameOfSearch and the search_name trigram index).
      q.andWhere(fuzzy ? 'u.search_name % :name' : 'u.search_text LIKE :contains', {
        contains: `%${escapeLike(search)}%`,
        name: nameOfSearch(search),
        search,
        prefix: `${escapeLike(search)}%`,
        wordPrefix: `% ${escapeLike(search)}%`,
      });
    }
    if (query.search && query.order === 'RELEVANCE') {
      // Among equally good matches the higher tier comes first: "hon dat" is the district before its township.
      q.orderBy(MATCH_CLASS, 'DESC')
        .addOrderBy(LEVEL_RANK)
        .addOrderBy(fuzzy ? 'similarity(u.search_name, :name)' : 'similarity(u.search_text, :search)', 'DESC')
        .addOrderBy('u.valid_to', 'DESC', 'NULLS FIRST');
    } else if (query.order === 'NAME') {
      q.orderBy('u.search_name').addOrderBy(LEVEL_RANK);
    } else {
      q.orderBy(LEVEL_RANK).addOrderBy('length(u.code)').addOrderBy('u.code');
    }
    q.addOrderBy('u.valid_from', 'ASC', 'NULLS FIRST').addOrderBy('u.id').offset(offset).limit(limit);
    const { raw, entities } = await q.getRawAndEntities<{ total_count: string }>();
    const totalCount = raw[0] ? Number(raw[0].total_count) : offset > 0 ? await this.countOnly(query) : 0;
    return { nodes: entities, offset, totalCount };
  }

  /** Past the last page the window count is not there; count apart (rare: only when paging beyond the end). */
  private async countOnly(query: UnitQuery): Promise<number> {
    const { totalCount } = await this.find(query, 0, 1);
    return totalCount;
  }
}
