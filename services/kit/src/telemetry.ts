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
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import pg from 'pg';

/**
 * OpenTelemetry traces, off unless an OTLP endpoint is configured (the standard variables
 * OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT): then spans go over OTLP/HTTP to a
 * collector. The platform's spans are made explicitly (HTTP server, subgraph fetch, SQL statement) rather than
 * by patching modules on load, which ESM imports escape; with no provider registered they cost nothing.
 */
export interface Telemetry {
  shutdown(): Promise<void>;
}

/** Where spans are posted, from the standard variables (the general endpoint gets the traces path). */
export function tracesUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`;
  return undefined;
}

/** Registers the process's tracer provider when an endpoint is configured; undefined (tracing off) otherwise. */
export function startTelemetry(
  serviceName: string,
  env: NodeJS.ProcessEnv = process.env,
): Telemetry | undefined {
  const url = tracesUrl(env);
  if (!url) return undefined;
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  traceSqlStatements();
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

let sqlTraced = false;

/**
 * A span per SQL statement, around node-postgres' `Client.query` (which TypeORM and the raw queries both use):
 * the statement text, never the parameter values.
 */
function traceSqlStatements(): void {
  if (sqlTraced) return;
  sqlTraced = true;
  const tracer = tracerOf('postgresql');
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function tracedQuery(this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const statement = typeof first === 'string' ? first : (first?.text ?? '');
    const span = tracer.startSpan(statement.split(/\s+/, 1)[0]?.toUpperCase() || 'SQL', {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': 'postgresql', 'db.statement': statement.slice(0, 2000) },
    });
    const end = (error?: Error | null) => {
      if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      span.end();
    };
    const callback = args.findIndex((a) => typeof a === 'function');
    if (callback >= 0) {
      const done = args[callback] as (error: Error | null, ...rest: unknown[]) => void;
      args[callback] = (error: Error | null, ...rest: unknown[]) => {
        end(error);
        done(error, ...rest);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args) as Promise<unknown> | undefined;
    if (result && typeof result.then === 'function') {
      result.then(
        () => end(),
        (error: Error) => end(error),
      );
    } else end();
    return result;
  } as typeof pg.Client.prototype.query;
}
