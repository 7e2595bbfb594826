import { createConnection } from 'node:net';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApolloServer } from './apollo.js';
import { apolloEndpoint, type RawGraphqlEndpoint } from './http/graphql-endpoint.js';
import {
  clientAddressOf,
  type RequestContext,
  type Route,
  type RunningHttpService,
  sendJson,
  startHttpService,
} from './http.js';
import { createLogger } from './logger.js';
import { ServiceMetrics } from './metrics.js';

const spans = new InMemorySpanExporter();
new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }).register({
  contextManager: new AsyncLocalStorageContextManager(),
  propagator: new W3CTraceContextPropagator(),
});

const MAX_BODY_BYTES = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const logger = createLogger('kit-http-test', 'silent');

/** Answers its method, route and parameters, so a test sees which route was chosen. */
const echoRoute = (method: Route['method'], path: string): Route => ({
  method,
  path,
  handle: async (request, response, body, params) =>
    sendJson(response, 200, { method: request.method, path, params, body: body.toString('utf8') }),
});
const routes: Route[] = [
  echoRoute('GET', '/reports/inspection-plans/:planId/report.docx'),
  echoRoute('GET', '/reports/inspection-plans/:planId/notices/:unitId.docx'),
  {
    method: 'POST',
    path: '/traced',
    // Makes a span of its own after its body was read: it must be a child of the server span.
    handle: async (_request, response) => {
      const span = trace.getTracer('route').startSpan('route work');
      span.end();
      sendJson(response, 200, { spanId: span.spanContext().spanId });
    },
  },
  {
    method: 'GET',
    path: '/broken',
    handle: async () => {
      throw new Error('secret detail of a failure');
    },
  },
  {
    method: 'GET',
    path: '/broken-midway',
    handle: async (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('first line\r\n');
      throw new Error('the source went away');
    },
  },
];

const querySchema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      requestId: {
        type: GraphQLString,
        resolve: (_source, _args, { requestId }: RequestContext) => requestId,
      },
    },
  }),
});

/** The gateway's kind of endpoint: it is handed the raw request and the body as sent. */
const rawRequests: { method?: string; body: string; requestId: string }[] = [];
const rawEndpoint: RawGraphqlEndpoint = {
  handle: async (request, response, body, base) => {
    rawRequests.push({ method: request.method, body: body.toString('utf8'), requestId: base.requestId });
    sendJson(response, 200, { data: { answeredBy: 'runtime' } });
  },
  stop: async () => {},
};

let subgraph: RunningHttpService;
let gateway: RunningHttpService;
let ready = true;

beforeAll(async () => {
  const apollo = createApolloServer<RequestContext>({ schema: querySchema }, { introspection: false });
  subgraph = await startHttpService({
    logger,
    metrics: new ServiceMetrics('kit-http-test'),
    graphql: await apolloEndpoint(apollo, async (base) => base),
    readiness: async () => (ready ? { ready } : { ready, reason: 'database unreachable' }),
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: MAX_BODY_BYTES,
    routes,
    admit: async (request) =>
      request.headers['x-over-limit']
        ? {
            status: 429,
            code: 'RATE_LIMITED',
            message: 'Too many requests',
            headers: { 'retry-after': '42' },
          }
        : null,
  });
  gateway = await startHttpService({
    logger,
    metrics: new ServiceMetrics('kit-http-test-gateway'),
    graphql: rawEndpoint,
    readiness: async () => ({ ready: true }),
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: MAX_BODY_BYTES,
    routes: [echoRoute('GET', '/export/findings.csv')],
    limit: async (request) =>
      request.headers['x-limited']
        ? { status: 429, code: 'RATE_LIMITED', message: 'Slow down', headers: { 'retry-after': '7' } }
        : null,
    metricsToken: 'operators-only',
  });
});
afterAll(async () => {
  await subgraph?.stop();
  await gateway?.stop();
});
beforeEach(() => spans.reset());

const postJson = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** Sends `head` and `body` on a connection of its own; answers all that came back before the server closed it. */
function exchangeOnSocket(port: number, head: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(head);
    // Writes after the server closed fail: what matters is what came back.
    socket.write(body, () => {});
    setTimeout(() => reject(new Error(`connection still open; received: ${received}`)), 5_000).unref();
  });
}

describe('routes', () => {
  it.each([
    ['/reports/inspection-plans/p-1/report.docx', { planId: 'p-1' }],
    ['/reports/inspection-plans/p-1/notices/u-2.docx', { planId: 'p-1', unitId: 'u-2' }],
    // Parameters are decoded: an escaped slash stays inside its segment.
    ['/reports/inspection-plans/a%2Fb/report.docx', { planId: 'a/b' }],
    ['/reports/inspection-plans/p-1/report.docx?download=1', { planId: 'p-1' }],
  ])('GET %s reaches its route with its parameters', async (path, params) => {
    const response = await fetch(`${subgraph.url}${path}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ method: 'GET', params });
  });

  it.each([
    ['POST', '/healthz'],
    ['GET', '/healthz/'],
    ['GET', '/HEALTHZ'],
    ['GET', '/reports/inspection-plans/p-1/report.pdf'],
    ['GET', '/reports/inspection-plans//report.docx'],
    ['GET', '/reports/inspection-plans/p-1/notices/.docx'],
    ['GET', '/reports/inspection-plans/p-1/report.docx/more'],
    ['GET', '/reports/inspection-plans/%E0%A4%A/report.docx'],
  ])('%s %s is 404 NOT_FOUND, with the request id', async (method, path) => {
    const response = await fetch(`${subgraph.url}${path}`, { method, headers: { 'x-request-id': 'r-404' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: `No route ${path}`, requestId: 'r-404' },
    });
  });

  it('answers HEAD as GET, without the body', async () => {
    const get = await fetch(`${subgraph.url}/reports/inspection-plans/p-1/report.docx`);
    const head = await fetch(`${subgraph.url}/reports/inspection-plans/p-1/report.docx`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
    expect((await fetch(`${subgraph.url}/healthz`, { method: 'HEAD' })).status).toBe(200);
  });

  it('answers 500 INTERNAL_SERVER_ERROR without the error, and ends a response already begun', async () => {
    const response = await fetch(`${subgraph.url}/broken`, { headers: { 'x-request-id': 'r-500' } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-500' } },
      ],
    });
    const midway = await fetch(`${subgraph.url}/broken-midway`);
    expect(midway.status).toBe(200);
    expect(await midway.text()).toBe('first line\r\n');
  });
});

describe('request id', () => {
  it('echoes a well-formed x-request-id, and makes one when it is absent or malformed', async () => {
    const idOf = async (headers: Record<string, string>) =>
      (await fetch(`${subgraph.url}/healthz`, { headers })).headers.get('x-request-id');
    expect(await idOf({ 'x-request-id': 'gw-7f3a:2.b_c' })).toBe('gw-7f3a:2.b_c');
    expect(await idOf({})).toMatch(UUID);
    expect(await idOf({ 'x-request-id': 'two words' })).toMatch(UUID);
    expect(await idOf({ 'x-request-id': 'x'.repeat(129) })).toMatch(UUID);
  });
});

describe('health, readiness and metrics', () => {
  it('answers /healthz, and /readyz with 503 and the reason when not ready', async () => {
    expect(await (await fetch(`${subgraph.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const readyAnswer = await fetch(`${subgraph.url}/readyz`);
    expect([readyAnswer.status, await readyAnswer.json()]).toEqual([200, { status: 'ready', ready: true }]);
    ready = false;
    try {
      const notReady = await fetch(`${subgraph.url}/readyz`);
      expect([notReady.status, await notReady.json()]).toEqual([
        503,
        { status: 'not ready', ready: false, reason: 'database unreachable' },
      ]);
    } finally {
      ready = true;
    }
  });

  it('times requests by route pattern, /graphql or "other", and status', async () => {
    await fetch(`${subgraph.url}/reports/inspection-plans/p-9/report.docx`);
    await fetch(`${subgraph.url}/no/such/path/${Date.now()}`);
    await fetch(`${subgraph.url}/graphql?query=${encodeURIComponent('{ requestId }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const metrics = await fetch(`${subgraph.url}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    const count = (labels: string) =>
      text
        .split('\n')
        .find(
          (line) => line.startsWith('http_request_duration_seconds_count{') && line.includes(`${labels}}`),
        );
    expect(count('route="/reports/inspection-plans/:planId/report.docx",status="200"')).toBeDefined();
    expect(count('route="other",status="404"')).toBeDefined();
    expect(count('route="/graphql",status="200"')).toBeDefined();
  });

  it('serves /metrics to this host without a token, not to what a proxy forwards', async () => {
    expect((await fetch(`${subgraph.url}/metrics`)).status).toBe(200);
    const forwarded = await fetch(`${subgraph.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(forwarded.status).toBe(403);
    expect(await forwarded.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('serves /metrics only with the metrics token when one is set, to this host too', async () => {
    expect((await fetch(`${gateway.url}/metrics`)).status).toBe(403);
    const wrong = await fetch(`${gateway.url}/metrics`, { headers: { authorization: 'Bearer guess' } });
    expect(wrong.status).toBe(403);
    const right = await fetch(`${gateway.url}/metrics`, {
      headers: { authorization: 'Bearer operators-only' },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('http_request_duration_seconds');
  });

  it('keeps connections alive for 65 seconds', async () => {
    const response = await fetch(`${subgraph.url}/healthz`);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });
});

describe('body limit and JSON', () => {
  const tooLarge = JSON.stringify({ query: '{ requestId }', padding: 'x'.repeat(MAX_BODY_BYTES) });

  it('refuses a body over the limit with 413 BAD_REQUEST, and closes the connection', async () => {
    for (const url of [`${subgraph.url}/graphql`, `${subgraph.url}/traced`, `${gateway.url}/graphql`]) {
      const response = await postJson(url, tooLarge, { 'x-request-id': 'r-413' });
      expect(response.status, url).toBe(413);
      expect(response.headers.get('connection'), url).toBe('close');
      expect(await response.json(), url).toEqual({
        errors: [
          {
            message: 'Request body is too large for this address',
            extensions: { code: 'BAD_REQUEST', requestId: 'r-413' },
          },
        ],
      });
    }
  });

  it('closes the connection after a 413 whether the length is announced or the body is chunked', async () => {
    const head = (framing: string) =>
      `POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n${framing}\r\n\r\n`;
    const announced = await exchangeOnSocket(
      subgraph.port,
      head(`content-length: ${tooLarge.length}`),
      tooLarge,
    );
    const chunk = `${tooLarge.length.toString(16)}\r\n${tooLarge}\r\n`;
    const chunked = await exchangeOnSocket(subgraph.port, head('transfer-encoding: chunked'), chunk);
    for (const answer of [announced, chunked]) {
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.toLowerCase()).toContain('connection: close');
    }
  });

  it('answers a body that is not JSON with 400 BAD_REQUEST', async () => {
    for (const body of ['{"query": ', '']) {
      const response = await postJson(`${subgraph.url}/graphql`, body, { 'x-request-id': 'r-400' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'Request body is not valid JSON',
            extensions: { code: 'BAD_REQUEST', requestId: 'r-400' },
          },
        ],
      });
    }
  });
});

describe('GraphQL at /graphql', () => {
  it("runs a subgraph's Apollo Server by POST and GET, its context made from the request's", async () => {
    const posted = await postJson(`${subgraph.url}/graphql`, JSON.stringify({ query: '{ requestId }' }), {
      'x-request-id': 'r-post',
    });
    expect(await posted.json()).toEqual({ data: { requestId: 'r-post' } });
    const got = await fetch(`${subgraph.url}/graphql?query=${encodeURIComponent('{ requestId }')}`, {
      headers: { 'x-request-id': 'r-get', 'apollo-require-preflight': 'true' },
    });
    expect(await got.json()).toEqual({ data: { requestId: 'r-get' } });
  });

  it('applies the limit to GraphQL and to every route, not to health, readiness and metrics', async () => {
    const limited = { 'x-limited': 'yes' };
    for (const path of ['/graphql', '/export/findings.csv']) {
      const response = await fetch(`${gateway.url}${path}`, { headers: limited });
      expect([path, response.status, response.headers.get('retry-after')]).toEqual([path, 429, '7']);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    }
    for (const path of ['/healthz', '/readyz']) {
      expect((await fetch(`${gateway.url}${path}`, { headers: limited })).status).toBe(200);
    }
    const metrics = await fetch(`${gateway.url}/metrics`, {
      headers: { ...limited, authorization: 'Bearer operators-only' },
    });
    expect(metrics.status).toBe(200);
    expect((await fetch(`${gateway.url}/export/findings.csv`)).status).toBe(200);
  });

  const requestFrom = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: { 'x-forwarded-for': forwarded } }) as never;

  it("takes a caller's address from a proxy on this host, never from a remote client's header", () => {
    const clientAddress = clientAddressOf();
    expect(clientAddress(requestFrom('127.0.0.1', '198.51.100.1, 203.0.113.9'))).toBe('203.0.113.9');
    expect(clientAddress(requestFrom('127.0.0.1'))).toBe('127.0.0.1');
    expect(clientAddress(requestFrom('203.0.113.7', '10.0.0.1'))).toBe('203.0.113.7');
    expect(clientAddress(requestFrom('10.1.2.3', '203.0.113.9'))).toBe('10.1.2.3');
  });

  it('takes it from the trusted proxies in front (an ingress), walking back past each of them only', () => {
    const clientAddress = clientAddressOf(['10.0.0.0/8', '192.0.2.10']);
    // The ingress (10.1.2.3) forwards for the client; the client's own claim before it is not believed.
    expect(clientAddress(requestFrom('10.1.2.3', '198.51.100.1, 203.0.113.9'))).toBe('203.0.113.9');
    // Two trusted hops: a load balancer (192.0.2.10) in front of the ingress.
    expect(clientAddress(requestFrom('10.1.2.3', '198.51.100.1, 203.0.113.9, 192.0.2.10'))).toBe(
      '203.0.113.9',
    );
    // A peer outside the list is the caller, whatever it forwards.
    expect(clientAddress(requestFrom('203.0.113.7', '10.0.0.1'))).toBe('203.0.113.7');
    expect(() => clientAddressOf(['not-an-address'])).toThrow();
  });

  it('answers a refusal of admission with its status, headers and code', async () => {
    const response = await postJson(`${subgraph.url}/graphql`, JSON.stringify({ query: '{ requestId }' }), {
      'x-over-limit': 'yes',
      'x-request-id': 'r-429',
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(await response.json()).toEqual({
      errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', requestId: 'r-429' } }],
    });
  });

  it('hands a raw endpoint the body as sent, whatever its type, and the request id', async () => {
    rawRequests.length = 0;
    const bodies = ['{"query": "{ a }"}', '{"query": '];
    for (const body of bodies) {
      const response = await postJson(`${gateway.url}/graphql`, body, { 'x-request-id': 'r-raw' });
      expect(await response.json()).toEqual({ data: { answeredBy: 'runtime' } });
    }
    await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a;b',
    });
    await fetch(`${gateway.url}/graphql?query=%7B%20a%20%7D`);
    expect(rawRequests).toEqual([
      { method: 'POST', body: bodies[0], requestId: 'r-raw' },
      { method: 'POST', body: bodies[1], requestId: 'r-raw' },
      { method: 'POST', body: 'a;b', requestId: expect.stringMatching(UUID) },
      { method: 'GET', body: '', requestId: expect.stringMatching(UUID) },
    ]);
  });
});

describe('traces', () => {
  const callerTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const callerSpanId = '00f067aa0ba902b7';
  const serverSpans = () => spans.getFinishedSpans().filter((span) => span.kind === SpanKind.SERVER);

  it("makes one server span per request, continuing the caller's trace, named by method and route", async () => {
    const response = await postJson(`${subgraph.url}/traced`, '{"some": "body"}', {
      traceparent: `00-${callerTraceId}-${callerSpanId}-01`,
      'x-request-id': 'r-traced',
    });
    const { spanId: routeSpanId } = (await response.json()) as { spanId: string };
    const [server] = serverSpans();
    expect(server?.name).toBe('POST /traced');
    expect(server?.spanContext().traceId).toBe(callerTraceId);
    expect(server?.parentSpanId).toBe(callerSpanId);
    expect(server?.attributes).toEqual({
      'http.method': 'POST',
      'http.route': '/traced',
      'cchc.request_id': 'r-traced',
      'http.status_code': 200,
    });
    // The route ran in the server span's context, after its body was read.
    const routeSpan = spans.getFinishedSpans().find((span) => span.spanContext().spanId === routeSpanId);
    expect(routeSpan?.parentSpanId).toBe(server?.spanContext().spanId);
  });

  it('names HEAD as GET and unknown paths "other", and marks a 500 as an error', async () => {
    await fetch(`${subgraph.url}/healthz`, { method: 'HEAD' });
    await fetch(`${subgraph.url}/nowhere`);
    await fetch(`${subgraph.url}/broken`);
    expect(
      serverSpans().map((span) => [span.name, span.attributes['http.status_code'], span.status.code]),
    ).toEqual([
      ['GET /healthz', 200, SpanStatusCode.UNSET],
      ['GET other', 404, SpanStatusCode.UNSET],
      ['GET /broken', 500, SpanStatusCode.ERROR],
    ]);
  });
});

describe('stop', () => {
  it('closes idle connections at once, cuts a request still running after 2 s, then stops the endpoint', async () => {
    let endpointStopped = false;
    const service = await startHttpService({
      logger,
      metrics: new ServiceMetrics('kit-http-stop-test'),
      graphql: {
        ...rawEndpoint,
        stop: async () => {
          endpointStopped = true;
        },
      },
      readiness: async () => ({ ready: true }),
      host: '127.0.0.1',
      port: 0,
      routes: [{ method: 'GET', path: '/forever', handle: () => new Promise(() => {}) }],
    });
    await fetch(`${service.url}/healthz`); // leaves an idle kept-alive connection
    const forever = fetch(`${service.url}/forever`).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await service.stop();
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(3_000);
    expect(await forever).toBeInstanceOf(Error);
    expect(endpointStopped).toBe(true);
  });
});
