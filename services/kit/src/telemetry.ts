import {
  type Context,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry traces, off unless an OTLP endpoint is configured (`ServiceBasics.tracesUrl`, from the standard
 * OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT): then spans go over OTLP/HTTP to a
 * collector. The platform's spans are made explicitly (HTTP server, subgraph fetch, SQL statement) rather than
 * by patching modules on load, which ESM imports escape; with no provider registered they cost nothing.
 */
export interface Telemetry {
  /** Sends the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Registers the process's tracer provider, with `service.name` as its resource, when a traces URL is given;
 * registers nothing (tracing off) otherwise.
 */
export function startTelemetry(serviceName: string, tracesUrl: string | undefined): Telemetry | undefined {
  if (!tracesUrl) return undefined;
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl }), { scheduledDelayMillis: 1000 }),
    ],
  });
  // Stated rather than left to the SDK's reading of OTEL_PROPAGATORS: the platform propagates W3C traceparent.
  provider.register({
    contextManager: new AsyncLocalStorageContextManager(),
    propagator: new W3CTraceContextPropagator(),
  });
  return { shutdown: () => provider.shutdown() };
}

/** The tracer of one service: its name is the instrumentation scope, so one process's services stay apart. */
export const tracerOf = (service: string): Tracer => trace.getTracer(service);

/** Runs `work` in a span that ends with it, recording a thrown error. */
export async function inSpan<T>(
  tracer: Tracer,
  name: string,
  options: { kind: SpanKind; attributes?: Record<string, string | number | boolean>; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, options, options.parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The trace context of an incoming request (W3C `traceparent`), to continue it. */
export const incomingContext = (headers: Record<string, string | string[] | undefined>): Context =>
  propagation.extract(context.active(), headers);

/** Adds the current trace context (`traceparent`) to outgoing request headers. */
export function withTraceContext(headers: Record<string, string>): Record<string, string> {
  const carrier = { ...headers };
  propagation.inject(context.active(), carrier);
  return carrier;
}
