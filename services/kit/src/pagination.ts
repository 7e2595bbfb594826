import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 500;
/** Far beyond any connection of the platform, and well inside PostgreSQL's bigint and JavaScript's safe integers. */
export const MAX_CURSOR_OFFSET = 10_000_000;

/** Offset cursors: opaque to clients, stable for a given filter and order. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): number {
  if (!cursor) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = Number(match?.[1]);
  if (!match || offset >= MAX_CURSOR_OFFSET)
    throw badInput('after', 'The cursor is not one this API returned');
  return offset + 1;
}

export function pageSize(first: number | undefined | null, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

export interface Page<T> {
  nodes: T[];
  offset: number;
  totalCount: number;
}

/** Relay connection parts from one page of rows. */
export function toConnection<T>(page: Page<T>) {
  const edges = page.nodes.map((node, index) => ({ node, cursor: encodeCursor(page.offset + index) }));
  return {
    edges,
    nodes: page.nodes,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.nodes.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
