import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind } from '@opentelemetry/api';
import { afterAll, describe, expect, it } from 'vitest';
import { incomingContext, inSpan, startTelemetry, tracerOf, withTraceContext } from './telemetry.js';

interface Export {
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    resourceSpans: {
      resource: { attributes: { key: string; value: { stringValue?: string } }[] };
      scopeSpans: {
        scope: { name: string };
        spans: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number }[];
      }[];
    }[];
  };
}

/** A stand-in OTLP/HTTP collector keeping what is posted to it. */
const exports: Export[] = [];
const collector = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    exports.push({
      path: request.url ?? '',
      headers: request.headers,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
afterAll(() => collector.close());

const tracer = tracerOf('inspection');
const callerTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';
const callerSpanId = '00f067aa0ba902b7';
const traceparent = `00-${callerTraceId}-${callerSpanId}-01`;

// The order matters: the process has one global tracer provider, registered by the second test.
describe('telemetry', () => {
  it('registers no tracer provider and propagates nothing when no traces URL is configured', async () => {
    expect(startTelemetry('inspection', undefined)).toBeUndefined();
    const span = tracer.startSpan('work');
    expect(span.isRecording()).toBe(false);
    span.end();
    const outgoing = await inSpan(tracer, 'call', { kind: SpanKind.CLIENT }, async () =>
      withTraceContext({ 'content-type': 'application/json' }),
    );
    expect(outgoing).toEqual({ 'content-type': 'application/json' });
  });

  it("exports spans as OTLP/HTTP JSON under the service's name, continuing the caller's traceparent", async () => {
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;
    const telemetry = startTelemetry('inspection', url);
    expect(telemetry).toBeDefined();

    const forwarded = await inSpan(
      tracer,
      'POST /graphql',
      { kind: SpanKind.SERVER, parent: incomingContext({ traceparent }) },
      async (server) => {
        expect(server.isRecording()).toBe(true);
        return inSpan(tracer, 'subgraph call', { kind: SpanKind.CLIENT }, async (client) => ({
          headers: withTraceContext({}),
          clientSpanId: client.spanContext().spanId,
        }));
      },
    );
    // Sent on to the next service: the same trace, with the client span as the parent.
    expect(forwarded.headers.traceparent).toBe(`00-${callerTraceId}-${forwarded.clientSpanId}-01`);
    await telemetry!.shutdown();

    expect(exports.map((e) => [e.path, e.headers['content-type']])).toEqual([
      ['/v1/traces', 'application/json'],
    ]);
    const [resource] = exports[0]!.body.resourceSpans;
    expect(resource!.resource.attributes).toContainEqual({
      key: 'service.name',
      value: { stringValue: 'inspection' },
    });
    const spans = resource!.scopeSpans.flatMap((s) =>
      s.spans.map((span) => ({ ...span, scope: s.scope.name })),
    );
    const server = spans.find((s) => s.name === 'POST /graphql');
    expect(server).toMatchObject({ traceId: callerTraceId, parentSpanId: callerSpanId, scope: 'inspection' });
    expect(spans.find((s) => s.name === 'subgraph call')).toMatchObject({
      traceId: callerTraceId,
      spanId: forwarded.clientSpanId,
      parentSpanId: server!.spanId,
    });
  });
});
