import { subgraphSdlDrift } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { printMetricsSdl } from './schema.js';

describe('the committed schema/subgraphs/e-government-metrics.graphql', () => {
  it('is what this service prints (run `npm run schema:print -w @cchc/e-government-metrics` after a schema change)', async () => {
    const { printed, committed } = await subgraphSdlDrift('e-government-metrics', printMetricsSdl);
    expect(committed).toBe(printed);
  });
});
