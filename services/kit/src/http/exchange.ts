import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';
import { type Context, context, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import type { ServiceMetrics } from '../metrics.js';
import { incomingContext, inSpan } from '../telemetry.js';

/** What the server keeps of one request for its span and its duration metric. */
export interface Exchange {
  requestId: string;
  /** The route's pattern, '/graphql' or 'other': metric labels and span names stay few whatever is asked. */
  route: string;
  /** The trace context holding the request's server span. */
  trace: Context;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's request id when well-formed (the gateway's, for a subgraph), else a new one. */
function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

interface ExchangeRecording {
  tracer: Tracer;
  metrics: ServiceMetrics;
  exchanges: WeakMap<IncomingMessage, Exchange>;
}

/**
 * The server's request listener around Fastify's: gives each request its id (echoed in `x-request-id`), a
 * server span continuing the caller's trace (the gateway's, for a subgraph) and a duration observation by route
 * and status, both made when the response ends (answered, or its connection closed). `exchanges` lets Fastify's
 * hooks find a request's exchange.
 */
export function exchangeListener(
  handle: RequestListener,
  { tracer, metrics, exchanges }: ExchangeRecording,
): RequestListener {
  return (request, response) =>
    inSpan(
      tracer,
      'HTTP request',
      { kind: SpanKind.SERVER, parent: incomingContext(request.headers) },
      async (span) => {
        const started = process.hrtime.bigint();
        const exchange: Exchange = {
          requestId: requestIdOf(request),
          route: 'other',
          trace: context.active(),
        };
        exchanges.set(request, exchange);
        response.setHeader('x-request-id', exchange.requestId);
        const ended = new Promise((resolve) => response.once('close', resolve));
        handle(request, response);
        await ended;
        const method = request.method === 'HEAD' ? 'GET' : (request.method ?? '');
        const status = response.statusCode;
        span.updateName(`${method} ${exchange.route}`);
        span.setAttributes({
          'http.method': method,
          'http.route': exchange.route,
          'cchc.request_id': exchange.requestId,
          'http.status_code': status,
        });
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        metrics.httpRequests.observe(
          { route: exchange.route, status: String(status) },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      },
    );
}
