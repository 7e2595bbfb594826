import { subgraphSdlDrift } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { printStaffingSdl } from './schema.js';

describe('the committed schema/subgraphs/partner-staffing.graphql', () => {
  it('is what this service prints (run `npm run schema:print -w @cchc/partner-staffing` after a schema change)', async () => {
    const { printed, committed } = await subgraphSdlDrift('partner-staffing', printStaffingSdl);
    expect(committed).toBe(printed);
  });
});
