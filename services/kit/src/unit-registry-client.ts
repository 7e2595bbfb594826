import { DomainError, ErrorCode } from './errors.js';

const PAGE = 500;
const CACHE_MS = 5 * 60_000;

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/**
 * What this subgraph asks unit-registry, over its GraphQL API (service to service, not through the
 * gateway): this service keeps no copy of the unit tree. Descendant lists are cached a few minutes per
 * (unit, date): the tree of a given date only changes when the registry is re-imported.
 */
export class UnitRegistryClient {
  private readonly descendants = new Map<string, { at: number; ids: Promise<string[]> }>();

  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  private async ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    let answer: GraphQLAnswer<T>;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      answer = (await response.json()) as GraphQLAnswer<T>;
    } catch (error) {
      throw new DomainError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `The unit registry cannot be reached (${(error as Error).message}); try again shortly`,
      );
    }
    if (answer.errors?.length || !answer.data) {
      throw new DomainError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `The unit registry refused a request: ${answer.errors?.[0]?.message ?? 'no data'}`,
      );
    }
    return answer.data;
  }

  /** Every unit below the given ones (not the units themselves), in force on asOf when given. */
  async descendantsOf(unitIds: string[], asOf: string | undefined): Promise<string[]> {
    const lists = await Promise.all(unitIds.map((id) => this.cachedDescendants(id, asOf)));
    return [...new Set(lists.flat())];
  }

  private cachedDescendants(unitId: string, asOf: string | undefined): Promise<string[]> {
    const key = `${unitId}|${asOf ?? ''}`;
    const cached = this.descendants.get(key);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.ids;
    const ids = this.fetchDescendants(unitId, asOf);
    this.descendants.set(key, { at: Date.now(), ids });
    ids.catch(() => this.descendants.delete(key));
    return ids;
  }

  private async fetchDescendants(unitId: string, asOf: string | undefined): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const data: {
        units: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await this.ask(
        `query($id: ID!, $asOf: Date, $first: Int, $after: String) {
            units(filter: { descendantsOf: $id, asOf: $asOf }, first: $first, after: $after) {
              nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { id: unitId, asOf, first: PAGE, after },
      );
      ids.push(...data.units.nodes.map((n) => n.id));
      after = data.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
    } while (after);
    return ids;
  }

  /** The ids among these that the registry does not know. */
  async unknownIds(unitIds: string[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const data = await this.ask<{ _entities: ({ id: string } | null)[] }>(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Unit { id } } }',
      { reps: unitIds.map((id) => ({ __typename: 'Unit', id })) },
    );
    return unitIds.filter((_, index) => !data._entities[index]);
  }

  /** The id of the unit holding a code on a date, or null. */
  async idByCode(code: string, asOf: string): Promise<string | null> {
    const data = await this.ask<{ unitByCode: { id: string } | null }>(
      'query($code: String!, $asOf: Date) { unitByCode(code: $code, asOf: $asOf) { id } }',
      { code, asOf },
    );
    return data.unitByCode?.id ?? null;
  }
}
