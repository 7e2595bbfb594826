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

  it('refuses a cursor whose offset is past the bound, with BAD_USER_INPUT naming after', () => {
    const cursorOf = (offset: string) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
    expect(decodeCursor(cursorOf('9999999'))).toBe(10_000_000);
    for (const offset of ['10000000', '99999999999999999999999']) {
      expect(() => decodeCursor(cursorOf(offset))).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'after' } }),
      );
    }
  });

  it('builds page info from the offset and the total', () => {
    const connection = toConnection({ nodes: ['a', 'b'], offset: 2, totalCount: 5 });
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(connection.pageInfo.endCursor)).toBe(4);
  });
});
