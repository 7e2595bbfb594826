import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';
import { startDelayingProxy } from './delaying-proxy.js';
import { expectedData, MARGIN_MS, SUBGRAPH_TIMEOUT_MS, unitAndCatalog } from './unit-and-catalog.js';

/**
 * The inspection subgraph answering later than the gateway waits (a proxy holds its answers back): the gateway
 * gives up on time, answers the rest, and lets go of its connections to the slow subgraph instead of piling them up.
 */

/** Longer than the whole test: an answer the gateway kept waiting for would hold its connection meanwhile. */
const INSPECTION_DELAY_MS = 60_000;
const ROUNDS = 4;
const CONCURRENT_REQUESTS = 5;

let platform: TestPlatform;
let proxy: Awaited<ReturnType<typeof startDelayingProxy>>;

beforeAll(async () => {
  proxy = await startDelayingProxy();
  platform = await startPlatform('faults_slow_subgraph', {
    subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
    subgraphUrls: { inspection: proxy.url },
  });
  proxy.forwardTo(platform.inspection.url);
});
afterAll(async () => {
  await platform?.stop();
  await proxy?.close();
});

it(`answers ${ROUNDS * CONCURRENT_REQUESTS} requests on time without inspection's part, keeps no connection to it open, and answers in full once it is fast again`, async () => {
  for (let request = 0; request < CONCURRENT_REQUESTS; request++) {
    const full = await platform.query(unitAndCatalog(request));
    expect(full.data).toEqual(expectedData(request, { year: 2020 }));
  }
  const connectionsBefore = proxy.openConnections();

  proxy.delay(INSPECTION_DELAY_MS);
  for (let round = 0; round < ROUNDS; round++) {
    const replies = await Promise.all(
      Array.from({ length: CONCURRENT_REQUESTS }, async (_, request) => {
        const started = Date.now();
        const response = await platform.query(unitAndCatalog(request));
        return { ...response, request, elapsed: Date.now() - started };
      }),
    );
    for (const reply of replies) {
      expect(reply.elapsed).toBeGreaterThanOrEqual(SUBGRAPH_TIMEOUT_MS * 0.9);
      expect(reply.elapsed).toBeLessThan(SUBGRAPH_TIMEOUT_MS + MARGIN_MS);
      expect(reply.status).toBe(200);
      expect(reply.data).toEqual(expectedData(reply.request, null));
      expect(reply.errors).toContainEqual(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', serviceName: 'inspection' }),
        }),
      );
    }
  }
  // Each request the gateway gave up on had its own connection, its answer held by the proxy for a minute: the
  // gateway closed them rather than keep them waiting.
  await expect.poll(() => proxy.openConnections(), { timeout: 3_000 }).toBeLessThanOrEqual(connectionsBefore);

  proxy.delay(0);
  // A request not sent before: no cached answer can stand in for inspection's.
  const fresh = CONCURRENT_REQUESTS;
  const recovered = await platform.query(unitAndCatalog(fresh));
  expect(recovered.errors).toBeUndefined();
  expect(recovered.data).toEqual(expectedData(fresh, { year: 2020 }));
}, 60_000);
