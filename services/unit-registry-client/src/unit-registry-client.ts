import { askService, DomainError, ErrorCode, SUBGRAPH_OPERATION_LIMITS } from '@cchc/kit';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { LRUCache } from 'lru-cache';
import type { UnitDescriptionFragment, UnitLevel } from './generated/graphql.js';
import { itemAlias, operation, type PerItemAnswer, perItem, type Request } from './operation.js';
import {
  DescendantsPageQuery,
  KnownUnitsQuery,
  PredecessorsQuery,
  UnitDescriptionsQuery,
  UnitIdByCodeQuery,
  UnitsPageQuery,
} from './operations.js';

/** The registry's largest page. */
const PAGE = 500;
const CACHE_MS = 5 * 60_000;
/** Per-item batches in flight at once: 8,000 codes of an import must not flood the registry. */
const BATCHES_AT_ONCE = 4;
/** (unit, date) descendant lists kept at most. */
const DESCENDANT_LISTS_KEPT = 5_000;

const descendantsPage = operation(DescendantsPageQuery);
const descendantsFirstPages = perItem(DescendantsPageQuery, 'id');
const predecessorsOfEach = perItem(PredecessorsQuery, 'id');
const unitsPage = operation(UnitsPageQuery);
const unitDescriptions = operation(UnitDescriptionsQuery);
const knownUnits = operation(KnownUnitsQuery);
const unitIdByCode = operation(UnitIdByCodeQuery);
const unitIdsByCode = perItem(UnitIdByCodeQuery, 'code');

export interface UnitDescription {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  predecessors: { unitId: string; partial: boolean; validFrom: string | null }[];
}

const toDescription = (u: UnitDescriptionFragment): UnitDescription => ({
  id: u.id,
  code: u.code,
  name: u.name,
  level: u.level,
  parentId: u.parent?.id ?? null,
  validFrom: u.validFrom,
  validTo: u.validTo,
  predecessors: u.predecessors.map((p) => ({
    unitId: p.unit.id,
    partial: p.partial,
    validFrom: p.unit.validFrom,
  })),
});

/** How the registry's `_entities` finds units: by their key. */
const representationsOf = (unitIds: string[]) => unitIds.map((id) => ({ __typename: 'Unit', id }));

/**
 * What a service asks unit-registry, over its GraphQL API (service to service, not through the gateway):
 * services keep no copy of the unit tree. Descendant lists are cached a few minutes per (unit, date): the tree
 * of a given date only changes when the registry is re-imported.
 */
export class UnitRegistryClient {
  /** Bounded: a busy service asks about many (unit, date) pairs, and an unbounded map would only grow. */
  private readonly descendants = new LRUCache<string, Promise<string[]>>({
    max: DESCENDANT_LISTS_KEPT,
    ttl: CACHE_MS,
  });

  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  private async ask<Answer>(request: Request<Answer>): Promise<Answer> {
    const answer = await askService<Answer>({
      url: this.url,
      service: 'The unit registry',
      ...request,
      timeoutMs: this.timeoutMs,
    });
    if (answer.errors?.length || !answer.data) {
      throw new DomainError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `The unit registry refused a request: ${answer.errors?.[0]?.message ?? 'no data'}`,
      );
    }
    return answer.data;
  }

  /**
   * A per-item request in batches the registry accepts (it refuses more aliases than
   * SUBGRAPH_OPERATION_LIMITS.maxAliases), a few at a time; each item's answer, in the items' order.
   */
  private async askPerItem<Item, Answer>(
    items: readonly Item[],
    request: (batch: readonly Item[]) => Request<PerItemAnswer<Answer>>,
  ): Promise<PerItemAnswer<Answer>[string][]> {
    const size = SUBGRAPH_OPERATION_LIMITS.maxAliases;
    const batches = Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
      items.slice(i * size, (i + 1) * size),
    );
    const answers: PerItemAnswer<Answer>[] = [];
    for (let next = 0; next < batches.length; next += BATCHES_AT_ONCE) {
      const group = batches.slice(next, next + BATCHES_AT_ONCE);
      answers.push(...(await Promise.all(group.map((batch) => this.ask(request(batch))))));
    }
    return answers.flatMap((data, b) => batches[b]!.map((_, i) => data[itemAlias(i)]));
  }

  /** Every unit below the given ones (not the units themselves), in force on asOf when given. */
  async descendantsOf(unitIds: string[], asOf: string | undefined): Promise<string[]> {
    return [...new Set([...(await this.descendantsOfEach(unitIds, asOf)).values()].flat())];
  }

  /** The descendants of each unit, fetched (what is not cached) with one alias per unit, in per-item batches. */
  async descendantsOfEach(unitIds: string[], asOf: string | undefined): Promise<Map<string, string[]>> {
    const missing = [...new Set(unitIds)].filter((id) => !this.descendants.has(`${id}|${asOf ?? ''}`));
    if (missing.length > 0) {
      const batch = this.fetchFirstPages(missing, asOf);
      for (const id of missing) {
        const ids = batch.then((pages) => pages.get(id) ?? this.fetchDescendants(id, asOf));
        this.descendants.set(`${id}|${asOf ?? ''}`, ids);
        ids.catch(() => this.descendants.delete(`${id}|${asOf ?? ''}`));
      }
    }
    const lists = await Promise.all(unitIds.map((id) => this.cachedDescendants(id, asOf)));
    return new Map(unitIds.map((id, i) => [id, lists[i] ?? []]));
  }

  /**
   * Every unit the given ones were formed from through reorganisations (at any depth), in per-item batches: what a
   * 2025 unit's history holds (An Giang from 2025: Kiên Giang, its districts' communes through their own lineage).
   */
  async predecessorsOf(unitIds: string[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const pages = await this.askPerItem(unitIds, (batch) => predecessorsOfEach(batch, { first: PAGE }));
    return [...new Set(pages.flatMap((page) => page?.nodes.map((n) => n.id) ?? []))];
  }

  /** First pages for many units, in per-item batches; a unit with more than one page is left out (fetched alone). */
  private async fetchFirstPages(unitIds: string[], asOf: string | undefined): Promise<Map<string, string[]>> {
    const firstPages = await this.askPerItem(unitIds, (batch) =>
      descendantsFirstPages(batch, { asOf, first: PAGE }),
    );
    const pages = new Map<string, string[]>();
    unitIds.forEach((id, i) => {
      const page = firstPages[i];
      if (page && !page.pageInfo.hasNextPage)
        pages.set(
          id,
          page.nodes.map((n) => n.id),
        );
    });
    return pages;
  }

  /** What other services need to know of units: code, names, tier, parent, validity and predecessors. */
  async describe(unitIds: string[]): Promise<Map<string, UnitDescription>> {
    if (unitIds.length === 0) return new Map();
    const data = await this.ask(unitDescriptions({ representations: representationsOf(unitIds) }));
    return new Map(data._entities.flatMap((u) => (u ? [[u.id, toDescription(u)] as const] : [])));
  }

  /** Units matching a unit-registry filter (every page), described. */
  async list(filter: {
    descendantsOf?: string;
    levels?: string[];
    asOf?: string;
  }): Promise<UnitDescription[]> {
    // A level the registry does not know is its BAD_USER_INPUT, reported as a refused request.
    const levels = filter.levels as UnitLevel[] | undefined;
    const units: UnitDescription[] = [];
    let after: string | null = null;
    do {
      const data: ResultOf<typeof UnitsPageQuery> = await this.ask(
        unitsPage({ filter: { ...filter, levels }, first: PAGE, after }),
      );
      units.push(...data.units.nodes.map(toDescription));
      after = data.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
    } while (after);
    return units;
  }

  private cachedDescendants(unitId: string, asOf: string | undefined): Promise<string[]> {
    const key = `${unitId}|${asOf ?? ''}`;
    const cached = this.descendants.get(key);
    if (cached) return cached;
    const ids = this.fetchDescendants(unitId, asOf);
    this.descendants.set(key, ids);
    ids.catch(() => this.descendants.delete(key));
    return ids;
  }

  private async fetchDescendants(unitId: string, asOf: string | undefined): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const data: ResultOf<typeof DescendantsPageQuery> = await this.ask(
        descendantsPage({ id: unitId, asOf, first: PAGE, after }),
      );
      ids.push(...data.units.nodes.map((n) => n.id));
      after = data.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
    } while (after);
    return ids;
  }

  /** The ids among these that the registry does not know. */
  async unknownIds(unitIds: string[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const data = await this.ask(knownUnits({ representations: representationsOf(unitIds) }));
    return unitIds.filter((_, index) => !data._entities[index]);
  }

  /** The id of the unit holding a code on a date, or null. */
  async idByCode(code: string, asOf: string): Promise<string | null> {
    const data = await this.ask(unitIdByCode({ code, asOf }));
    return data.unitByCode?.id ?? null;
  }

  /** The ids of the units holding these codes on a date (null for a code nobody held), in per-item batches. */
  async idsByCode(codes: string[], asOf: string): Promise<Map<string, string | null>> {
    const distinct = [...new Set(codes)];
    if (distinct.length === 0) return new Map();
    const units = await this.askPerItem(distinct, (batch) => unitIdsByCode(batch, { asOf }));
    return new Map(distinct.map((code, i) => [code, units[i]?.id ?? null]));
  }
}
