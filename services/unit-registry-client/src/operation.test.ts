import { parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { servedRegistrySchema } from '../codegen.js';
import { itemAlias, perItem } from './operation.js';
import { DescendantsPageQuery, UnitIdByCodeQuery } from './operations.js';

describe('a per-item request', () => {
  it('repeats the root field under u0, u1… with the item’s variable numbered and the others shared', () => {
    const request = perItem(UnitIdByCodeQuery, 'code')(['91', '89'], { asOf: '2025-07-01' });
    expect(request.query).toBe(
      print(
        parse(`query UnitIdByCode($code0: String!, $code1: String!, $asOf: Date) {
        u0: unitByCode(code: $code0, asOf: $asOf) { id }
        u1: unitByCode(code: $code1, asOf: $asOf) { id }
      }`),
      ),
    );
    expect(request.variables).toEqual({ asOf: '2025-07-01', code0: '91', code1: '89' });
    expect([itemAlias(0), itemAlias(1)]).toEqual(['u0', 'u1']);
  });

  it('stays valid against the registry’s schema', () => {
    const request = perItem(DescendantsPageQuery, 'id')(['a', 'b', 'c'], { first: 500 });
    expect(validate(servedRegistrySchema(), parse(request.query))).toEqual([]);
  });
});
