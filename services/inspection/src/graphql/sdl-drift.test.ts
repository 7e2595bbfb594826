import { subgraphSdlDrift } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { printInspectionSdl } from './schema.js';

describe('the committed schema/subgraphs/inspection.graphql', () => {
  it('is what this service prints (run `npm run schema:print -w @cchc/inspection` after a schema change)', async () => {
    const { printed, committed } = await subgraphSdlDrift('inspection', printInspectionSdl);
    expect(committed).toBe(printed);
  });
});
