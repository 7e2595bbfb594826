import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BaseContext } from '@apollo/server';
import proxyAddress from '@fastify/proxy-addr';
import { context } from '@opentelemetry/api';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Exchange, exchangeListener } from './http/exchange.js';
import { type GraphqlEndpoint, isRawEndpoint } from './http/graphql-endpoint.js';
import type { Identity } from './identity.js';
import type { Logger } from './logger.js';
import type { ServiceMetrics } from './metrics.js';
import { tracerOf } from './telemetry.js';

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
  /** A path, or a pattern with `:name` segments (Fastify's router): `/reports/inspection-plans/:planId/report.docx`. */
  path: string;
  /** The largest body this route reads (default: the server's `maxBodyBytes`), e.g. an upload. */
  maxBodyBytes?: number;
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    params: RouteParams,
  ): Promise<void>;
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
  /** Checked before every request but /healthz, /readyz and /metrics, and before `admit` (a rate limit). */
  limit?(request: IncomingMessage): Promise<Refusal | null>;
  /**
   * The bearer token /metrics asks for (operators' only: operation names, timings, pool sizes). Without one,
   * /metrics answers loopback callers only.
   */
  metricsToken?: string;
}

export interface RunningHttpService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Longer than the 60 s idle timeout common to proxies and load balancers, so that they close an idle connection
 * first, rather than send a request on one we are closing.
 */
const KEEP_ALIVE_MS = 65_000;

/** How long a stopping server waits for the requests in flight before closing their connections. */
const STOP_GRACE_MS = 2_000;

const NO_BODY = Buffer.alloc(0);

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const isLoopback = (request: IncomingMessage) => LOOPBACK.has(request.socket.remoteAddress ?? '');

/** How a service finds who is calling it, behind the proxies it trusts. */
export type ClientAddressOf = (request: IncomingMessage) => string;

/**
 * The caller's address. A proxy says whom it forwards for in X-Forwarded-For, adding its peer at the end; the
 * entries before came from further away, where anyone may write anything. So the address is the last entry not
 * added by a trusted proxy, walking back from the peer: a proxy on this host (the web shell's server) is always
 * trusted, and so are `trustedProxies` (addresses or CIDR ranges, e.g. the ingress's `10.0.0.0/8`); any other
 * peer is the caller itself, whatever its header says.
 */
export function clientAddressOf(trustedProxies: readonly string[] = []): ClientAddressOf {
  // compile() throws on an entry that is neither an address nor a range: a configuration error at start-up.
  const trust = proxyAddress.compile(['loopback', ...trustedProxies]);
  return (request) => proxyAddress(request, trust) ?? 'unknown';
}

/**
 * /metrics is for operators: the metrics token when one is set, else a caller on this host itself (not one a
 * local proxy forwards).
 */
export function mayReadMetrics(request: IncomingMessage, token: string | undefined): boolean {
  if (!token) return isLoopback(request) && request.headers['x-forwarded-for'] === undefined;
  const sent = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** The body of every error the server itself answers at /graphql, shaped as GraphQL errors. */
const graphqlErrors = (message: string, code: string, requestId: string) => ({
  errors: [{ message, extensions: { code, requestId } }],
});

/**
 * One HTTP server per service (Fastify): GraphQL at /graphql, /healthz (alive), /readyz (can serve), /metrics,
 * plus the service's own routes. Every request gets a request id, echoed back and logged, a server span and a
 * duration observation by route and status.
 */
export async function startHttpService(options: HttpServiceOptions): Promise<RunningHttpService> {
  const { graphql, logger, metrics } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const tracer = tracerOf(String(logger.bindings().service ?? 'service'));
  const exchanges = new WeakMap<IncomingMessage, Exchange>();
  // Every request reaches Fastify through `exchangeListener`, which has recorded its exchange.
  const exchangeOf = (request: IncomingMessage) => exchanges.get(request)!;

  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    reply.code(404).send({
      error: { code: 'NOT_FOUND', message: `No route ${request.url.split('?')[0]}`, requestId: request.id },
    });
  const requestLogger = (request: FastifyRequest) => logger.child({ requestId: request.id });
  /** Logs an unexpected error; the answer says no more than that (no message, no stack). */
  const internalError = (request: FastifyRequest, error: unknown) => {
    requestLogger(request).error({ err: error }, 'request failed');
    return graphqlErrors('Internal error', 'INTERNAL_SERVER_ERROR', request.id);
  };

  const app = Fastify({
    logger: false,
    bodyLimit: maxBodyBytes,
    genReqId: (request) => exchangeOf(request).requestId,
    // Requests arriving on connections already open while the server stops are still answered.
    return503OnClosing: false,
    // A malformed %-escape in a parameter names no route: 404, as for any path we do not serve.
    frameworkErrors: (_error, request, reply) => notFound(request, reply),
    serverFactory: (handle) => {
      const server = createServer(exchangeListener(handle, { tracer, metrics, exchanges }));
      server.keepAliveTimeout = KEEP_ALIVE_MS;
      return server;
    },
  });

  app.addHook('onRequest', async (request) => {
    exchangeOf(request.raw).route = request.is404 ? 'other' : (request.routeOptions.url ?? 'other');
  });
  // A body is read on the socket's events, outside the request's trace context: handlers run in it again, so
  // that their spans (SQL statements, subgraph calls) are children of the server span.
  app.addHook('preHandler', (request, _reply, done) => context.with(exchangeOf(request.raw).trace, done));
  app.setNotFoundHandler(notFound);
  // Fastify's errors (their `code`), and any other thrown while answering.
  app.setErrorHandler<FastifyError>((error, request, reply) => {
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        // The rest of the body is still on the wire: close the connection rather than read it into the next request.
        reply.header('connection', 'close');
        return reply
          .code(413)
          .send(graphqlErrors('Request body is too large for this address', 'BAD_REQUEST', request.id));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply
          .code(400)
          .send(graphqlErrors('Request body is not valid JSON', 'BAD_REQUEST', request.id));
    }
    // Fastify's other refusals of a malformed request (a wrong content length, an unknown content type).
    if (error.statusCode !== undefined && error.statusCode < 500)
      return reply.code(error.statusCode).send(graphqlErrors(error.message, 'BAD_REQUEST', request.id));
    return reply.code(500).send(internalError(request, error));
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const readiness = await options.readiness();
    return reply
      .code(readiness.ready ? 200 : 503)
      .send({ status: readiness.ready ? 'ready' : 'not ready', ...readiness });
  });
  app.get('/metrics', async (request, reply) => {
    if (!mayReadMetrics(request.raw, options.metricsToken)) {
      return reply
        .code(403)
        .send(
          graphqlErrors(
            options.metricsToken
              ? 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>'
              : 'Metrics are served to this host only (or set METRICS_TOKEN)',
            'FORBIDDEN',
            request.id,
          ),
        );
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const baseOf = (request: FastifyRequest): RequestContext => ({
    requestId: request.id,
    logger: requestLogger(request),
    headers: request.headers,
    metrics,
  });
  /**
   * Runs a handler that writes to the raw Node response, which Fastify then leaves alone: routes stream what
   * they answer (CSV exports, documents), and the gateway's runtime writes its own response.
   */
  const answerRaw = async (
    request: FastifyRequest,
    reply: FastifyReply,
    write: (body: Buffer) => Promise<void>,
  ) => {
    reply.hijack();
    try {
      await write(Buffer.isBuffer(request.body) ? request.body : NO_BODY);
    } catch (error) {
      const answer = internalError(request, error);
      if (reply.raw.headersSent) reply.raw.end();
      else sendJson(reply.raw, 500, answer);
    }
  };
  /** A hook answering the check's refusal, if any; the request then goes no further. */
  const refuseWith =
    (check: HttpServiceOptions['admit']) => async (request: FastifyRequest, reply: FastifyReply) => {
      const refusal = await check?.(request.raw);
      if (refusal) {
        return reply
          .code(refusal.status)
          .headers(refusal.headers ?? {})
          .send(graphqlErrors(refusal.message, refusal.code, request.id));
      }
    };
  // The limit is checked before the body is read; the admission (a token's check) once it is.
  const limited = refuseWith(options.limit);
  const admission = refuseWith(options.admit);

  await app.register(async (raw) => {
    // Here bodies stay as they came, whatever their type: a route reads its own, the gateway passes it on.
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    for (const route of options.routes ?? []) {
      raw.route({
        method: route.method,
        url: route.path,
        ...(route.maxBodyBytes ? { bodyLimit: route.maxBodyBytes } : {}),
        onRequest: limited,
        handler: (request, reply) => {
          const params = request.params as RouteParams;
          // Fastify's router matches an empty segment (`/plans//report.docx`), which names nothing.
          if (Object.values(params).includes('')) return notFound(request, reply);
          return answerRaw(request, reply, (body) => route.handle(request.raw, reply.raw, body, params));
        },
      });
    }
    if (isRawEndpoint(graphql)) {
      raw.all('/graphql', { onRequest: limited, preHandler: admission }, (request, reply) =>
        answerRaw(request, reply, (body) => graphql.handle(request.raw, reply.raw, body, baseOf(request))),
      );
    }
  });
  if (!isRawEndpoint(graphql)) {
    app.all('/graphql', { onRequest: limited, preHandler: admission }, graphql.handler(baseOf));
  }

  await app.listen({ port: options.port, host: options.host });
  const server = app.server;
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
      try {
        await app.close();
      } finally {
        clearInterval(idle);
        clearTimeout(cut);
      }
      await graphql.stop();
    },
  };
}
