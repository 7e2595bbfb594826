import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { match } from 'path-to-regexp';
import type { Identity } from './identity.js';
import type { Logger } from './logger.js';
import type { ServiceMetrics } from './metrics.js';
import { incomingContext, inSpan, tracerOf } from './telemetry.js';

export interface RequestContext extends BaseContext {
  requestId: string;
  logger: Logger;
  headers: IncomingMessage['headers'];
  metrics?: ServiceMetrics;
  /** The verified caller; null when the request carries no token. */
  identity?: Identity | null;
}

/** A refusal before a GraphQL request is executed (e.g. a rate limit). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

export interface Readiness {
  ready: boolean;
  reason?: string;
  /** Anything else worth showing at /readyz (e.g. each subgraph's state). */
  [detail: string]: unknown;
}

/** The values of a route's `:name` segments, decoded. */
export type RouteParams = Record<string, string>;

export interface Route {
  method: 'GET' | 'POST';
  /** A path, or a pattern with `:name` segments (path-to-regexp): `/reports/inspection-plans/:planId/report.docx`. */
  path: string;
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    params: RouteParams,
  ): Promise<void>;
}

export interface RouteMatch {
  route: Route;
  params: RouteParams;
}

/**
 * Finds a request's route, the first declared that matches its method and whole path (case and trailing slash
 * count, as for a plain path). A malformed %-escape in a parameter matches nothing (404 rather than 500).
 */
export function routeMatcher(
  routes: Route[],
): (method: string | undefined, path: string) => RouteMatch | undefined {
  const compiled = routes.map((route) => ({
    route,
    match: match<RouteParams>(route.path, { sensitive: true, trailing: false }),
  }));
  return (method, path) => {
    for (const { route, match: matches } of compiled) {
      if (route.method !== method) continue;
      try {
        const found = matches(path);
        if (found) return { route, params: { ...found.params } };
      } catch (error) {
        if (!(error instanceof URIError)) throw error;
      }
    }
    return undefined;
  };
}

/** What answers at /graphql: a subgraph's Apollo Server, or the gateway's runtime. */
export interface GraphqlEndpoint {
  /** Answers one request; its body is already read (within the size limit). */
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    base: RequestContext,
  ): Promise<void>;
  stop(): Promise<void>;
}

/** Apollo Server (started) at /graphql, each request's context made from the base one. */
export async function apolloEndpoint<C extends RequestContext>(
  apollo: ApolloServer<C>,
  context: (base: RequestContext) => Promise<C>,
): Promise<GraphqlEndpoint> {
  await apollo.start();
  return {
    stop: () => apollo.stop(),
    handle: async (request, response, body, base) => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      const isJson = (headers.get('content-type') ?? '').includes('json');
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method ?? 'GET',
          headers,
          search: url.search,
          body: body.length > 0 && isJson ? JSON.parse(body.toString('utf8')) : body.toString('utf8'),
        },
        context: () => context(base),
      });
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    },
  };
}

export interface HttpServiceOptions {
  logger: Logger;
  metrics: ServiceMetrics;
  graphql: GraphqlEndpoint;
  readiness(): Promise<Readiness>;
  host: string;
  port: number;
  maxBodyBytes?: number;
  routes?: Route[];
  /** Checked before each GraphQL request; a refusal is answered at once. */
  admit?(request: IncomingMessage): Promise<Refusal | null>;
}

export interface RunningHttpService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** How long a stopping server waits for the requests in flight before closing their connections. */
const STOP_GRACE_MS = 2_000;

export class PayloadTooLargeError extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError(`Request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * One HTTP server per service: GraphQL at /graphql, /healthz (alive), /readyz (can serve), /metrics,
 * plus the service's own routes. Every request gets a request id, echoed back and logged.
 */
export async function startHttpService(options: HttpServiceOptions): Promise<RunningHttpService> {
  const { graphql, logger, metrics } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;

  const routes: Route[] = [];
  const route = (r: Route) => routes.push(r);
  route({ method: 'GET', path: '/healthz', handle: async (_q, res) => sendJson(res, 200, { status: 'ok' }) });
  route({
    method: 'GET',
    path: '/readyz',
    handle: async (_q, res) => {
      const readiness = await options.readiness();
      sendJson(res, readiness.ready ? 200 : 503, {
        status: readiness.ready ? 'ready' : 'not ready',
        ...readiness,
      });
    },
  });
  route({
    method: 'GET',
    path: '/metrics',
    handle: async (_q, res) => {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
    },
  });
  for (const extra of options.routes ?? []) route(extra);
  const findRoute = routeMatcher(routes);

  /** A route's pattern, or 'other' (metrics and span names stay few whatever paths are asked for). */
  const routeOf = (found: RouteMatch | undefined, path: string) =>
    found?.route.path ?? (path === '/graphql' ? path : 'other');

  const handle = async (request: IncomingMessage, response: ServerResponse, span: Span) => {
    const started = process.hrtime.bigint();
    const incomingId = request.headers['x-request-id'];
    const requestId =
      typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    const requestLogger = logger.child({ requestId });
    response.setHeader('x-request-id', requestId);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const found = findRoute(method, path);
    const routeLabel = routeOf(found, path);
    span.updateName(`${method} ${routeLabel}`);
    span.setAttributes({
      'http.method': method ?? '',
      'http.route': routeLabel,
      'cchc.request_id': requestId,
    });
    try {
      const body = request.method === 'POST' ? await readBody(request, maxBodyBytes) : Buffer.alloc(0);
      if (found) await found.route.handle(request, response, body, found.params);
      else if (path === '/graphql') {
        const refusal = await options.admit?.(request);
        if (refusal) {
          response.writeHead(refusal.status, {
            'content-type': 'application/json; charset=utf-8',
            ...refusal.headers,
          });
          response.end(
            JSON.stringify({
              errors: [{ message: refusal.message, extensions: { code: refusal.code, requestId } }],
            }),
          );
        } else {
          await graphql.handle(request, response, body, {
            requestId,
            logger: requestLogger,
            headers: request.headers,
            metrics,
          });
        }
      } else
        sendJson(response, 404, { error: { code: 'NOT_FOUND', message: `No route ${path}`, requestId } });
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        // The rest of the body is still on the wire: close the connection rather than read it into the next request.
        response.setHeader('connection', 'close');
        sendJson(response, 413, {
          errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST', requestId } }],
        });
      } else if (error instanceof SyntaxError) {
        sendJson(response, 400, {
          errors: [
            { message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST', requestId } },
          ],
        });
      } else {
        requestLogger.error({ err: error }, 'request failed');
        if (!response.headersSent) {
          sendJson(response, 500, {
            errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
          });
        } else response.end();
      }
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequests.observe({ route: routeLabel, status: String(response.statusCode) }, seconds);
      span.setAttribute('http.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    }
  };

  const tracer = tracerOf(String(logger.bindings().service ?? 'service'));
  // One server span per request, continuing the caller's trace (the gateway's, for a subgraph).
  const server = createServer((request, response) =>
    inSpan(
      tracer,
      'HTTP request',
      { kind: SpanKind.SERVER, parent: incomingContext(request.headers) },
      (span) => handle(request, response, span),
    ),
  );
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    port,
    url: `http://${host}:${port}`,
    stop: async () => {
      // A keep-alive connection whose request was in flight becomes idle only when answered: close those too,
      // rather than wait for their keep-alive timeout; one still busy after a grace period (a long poll whose
      // caller left) is cut.
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const cut = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearInterval(idle);
      clearTimeout(cut);
      await graphql.stop();
    },
  };
}
