import { subgraphSdlDrift } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { printUnitRegistrySdl } from './schema.js';

describe('the committed schema/subgraphs/unit-registry.graphql', () => {
  it('is what this service prints (run `npm run schema:print -w @cchc/unit-registry` after a schema change)', async () => {
    const { printed, committed } = await subgraphSdlDrift('unit-registry', printUnitRegistrySdl);
    expect(committed).toBe(printed);
  });
});
