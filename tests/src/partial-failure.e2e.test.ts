import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * A forwarding HTTP proxy the test puts between the gateway and one subgraph. It can go down
 * (nothing listens on its port any more), come back up on the same port, and hold each request
 * for a delay before forwarding it; a held request whose caller gives up is dropped at once.
 */
async function startProxy() {
  let target = '';
  let delayMs = 0;
  const held = new Set<NodeJS.Timeout>();

  const forward = (request: IncomingMessage, response: ServerResponse) => {
    const upstream = httpRequest(
      new URL(request.url ?? '/', target),
      { method: request.method, headers: request.headers },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    response.on('close', () => upstream.destroy());
    request.pipe(upstream);
  };
  const server = createServer((request, response) => {
    const timer = setTimeout(() => {
      held.delete(timer);
      forward(request, response);
    }, delayMs);
    held.add(timer);
    response.on('close', () => {
      clearTimeout(timer);
      held.delete(timer);
    });
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      if (server.listening) return resolve();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      for (const timer of held) clearTimeout(timer);
      held.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });

  await listen(0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    /** Where requests go: the subgraph's origin, known once the platform has started. */
    forwardTo: (origin: string) => {
      target = origin;
    },
    delay: (ms: number) => {
      delayMs = ms;
    },
    /** Requests held and not yet forwarded nor given up by their caller. */
    heldRequests: () => held.size,
    down,
    up: () => listen(port),
    close: down,
  };
}

/** Every error carries a code and the request id, and no stack trace. */
function expectClientErrors(response: GraphQLResponse) {
  expect(response.errors?.length, 'errors were expected').toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).toEqual(expect.any(String));
    expect(error.extensions?.requestId).toEqual(expect.any(String));
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(JSON.stringify(error)).not.toMatch(/\n\s+at |\.[jt]s:\d+/);
  }
}

const SUBGRAPH_TIMEOUT_MS = 1_000;
/** Unit-registry's unit next to inspection fields that are nullable, so an outage nulls only them. */
const UNIT_AND_CATALOG = `{ unitByCode(code: "903", asOf: "2020-10-19") { name } criteriaCatalog(year: 2020) { year } }`;
/** The field inspection adds to unit-registry's Unit (nullable, as every contributed field must be). */
const UNIT_WITH_FINDINGS = `{ unitByCode(code: "903", asOf: "2020-10-19") { name findings { totalCount } } }`;
/** A root field of inspection's that is non-null. */
const PLANS = '{ inspectionPlans { totalCount } }';
/** The same unit twice, with two of the fields metrics adds to it. */
const UNIT_WITH_METRICS = `{
  score: unitByCode(code: "91", asOf: "2020-10-19") { name score766(period: "2020") { total } }
  indicators: unitByCode(code: "91", asOf: "2020-10-19") { name indicators(period: "2020", codes: ["ON_TIME_RATE"]) { value } }
}`;

let platform: TestPlatform;
let inspectionProxy: Awaited<ReturnType<typeof startProxy>>;
let metricsProxy: Awaited<ReturnType<typeof startProxy>>;

beforeAll(async () => {
  inspectionProxy = await startProxy();
  metricsProxy = await startProxy();
  platform = await startPlatform('e2e_partial_failure', {
    subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
    subgraphUrls: { inspection: inspectionProxy.url, 'e-government-metrics': metricsProxy.url },
  });
  inspectionProxy.forwardTo(platform.inspection.url);
  metricsProxy.forwardTo(platform.metrics.url);
});
afterEach(async () => {
  await inspectionProxy.up();
  metricsProxy.delay(0);
});
afterAll(async () => {
  await platform?.stop();
  await inspectionProxy?.close();
  await metricsProxy?.close();
});

it('answers the mixed queries in full, with no error, while every subgraph is up', async () => {
  for (const query of [UNIT_AND_CATALOG, UNIT_WITH_FINDINGS, PLANS, UNIT_WITH_METRICS]) {
    const response = await platform.query(query);
    expect(response.errors, query).toBeUndefined();
  }
  expect((await platform.query(UNIT_AND_CATALOG)).data).toEqual({
    unitByCode: { name: 'Hòn Đất' },
    criteriaCatalog: { year: 2020 },
  });
  expect((await platform.query(UNIT_WITH_FINDINGS)).data).toEqual({
    unitByCode: { name: 'Hòn Đất', findings: { totalCount: expect.any(Number) } },
  });
  expect((await platform.query(UNIT_WITH_METRICS)).data).toEqual({
    score: { name: 'Kiên Giang', score766: { total: expect.any(Number) } },
    indicators: { name: 'Kiên Giang', indicators: [{ value: expect.any(Number) }] },
  });
});

describe('with the inspection subgraph down (nothing listens where the gateway sends its requests)', () => {
  it("answers HTTP 200 with unit-registry's data, the inspection field null, and an error with a code and the request id", async () => {
    await inspectionProxy.down();
    const response = await platform.query(UNIT_AND_CATALOG);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ unitByCode: { name: 'Hòn Đất' }, criteriaCatalog: null });
    expectClientErrors(response);
  });

  it('keeps the unit when the field inspection adds to it is missing: only Unit.findings is null', async () => {
    await inspectionProxy.down();
    const response = await platform.query(UNIT_WITH_FINDINGS);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ unitByCode: { name: 'Hòn Đất', findings: null } });
    expectClientErrors(response);
  });

  it('answers HTTP 200 with data null when a missing root field is non-null (the null reaches the root, as GraphQL requires)', async () => {
    await inspectionProxy.down();
    const response = await platform.query(PLANS);
    expect(response.status).toBe(200);
    expect(response.data ?? null).toBeNull();
    expectClientErrors(response);
  });

  it('names the missing subgraph in the error (SERVICE_UNAVAILABLE, serviceName "inspection")', async () => {
    await inspectionProxy.down();
    const response = await platform.query(UNIT_AND_CATALOG);
    expect(response.errors).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('inspection service cannot be reached'),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', serviceName: 'inspection' }),
      }),
    );
  });

  it('recovers by itself once the subgraph is back on the same URL: the same query then answers in full with no error', async () => {
    await inspectionProxy.down();
    expect((await platform.query(UNIT_WITH_FINDINGS)).errors).toBeDefined();

    await inspectionProxy.up();
    const response = await platform.query(UNIT_WITH_FINDINGS);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      unitByCode: { name: 'Hòn Đất', findings: { totalCount: expect.any(Number) } },
    });
  });
});

describe('with the e-government-metrics subgraph slower than the gateway timeout', () => {
  const DELAY_MS = 10_000;

  it("answers within 3 s although the subgraph would take 10 s, with unit-registry's data and an error for the metrics part", async () => {
    metricsProxy.delay(DELAY_MS);
    const started = Date.now();
    const response = await platform.query(UNIT_WITH_METRICS);
    const elapsed = Date.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(SUBGRAPH_TIMEOUT_MS * 0.9);
    expect(elapsed).toBeLessThan(3_000);
    expect(response.status).toBe(200);
    // Both fields metrics adds to the unit are lost, never the unit.
    expect(response.data).toEqual({
      score: { name: 'Kiên Giang', score766: null },
      indicators: { name: 'Kiên Giang', indicators: null },
    });
    expectClientErrors(response);
    // The gateway gave up on the held request, and the proxy dropped it rather than forwarding it later.
    await expect.poll(() => metricsProxy.heldRequests()).toBe(0);
  });

  it('names the slow subgraph in the error (SERVICE_UNAVAILABLE, serviceName "e-government-metrics")', async () => {
    metricsProxy.delay(DELAY_MS);
    const response = await platform.query(UNIT_WITH_METRICS);
    expect(response.errors).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('did not answer within'),
        extensions: expect.objectContaining({
          code: 'SERVICE_UNAVAILABLE',
          serviceName: 'e-government-metrics',
        }),
      }),
    );
  });
});
