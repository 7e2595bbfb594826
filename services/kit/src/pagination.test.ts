import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize, toConnection } from './pagination.js';

describe('pagination', () => {
  it('resumes after the cursor of the last row of a page', () => {
    expect(decodeCursor(encodeCursor(49))).toBe(50);
    expect(decodeCursor(undefined)).toBe(0);
  });

  it('rejects a cursor it did not issue and a page size out of bounds', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(DomainError);
    expect(() => pageSize(MAX_PAGE_SIZE + 1)).toThrow(/between 0 and 500/);
    expect(() => pageSize(-1)).toThrow(DomainError);
    expect(pageSize(undefined)).toBe(50);
  });

  it('builds page info from the offset and the total', () => {
    const connection = toConnection({ nodes: ['a', 'b'], offset: 2, totalCount: 5 });
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(connection.pageInfo.endCursor)).toBe(4);
  });
});
