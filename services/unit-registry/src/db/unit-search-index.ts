import { isInForce, type Page } from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { prepareSearch, SearchCatalogue } from '../domain/search-ranking.js';
import { UnitEntity } from '../domain/unit.entity.js';
import type { UnitQuery } from './unit.repository.js';
import type { UnitsRevision } from './units-revision.js';

interface Snapshot {
  generation: number;
  catalogue: SearchCatalogue<UnitEntity>;
}

/**
 * Every unit record held in memory for searching, so that a search (what a user types, letter by letter, into a
 * unit picker) costs no SQL: the registry is small (about 16,000 records for the whole country) and changes only
 * on an import. The records are read again after any change the units' revision notifies; while the revision is
 * not listening (its connection lost), searches go to SQL, which answers the same.
 */
export class UnitSearchIndex {
  private snapshot: Snapshot | undefined;
  private loading: { generation: number; snapshot: Promise<Snapshot> } | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly revision: UnitsRevision,
  ) {}

  /**
   * The page UnitRepository.find would give for a search ranked by relevance, or undefined for what only SQL
   * answers: no search, another order, predecessors, or no notifications to trust the records held.
   */
  async find(query: UnitQuery, offset: number, limit: number): Promise<Page<UnitEntity> | undefined> {
    if (!query.search || query.order !== 'RELEVANCE' || query.predecessorsOf || !this.revision.listening)
      return undefined;
    const { catalogue } = await this.current();
    const found = catalogue.search(
      prepareSearch(query.search),
      (unit) => withinFilter(unit, query),
      offset + limit,
    );
    return {
      // As the SQL does: a typo is forgiven on the first page only (past it, only the count is given).
      nodes: found.fuzzy && offset > 0 ? [] : found.best.slice(offset),
      offset,
      totalCount: found.totalCount,
    };
  }

  /** The records as of the revision's generation, read again (once, whoever asks) when it has moved. */
  private current(): Promise<Snapshot> {
    const generation = this.revision.generation;
    if (this.snapshot?.generation === generation) return Promise.resolve(this.snapshot);
    if (this.loading?.generation !== generation) {
      const snapshot = this.read(generation);
      this.loading = { generation, snapshot };
      // A failed read is tried again by the next search.
      snapshot.catch(() => {
        if (this.loading?.snapshot === snapshot) this.loading = undefined;
      });
    }
    return this.loading.snapshot;
  }

  /** Stamped with the generation taken before reading: a change notified meanwhile makes the next search read again. */
  private async read(generation: number): Promise<Snapshot> {
    const units = await this.dataSource.getRepository(UnitEntity).find();
    const snapshot = { generation, catalogue: new SearchCatalogue(units) };
    if (!this.snapshot || this.snapshot.generation < generation) this.snapshot = snapshot;
    return snapshot;
  }
}

/** The query's other conditions, as the SQL applies them. */
function withinFilter(unit: UnitEntity, query: UnitQuery): boolean {
  if (query.parentId && unit.parentId !== query.parentId) return false;
  if (query.descendantsOf && !unit.ancestorIds.includes(query.descendantsOf)) return false;
  if (query.levels?.length && !query.levels.includes(unit.level)) return false;
  if (query.kinds?.length && !query.kinds.includes(unit.kind)) return false;
  return !query.asOf || isInForce(unit, query.asOf);
}
